// libFuzzer target over the front ends of extraction: media-type sniffing
// and validation, the UTF-8 checker, HTML to text and PDF to text. Each must
// survive any bytes, and their answers must agree with each other.
#include <cstddef>
#include <cstdint>

#include "extract/html_text.h"
#include "extract/media.h"
#include "extract/pdf_text.h"
#include "fuzz/media_selector.h"

namespace {

void Require(bool condition) {
  if (!condition) __builtin_trap();
}

void CheckMedia(const amicus::fuzz::FuzzInput& input) {
  auto type = amicus::extract::ResolveMediaType(
      input.source_uri, input.content, input.media_type, 1 << 20);
  if (!type.ok() || *type == "application/pdf") return;
  // An accepted text type means the validator saw valid UTF-8.
  Require(amicus::extract::FirstInvalidUtf8(input.content) ==
          absl::string_view::npos);
}

void CheckUtf8(absl::string_view content) {
  size_t bad = amicus::extract::FirstInvalidUtf8(content);
  if (bad == absl::string_view::npos) return;
  Require(bad < content.size());
  // Everything before the first bad sequence is valid on its own.
  Require(amicus::extract::FirstInvalidUtf8(content.substr(0, bad)) ==
          absl::string_view::npos);
}

// Every text byte maps to a byte of the content it came from.
void CheckMapping(const amicus::extract::MappedText& mapped,
                  absl::string_view content) {
  Require(mapped.offsets.size() == mapped.text.size());
  for (uint32_t offset : mapped.offsets) {
    Require(offset == 0 || offset < content.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const amicus::fuzz::FuzzInput input = amicus::fuzz::SplitFuzzInput(data, size);
  CheckMedia(input);
  CheckUtf8(input.content);
  if (input.media_type == "text/html") {
    CheckMapping(amicus::extract::HtmlToText(input.content), input.content);
  } else if (input.media_type == "application/pdf") {
    auto pdf = amicus::extract::PdfToText(input.content);
    if (pdf.ok()) CheckMapping(*pdf, input.content);
  }
  return 0;
}
