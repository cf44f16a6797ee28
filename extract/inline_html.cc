#include "extract/inline_html.h"

#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"

namespace amicus::extract {
namespace {

constexpr size_t kMaxEntityLength = 10;

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

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

uint32_t NamedEntity(absl::string_view name) {
  struct Named {
    absl::string_view name;
    uint32_t cp;
  };
  static constexpr Named kNamed[] = {
      {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},    {"nbsp", ' '},      {"rsquo", 0x2019}, {"lsquo", 0x2018},
      {"rdquo", 0x201D}, {"ldquo", 0x201C},  {"ndash", 0x2013}, {"mdash", 0x2014},
      {"hellip", 0x2026}, {"eacute", 0xE9},  {"laquo", 0xAB},   {"raquo", 0xBB}};
  for (const Named& n : kNamed) {
    if (n.name == name) return n.cp;
  }
  return 0;
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

size_t ReadEntity(absl::string_view s, std::string& decoded) {
  size_t semi = s.substr(0, kMaxEntityLength).find(';');
  if (semi == absl::string_view::npos || semi < 2) return 0;
  absl::string_view body = s.substr(1, semi - 1);
  uint32_t cp = 0;
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    absl::string_view digits = body.substr(hex ? 2 : 1);
    bool ok = hex ? absl::SimpleHexAtoi(digits, &cp) : absl::SimpleAtoi(digits, &cp);
    if (!ok || cp == 0 || cp > 0x10FFFF) return 0;
    if (cp == 0xA0) cp = ' ';
  } else {
    cp = NamedEntity(body);
    if (cp == 0) return 0;
  }
  decoded.clear();
  AppendUtf8(cp, decoded);
  return semi + 1;
}

}  // namespace amicus::extract
