#ifndef AMICUS_EXTRACT_DOCUMENT_TITLE_H_
#define AMICUS_EXTRACT_DOCUMENT_TITLE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/document_meta.h"
#include "extract/text_units.h"

namespace amicus::extract {

// The document's title, by sieves in order: the file's own (front matter,
// og:title); a letter's subject line ("Re: ..."); the first heading above
// the lead that is not page furniture (genre banners, date headers,
// category and listing labels, reference numbers, salutations), the
// page's "Title | Site" <title> giving way to the bare heading it repeats;
// else the lead's first sentence, shortened. A listing page is titled by
// its first item.
std::string FindTitle(absl::string_view text,
                      const std::vector<Paragraph>& paragraphs,
                      const DocumentMeta& meta = {});

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_DOCUMENT_TITLE_H_
