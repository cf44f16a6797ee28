#ifndef AMICUS_EXTRACT_DOCUMENT_META_H_
#define AMICUS_EXTRACT_DOCUMENT_META_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "extract/dates.h"

namespace amicus::extract {

// What the file says about the document outside its text: a front-matter
// header (Markdown, and HTML kept by a site generator) and, in HTML, the
// publication date of <meta> tags (article:published_time, DC.date, ...)
// or of the first <time datetime>. Empty fields where it says nothing.
struct DocumentMeta {
  std::string title;
  absl::optional<DateValue> date;
  std::vector<std::string> categories;  // lower-cased, the site's filing
};

DocumentMeta ReadDocumentMeta(absl::string_view content,
                              absl::string_view media_type);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_DOCUMENT_META_H_
