#ifndef AMICUS_EXTRACT_PDF_TEXT_H_
#define AMICUS_EXTRACT_PDF_TEXT_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "extract/mapped_text.h"

namespace amicus::extract {

// The text of every page of a PDF, pages separated by blank lines.
// A PDF's bytes do not hold its text in reading order, so no text byte
// maps to a content byte: every byte maps to offset 0, and Extract gives
// PDF evidence spans the whole file as their offsets (the most precise
// provenance that is true).
// INVALID_ARGUMENT when the PDF does not load or is encrypted.
absl::StatusOr<MappedText> PdfToText(absl::string_view pdf);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PDF_TEXT_H_
