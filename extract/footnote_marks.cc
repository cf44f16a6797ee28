#include "extract/footnote_marks.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"

namespace amicus::extract {
namespace {

// The UTF-8 length of the superscript digit or dagger `s` starts with, or 0.
size_t MarkGlyphLength(absl::string_view s) {
  // ¹ ² ³ are Latin-1 (C2 B9, C2 B2, C2 B3); ⁰ and ⁴..⁹ are E2 81 B0..B9.
  if (s.size() >= 2 && s[0] == '\xC2' && (s[1] == '\xB9' || s[1] == '\xB2' || s[1] == '\xB3')) {
    return 2;
  }
  if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x81' &&
      (s[2] == '\xB0' || (s[2] >= '\xB4' && s[2] <= '\xB9'))) {
    return 3;
  }
  // † ‡ (E2 80 A0, E2 80 A1)
  if (s.size() >= 3 && s[0] == '\xE2' && s[1] == '\x80' && (s[2] == '\xA0' || s[2] == '\xA1')) {
    return 3;
  }
  return 0;
}

// The length of a bracketed note number "[2]" / "[^12]" at the start of
// `s`, or 0.
size_t BracketedNumberLength(absl::string_view s) {
  if (s.empty() || s[0] != '[') return 0;
  size_t k = 1;
  if (k < s.size() && s[k] == '^') ++k;
  size_t digits = k;
  while (k < s.size() && absl::ascii_isdigit(static_cast<unsigned char>(s[k]))) ++k;
  if (k == digits || k - digits > 2 || k >= s.size() || s[k] != ']') return 0;
  return k + 1;
}

// The length of the mark glyphs that end `s`, or 0.
size_t TrailingGlyphs(absl::string_view s) {
  size_t n = 0;
  while (n < s.size()) {
    absl::string_view head = s.substr(0, s.size() - n);
    size_t len = 0;
    for (size_t l : {size_t{2}, size_t{3}}) {
      if (head.size() >= l && MarkGlyphLength(head.substr(head.size() - l)) == l) len = l;
    }
    if (len == 0) break;
    n += len;
  }
  return n;
}

}  // namespace

absl::string_view StripFootnoteMarks(absl::string_view entry) {
  for (;;) {
    absl::string_view e = absl::StripTrailingAsciiWhitespace(entry);
    size_t glyphs = TrailingGlyphs(e);
    if (glyphs > 0 && glyphs < e.size()) {
      entry = e.substr(0, e.size() - glyphs);
      continue;
    }
    size_t open = e.rfind('[');
    if (open != absl::string_view::npos && open > 0 &&
        BracketedNumberLength(e.substr(open)) == e.size() - open) {
      entry = e.substr(0, open);
      continue;
    }
    return e;
  }
}

bool EndsWithStar(absl::string_view line) {
  line = absl::StripTrailingAsciiWhitespace(line);
  return line.size() > 1 && line.back() == '*' && line[line.size() - 2] != '*';
}

bool IsFootnoteLine(absl::string_view line, bool list_uses_star) {
  line = absl::StripLeadingAsciiWhitespace(line);
  if (MarkGlyphLength(line) > 0 || BracketedNumberLength(line) > 0) return true;
  // "**Bold**" is Markdown emphasis, not a mark.
  // "*Name*" is Markdown emphasis too.
  if (line.size() < 2 || line[0] != '*' || line[1] == '*' || EndsWithStar(line)) return false;
  return list_uses_star || absl::ascii_isalpha(static_cast<unsigned char>(line[1]));
}

}  // namespace amicus::extract
