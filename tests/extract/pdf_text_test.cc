#include "extract/pdf_text.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;

// A one-page PDF showing `lines` in Helvetica, with a correct xref table.
std::string MinimalPdf(const std::vector<std::string>& lines) {
  std::string stream = "BT /F1 11 Tf 72 720 Td 14 TL\n";
  for (const std::string& line : lines) absl::StrAppend(&stream, "(", line, ") '\n");
  stream += "ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      absl::StrCat("<< /Length ", stream.size(), " >>\nstream\n", stream, "\nendstream"),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    absl::StrAppend(&pdf, i + 1, " 0 obj\n", objects[i], "\nendobj\n");
  }
  size_t xref = pdf.size();
  absl::StrAppend(&pdf, "xref\n0 ", objects.size() + 1, "\n0000000000 65535 f \n");
  for (size_t off : offsets) {
    std::string n = std::to_string(off);
    absl::StrAppend(&pdf, std::string(10 - n.size(), '0'), n, " 00000 n \n");
  }
  absl::StrAppend(&pdf, "trailer\n<< /Size ", objects.size() + 1,
                  " /Root 1 0 R >>\nstartxref\n", xref, "\n%%EOF\n");
  return pdf;
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
