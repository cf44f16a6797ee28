#include "extract/text_units.h"

#include <array>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/byte_scan.h"

namespace amicus::extract {
namespace {

bool IsAlnum(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool IsAbbreviation(absl::string_view word) {
  static const auto* kAbbreviations = new absl::flat_hash_set<std::string>{
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos", "vs", "etc",
      "inc", "ltd", "co", "gen", "sen", "rep", "gov", "prof", "art", "para",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "hon", "rev", "amb", "lt", "col", "capt", "cf", "al",
      "approx", "dept", "est", "fig", "op", "pp", "vol",
      // titles and given names written short before a name ("Atty. Ma.
      // Lourdes Santos", "Sgt. Maj.", "Fr.", "Mme")
      "ma", "atty", "engr", "sgt", "maj", "brig", "adm", "supt", "insp", "fr",
      "msgr", "mme", "mlle", "messrs", "gov", "pres", "sr", "sra", "hon",
      // retired, inside a title: "Judge (ret.) Samuel Okoro"
      "ret", "retd", "rtd"};
  if (word.size() == 1 && absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
    return true;  // an initial: "Michael R. Pompeo"
  }
  if (word.find('.') != absl::string_view::npos) return true;  // "U.S", "e.g"
  return kAbbreviations->contains(absl::AsciiStrToLower(word));
}

// Length of an opening quote or bracket at `s`, 0 if none.
size_t OpenerAt(absl::string_view s) {
  if (absl::StartsWith(s, "\xE2\x80\x9C") || absl::StartsWith(s, "\xE2\x80\x98")) {
    return 3;
  }
  return !s.empty() && (s[0] == '"' || s[0] == '\'' || s[0] == '(' ||
                        s[0] == '[') ? 1 : 0;
}

bool StartsSentence(absl::string_view s) {
  s.remove_prefix(OpenerAt(s));
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  return absl::ascii_isupper(c) || absl::ascii_isdigit(c) || c >= 0xC0;
}

// Skips closing quotes, brackets and footnote marks ("[1]") after a
// sentence's final punctuation.
size_t SkipClosers(absl::string_view t, size_t i, size_t end) {
  while (i < end) {
    absl::string_view rest = t.substr(i, end - i);
    if (absl::StartsWith(rest, "\xE2\x80\x9D") || absl::StartsWith(rest, "\xE2\x80\x99")) {
      i += 3;
    } else if (rest[0] == '"' || rest[0] == '\'' || rest[0] == ')' || rest[0] == '_' ||
               rest[0] == '*') {  // "... the breach.”_": Markdown emphasis closes too
      ++i;
    } else if (rest[0] == '[') {
      size_t k = 1;
      while (k < rest.size() && absl::ascii_isdigit(rest[k])) ++k;
      if (k == 1 || k >= rest.size() || rest[k] != ']') break;
      i += k + 1;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

std::vector<Paragraph> Paragraphs(absl::string_view text) {
  std::vector<Paragraph> out;
  size_t pos = 0;
  bool blank = false;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == absl::string_view::npos ? text.size() : nl;
    if (end > pos) {
      out.push_back({{pos, end}, blank});
      blank = false;
    } else if (!out.empty()) {
      blank = true;
    }
    if (nl == absl::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

std::vector<Range> Sentences(absl::string_view text, Range p) {
  std::vector<Range> out;
  size_t start = p.begin;
  size_t i = p.begin;
  while (i < p.end) {
    // Past eight bytes at a time with no '.', '!' or '?'.
    while (i + 8 <= p.end) {
      uint64_t v = Load8(text.data() + i);
      if (HasByte(v, '.') || HasByte(v, '!') || HasByte(v, '?')) break;
      i += 8;
    }
    if (i >= p.end) break;
    char c = text[i];
    if (c != '.' && c != '!' && c != '?') {
      ++i;
      continue;
    }
    size_t after = SkipClosers(text, i + 1, p.end);
    bool boundary = after < p.end && text[after] == ' ' &&
                    StartsSentence(text.substr(after + 1, p.end - after - 1));
    if (boundary && c == '.') {
      size_t w = i;
      // Bounded look-back keeps "a.a.a.a..." linear.
      while (w > start && i - w < 12 &&
             (IsAlnum(text[w - 1]) || text[w - 1] == '.')) {
        --w;
      }
      boundary = !IsAbbreviation(text.substr(w, i - w));
    }
    if (boundary) {
      out.push_back(Trim(text, {start, after}));
      start = after + 1;
      i = start;
    } else {
      i = after > i ? after : i + 1;
    }
  }
  Range last = Trim(text, {start, p.end});
  if (last.size() > 0) out.push_back(last);
  return out;
}

size_t CountWords(absl::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool w = IsAlnum(c);
    if (w && !in_word) ++n;
    in_word = w;
  }
  return n;
}

bool HasMoreWordsThan(absl::string_view s, size_t n) {
  // A table of IsAlnum: this runs over most paragraphs several times.
  static const auto kWordByte = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c) table[c] = IsAlnum(static_cast<char>(c));
    return table;
  }();
  size_t count = 0;
  bool in_word = false;
  size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // Eight bytes at a time: the high bit of each word byte (IsAlnum: an
  // ASCII letter or digit, or any byte over 0x7F), of each byte that
  // starts a word (the byte before it, the previous block's last for the
  // first, is none), and their number summed by one multiplication. The
  // count only grows, so testing it once a block answers the same.
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v = Load8(s.data() + i);
    uint64_t word = (v & kHighBits) | RangeMask(v, '0', '9') | RangeMask(v, 'A', 'Z') |
                    RangeMask(v, 'a', 'z');
    uint64_t starts = word & ~((word << 8) | (in_word ? 0x80u : 0u));
    count += static_cast<size_t>(((starts >> 7) * kEachByte) >> 56);
    if (count > n) return true;
    in_word = (word >> 56) != 0;
  }
#endif
  for (char c : s.substr(i)) {
    bool w = kWordByte[static_cast<unsigned char>(c)];
    if (w && !in_word && ++count > n) return true;
    in_word = w;
  }
  return false;
}

Range Trim(absl::string_view text, Range r) {
  while (r.begin < r.end && text[r.begin] == ' ') ++r.begin;
  while (r.end > r.begin && text[r.end - 1] == ' ') --r.end;
  return r;
}

std::vector<Range> Windows(absl::string_view text, Range r, size_t max_bytes) {
  std::vector<Range> out;
  size_t begin = r.begin;
  while (r.end - begin > max_bytes) {
    size_t cut = begin + max_bytes;
    size_t space = text.substr(begin, cut - begin).rfind(' ');
    if (space != absl::string_view::npos && space > max_bytes / 2) {
      cut = begin + space;
    } else {
      while (cut > begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    Range piece = Trim(text, {begin, cut});
    if (piece.size() > 0) out.push_back(piece);
    begin = cut;
  }
  Range last = Trim(text, {begin, r.end});
  if (last.size() > 0) out.push_back(last);
  return out;
}

}  // namespace amicus::extract
