#include "extract/charset.h"

#include <string>

#include "extract/extractor.h"
#include "extract/media.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;

TEST(CharsetTest, ReadsTheDeclaredCharsetParameter) {
  EXPECT_EQ(*DeclaredCharset("text/plain"), Charset::kUtf8);
  EXPECT_EQ(*DeclaredCharset("text/plain; charset=UTF-8"), Charset::kUtf8);
  EXPECT_EQ(*DeclaredCharset("text/html; charset=\"windows-1252\""),
            Charset::kWindows1252);
  EXPECT_EQ(*DeclaredCharset("text/plain;charset=ISO-8859-1"),
            Charset::kWindows1252);
}

TEST(CharsetTest, UnknownCharsetIsRefusedByName) {
  auto charset = DeclaredCharset("text/plain; charset=shift_jis");
  ASSERT_FALSE(charset.ok());
  EXPECT_EQ(charset.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(charset.status().message(), HasSubstr("shift_jis"));
}

TEST(CharsetTest, Windows1252DecodesSmartQuotesAndKeepsByteOrigins) {
  MappedText text = Windows1252ToUtf8("Caf\xe9 \x93ok\x94");
  EXPECT_EQ(text.text, "Caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d");
  ASSERT_EQ(text.offsets.size(), text.text.size());
  EXPECT_EQ(text.offsets[3], 3u);  // both bytes of "é" come from byte 3
  EXPECT_EQ(text.offsets[4], 3u);
  EXPECT_EQ(text.offsets.back(), 8u);  // the closing quote is byte 8
}

TEST(CharsetTest, DeclaredWindows1252DocumentIsExtractedWithSourceOffsets) {
  std::string content =
      "Geneva, 3 March 2024\n\n"
      "\x93Threats against judges must stop,\x94 said Ren\xe9 Dubois, "
      "President of the Caf\xe9 Lawyers Forum.\n";
  auto e = Extract("note.txt", content, "text/plain; charset=windows-1252",
                   ExtractOptions());
  ASSERT_TRUE(e.ok()) << e.status();
  ASSERT_EQ(e->quotes_size(), 1);
  const auto& quote = e->quotes(0);
  EXPECT_EQ(quote.speaker().name(), "Ren\xc3\xa9 Dubois");
  // The span addresses the bytes as sent, which are still Windows-1252.
  std::string sent = content.substr(
      quote.evidence().start_offset(),
      quote.evidence().end_offset() - quote.evidence().start_offset());
  EXPECT_THAT(sent, HasSubstr("Ren\xe9 Dubois"));
}

TEST(CharsetTest, UndeclaredWindows1252IsStillRefusedAsInvalidUtf8) {
  auto e = Extract("note.txt", "Caf\xe9 society", "", ExtractOptions());
  ASSERT_FALSE(e.ok());
  EXPECT_THAT(e.status().message(), HasSubstr("UTF-8"));
}

TEST(BlankTextTest, UnicodeWhitespaceOnlyIsRefused) {
  auto e = Extract("blank.txt", "\xc2\xa0\xe3\x80\x80\xe2\x80\x83\n\xc2\xa0\n",
                   "", ExtractOptions());
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(e.status().message(), HasSubstr("whitespace"));
}

TEST(BlankTextTest, HtmlWithOnlyScriptsAndNavigationIsRefused) {
  auto e = Extract("page.html",
                   "<html><body><script>var a = 1;</script><nav>Menu</nav>"
                   "</body></html>",
                   "", ExtractOptions());
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(e.status().message(), HasSubstr("no readable text"));
}

TEST(BlankTextTest, TextWithOneVisibleCharacterIsNotBlank) {
  EXPECT_TRUE(IsBlank(" \t\xc2\xa0\xe2\x80\x8b\n"));
  EXPECT_FALSE(IsBlank("\xc2\xa0" "a"));
  EXPECT_FALSE(IsBlank("\xd7\xa9"));  // a Hebrew letter
}

}  // namespace
}  // namespace amicus::extract
