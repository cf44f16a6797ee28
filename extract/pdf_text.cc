#include "extract/pdf_text.h"

#include <memory>

#include "absl/status/status.h"
#include "poppler/cpp/poppler-document.h"
#include "poppler/cpp/poppler-page.h"

namespace amicus::extract {

absl::StatusOr<MappedText> PdfToText(absl::string_view pdf) {
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      pdf.data(), static_cast<int>(pdf.size())));
  if (doc == nullptr) {
    return absl::InvalidArgumentError("the PDF could not be loaded");
  }
  if (doc->is_locked() || doc->is_encrypted()) {
    return absl::InvalidArgumentError("the PDF is encrypted");
  }
  MappedTextBuilder out;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr) continue;
    poppler::byte_array utf8 = page->text().to_utf8();
    if (out.size() > 0) out.AppendAt("\n\n\n", 0);
    out.AppendAt(absl::string_view(utf8.data(), utf8.size()), 0);
  }
  return out.Finish();
}

}  // namespace amicus::extract
