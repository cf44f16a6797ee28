#ifndef AMICUS_EXTRACT_INLINE_HTML_H_
#define AMICUS_EXTRACT_INLINE_HTML_H_

#include <cstddef>

#include "absl/strings/string_view.h"

namespace amicus::extract {

// HTML written inside Markdown, which renders it: a tag is markup.
// (Character references are decoded before, by DecodeEntities.)

struct InlineTag {
  size_t length = 0;   // bytes of "<strong>", "</a>", "<br/>"; 0: not a tag
  bool block = false;  // p, div, li, ul, h1..h6, br, table rows...: a break
  bool link = false;   // <a>, </a>
};

// The HTML tag opening `s` (s[0] == '<'), if it names an HTML element and
// closes before `max_length` bytes; "<3" and "<https://...>" are not tags.
InlineTag ReadInlineTag(absl::string_view s, size_t max_length = 512);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_INLINE_HTML_H_
