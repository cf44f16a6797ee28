#include "extract/pdf_text.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;

// A one-page PDF showing `lines`.
std::string MinimalPdf(const std::vector<std::string>& lines) {
  return testing::MultiPagePdf({lines});
}

TEST(PdfTextTest, ExtractsPageText) {
  auto text = PdfToText(MinimalPdf({"Geneva, 3 March 2021", "The Forum wrote to the minister."}));
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_THAT(text->text, HasSubstr("Geneva, 3 March 2021"));
  EXPECT_THAT(text->text, HasSubstr("The Forum wrote to the minister."));
}

TEST(PdfTextTest, PdfEvidenceSpansCoverTheWholeFile) {
  std::string pdf = MinimalPdf({"Statement of the Forum",
                                "On 5 April 2021 the Forum sent a letter to the minister."});
  auto e = Extract("letter.pdf", pdf, "", ExtractOptions());
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->document().media_type(), "application/pdf");
  ASSERT_EQ(e->events_size(), 1);
  EXPECT_EQ(e->events(0).type(), amicus::v1::EVENT_TYPE_LETTER);
  EXPECT_EQ(e->events(0).evidence().start_offset(), 0);
  EXPECT_EQ(e->events(0).evidence().end_offset(), static_cast<int64_t>(pdf.size()));
  EXPECT_THAT(e->events(0).evidence().text(), HasSubstr("sent a letter"));
}

TEST(PdfTextTest, GarbageAfterTheMagicIsRejected) {
  auto text = PdfToText("%PDF-1.7\nnot an object in sight\n");
  EXPECT_EQ(text.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace amicus::extract
