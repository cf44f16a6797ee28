#ifndef AMICUS_EXTRACT_MARKDOWN_H_
#define AMICUS_EXTRACT_MARKDOWN_H_

#include "extract/mapped_text.h"

namespace amicus::extract {

// Plain text of Markdown: heading #s, blockquote >s, bold/italic markers,
// inline code ticks and backslash escapes removed; [text](url) and
// ![alt](url) become their text. A bold run glued to the text before it
// ("**CONTACTS****In The Hague:**") starts a new paragraph, because that
// is how headings run together when a page is flattened. A front-matter
// header (YAML, TOML, "Key: value" lines) is left out. Inline HTML goes
// as a browser renders it: tags dropped (block tags break the paragraph),
// character references decoded.
MappedText StripMarkdown(const MappedText& in);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_MARKDOWN_H_
