#include "extract/inline_html.h"

#include "absl/strings/ascii.h"

namespace amicus::extract {
namespace {

bool IsBlockName(absl::string_view n) {
  for (absl::string_view b : {"p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5",
                              "h6", "blockquote", "table", "tr", "td", "th", "tbody", "thead",
                              "hr", "figure", "figcaption", "section", "article", "pre",
                              "center", "dl", "dt", "dd"}) {
    if (n == b) return true;
  }
  return false;
}

bool IsInlineName(absl::string_view n) {
  for (absl::string_view b : {"a", "strong", "b", "em", "i", "u", "span", "sup", "sub", "img",
                              "small", "font", "del", "ins", "s", "mark", "abbr", "cite",
                              "code", "iframe", "big", "strike", "time", "q"}) {
    if (n == b) return true;
  }
  return false;
}

}  // namespace

InlineTag ReadInlineTag(absl::string_view s, size_t max_length) {
  InlineTag out;
  size_t i = 1;
  if (i < s.size() && s[i] == '/') ++i;
  size_t name_begin = i;
  while (i < s.size() && absl::ascii_isalnum(static_cast<unsigned char>(s[i]))) ++i;
  std::string name = absl::AsciiStrToLower(s.substr(name_begin, i - name_begin));
  if (name.empty() || (i < s.size() && s[i] != '>' && s[i] != ' ' && s[i] != '/' &&
                       s[i] != '\t')) {
    return out;
  }
  bool block = IsBlockName(name);
  if (!block && !IsInlineName(name)) return out;
  size_t close = s.substr(0, max_length).find('>', i);
  if (close == absl::string_view::npos) return out;
  out.length = close + 1;
  out.block = block;
  out.link = name == "a";
  return out;
}

}  // namespace amicus::extract
