#include "extract/media.h"

#include "absl/status/status.h"
#include "extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;

constexpr size_t kLimit = 1 << 20;

absl::Status Check(absl::string_view content, absl::string_view type = "",
                   absl::string_view uri = "doc") {
  return ResolveMediaType(uri, content, type, kLimit).status();
}

TEST(MediaTest, EmptyContentIsRejected) {
  absl::Status s = Check("");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("empty"));
}

TEST(MediaTest, WhitespaceOnlyContentIsRejected) {
  absl::Status s = Check(" \n\t\r\n  ");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("whitespace"));
}

TEST(MediaTest, NulBytesAreBinary) {
  absl::Status s = Check(absl::string_view("Press release\0\0 text", 21));
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("binary"));
}

TEST(MediaTest, ManyControlBytesAreBinary) {
  std::string content(200, 'a');
  for (size_t i = 0; i < content.size(); i += 4) content[i] = '\x01';
  EXPECT_EQ(Check(content).code(), absl::StatusCode::kInvalidArgument);
}

TEST(MediaTest, InvalidUtf8NamesTheOffset) {
  absl::Status s = Check("Geneva \xC3\x28 statement", "text/plain");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("UTF-8"));
  EXPECT_THAT(s.message(), HasSubstr("offset 7"));
}

TEST(MediaTest, OverlongAndSurrogateEncodingsAreInvalid) {
  EXPECT_EQ(FirstInvalidUtf8("ab\xC0\xAF"), 2u);
  EXPECT_EQ(FirstInvalidUtf8("\xED\xA0\x80"), 0u);
  EXPECT_EQ(FirstInvalidUtf8("caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D"),
            absl::string_view::npos);
}

TEST(MediaTest, OverTheLimitIsResourceExhaustedWithSizes) {
  std::string big(kLimit + 1, 'a');
  absl::Status s = Check(big);
  EXPECT_EQ(s.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(s.message(), HasSubstr(std::to_string(kLimit + 1)));
  EXPECT_THAT(s.message(), HasSubstr(std::to_string(kLimit)));
}

TEST(MediaTest, UnknownTypeListsAcceptedTypes) {
  absl::Status s = Check("hello", "image/png");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("image/png"));
  EXPECT_THAT(s.message(), HasSubstr("text/markdown"));
}

TEST(MediaTest, SniffsFromContentThenExtension) {
  EXPECT_EQ(*ResolveMediaType("a.txt", "%PDF-1.7 ...", "", kLimit), "application/pdf");
  EXPECT_EQ(*ResolveMediaType("a", "<html><body><p>Hi</p></body></html>", "", kLimit),
            "text/html");
  EXPECT_EQ(*ResolveMediaType("a", "# Title\n\nSome **bold** text", "", kLimit),
            "text/markdown");
  EXPECT_EQ(*ResolveMediaType("notes.md", "Plain words only", "", kLimit), "text/markdown");
  EXPECT_EQ(*ResolveMediaType("page.htm", "Plain words only", "", kLimit), "text/html");
  EXPECT_EQ(*ResolveMediaType("x", "Plain words only", "", kLimit), "text/plain");
}

TEST(MediaTest, ExplicitTypeWinsAndParametersAreIgnored) {
  EXPECT_EQ(*ResolveMediaType("a.html", "<p>x</p>", "text/plain; charset=utf-8", kLimit),
            "text/plain");
}

TEST(MediaTest, FakePdfIsRejected) {
  auto declared = Extract("a.pdf", "just some text", "application/pdf", ExtractOptions());
  EXPECT_EQ(declared.status().code(), absl::StatusCode::kInvalidArgument);
  auto broken = Extract("a.pdf", "%PDF-1.4\nthis is not really a pdf\n%%EOF", "",
                        ExtractOptions());
  EXPECT_EQ(broken.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(MediaTest, ExtractHonoursTheConfiguredLimit) {
  ExtractOptions options;
  options.max_content_bytes = 10;
  auto r = Extract("a.txt", "This statement is too long.", "", options);
  EXPECT_EQ(r.status().code(), absl::StatusCode::kResourceExhausted);
}

}  // namespace
}  // namespace amicus::extract
