#ifndef AMICUS_EXTRACT_HTML_TEXT_H_
#define AMICUS_EXTRACT_HTML_TEXT_H_

#include "absl/strings/string_view.h"
#include "extract/mapped_text.h"

namespace amicus::extract {

// The readable text of an HTML page: block elements become paragraph
// breaks (blank lines), <br> a line break, runs of whitespace one space;
// the page's furniture (html_furniture.h) is dropped.
// Each text byte maps to the source position of the text node it came
// from. A front-matter header opening the file is skipped. The tree is
// walked with an explicit stack, never recursively.
MappedText HtmlToText(absl::string_view html);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_HTML_TEXT_H_
