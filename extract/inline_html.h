#ifndef AMICUS_EXTRACT_INLINE_HTML_H_
#define AMICUS_EXTRACT_INLINE_HTML_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace amicus::extract {

// HTML written inside Markdown, which renders it: a tag is markup, an
// entity a character.

struct InlineTag {
  size_t length = 0;   // bytes of "<strong>", "</a>", "<br/>"; 0: not a tag
  bool block = false;  // p, div, li, ul, h1..h6, br, table rows...: a break
  bool link = false;   // <a>, </a>
};

// The HTML tag opening `s` (s[0] == '<'), if it names an HTML element and
// closes before `max_length` bytes; "<3" and "<https://...>" are not tags.
InlineTag ReadInlineTag(absl::string_view s, size_t max_length = 512);

// The character reference opening `s` (s[0] == '&'): "&amp;", "&#8217;",
// "&#x2019;", "&rsquo;", "&nbsp;" (a plain space). Its length, 0 when `s`
// does not open one; `decoded` receives its UTF-8.
size_t ReadEntity(absl::string_view s, std::string& decoded);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_INLINE_HTML_H_
