#include "extract/words.h"

#include <algorithm>
#include <array>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace amicus::extract {
namespace {

constexpr absl::string_view kRightSingleQuote = "\xE2\x80\x99";

size_t CharLen(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// Punctuation outside ASCII: curly quotes, dashes, ellipsis, bullets
// (U+2000..U+203F, «, »). Tested at every byte of every tokenized text,
// so it reads the two lead bytes directly.
bool IsUnicodePunctAt(absl::string_view s, size_t i) {
  if (i + 1 >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  unsigned char d = static_cast<unsigned char>(s[i + 1]);
  return (c == 0xE2 && d == 0x80) || (c == 0xC2 && (d == 0xAB || d == 0xBB));
}

// absl::ascii_isalnum as a table of this file's own: absl's sits in
// another shared object, reached through one more load per token.
constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = table[c - 'a' + 'A'] = true;
  return table;
}();

inline bool IsWordByte(absl::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return kAlnum[c];
  return !IsUnicodePunctAt(s, i);
}

// Past the ASCII letters and digits from s[i]: four bytes a step while
// all four are, then one at a time (most words are a few steps of four).
inline size_t PastAlnum(absl::string_view s, size_t i) {
  const auto* u = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  while (i + 4 <= n && (kAlnum[u[i]] & kAlnum[u[i + 1]] & kAlnum[u[i + 2]] & kAlnum[u[i + 3]])) {
    i += 4;
  }
  while (i < n && kAlnum[u[i]]) ++i;
  return i;
}

// Writes the word's fields straight into the vector: building a
// temporary and copying it in stalled on store-to-load forwarding (the
// fields stored one by one, reloaded 16 bytes at a time), the largest
// single cost of tokenizing.
inline void Push(std::vector<Word>& out, size_t begin, size_t end,
                 absl::string_view text, bool is_word) {
  Word& w = out.emplace_back();
  w.begin = begin;
  w.end = end;
  w.text = text;
  w.is_word = is_word;
}

}  // namespace

bool Word::all_caps() const {
  size_t upper = 0;
  for (char c : text) {
    if (absl::ascii_islower(static_cast<unsigned char>(c))) return false;
    if (absl::ascii_isupper(static_cast<unsigned char>(c))) ++upper;
  }
  return upper >= 2;
}

bool SameSizeEqualsIgnoreCase(absl::string_view a, absl::string_view b) {
  for (size_t k = 0; k < a.size(); ++k) {
    if (absl::ascii_tolower(static_cast<unsigned char>(a[k])) !=
        absl::ascii_tolower(static_cast<unsigned char>(b[k]))) {
      return false;
    }
  }
  return true;
}

std::vector<Word> Tokenize(absl::string_view s, size_t base) {
  std::vector<Word> out;
  // About one token per five bytes of prose; capped so that a huge
  // input with few tokens does not reserve memory it never uses.
  out.reserve(std::min<size_t>(s.size() / 5, 4096));
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\n') {
      ++i;
      continue;
    }
    size_t b = i;
    if (!IsWordByte(s, i)) {
      i += CharLen(c);
      if (i > s.size()) i = s.size();
      Push(out, base + b, base + i, absl::string_view(s.data() + b, i - b), false);
      continue;
    }
    while (i < s.size()) {
      // Plain ASCII letters and digits, the bulk of every word, without
      // the general test below.
      i = PastAlnum(s, i);
      if (i >= s.size()) break;
      // An ASCII byte here is no letter or digit; the tests below look at
      // the byte first and at its neighbours only when it can matter.
      unsigned char here = static_cast<unsigned char>(s[i]);
      if (here >= 0x80 && !IsUnicodePunctAt(s, i)) {
        i += CharLen(here);
        continue;
      }
      if ((here == '-' || here == '\'') && i + 1 < s.size() && IsWordByte(s, i + 1)) {
        ++i;
        continue;
      }
      if (here == 0xE2 && s.substr(i, 3) == kRightSingleQuote && i + 3 < s.size() &&
          absl::ascii_isalpha(static_cast<unsigned char>(s[i + 3]))) {
        i += 3;
        continue;
      }
      // Dots of abbreviations: "U.S.", "R.", "D.C."
      if (s[i] == '.' && absl::ascii_isupper(static_cast<unsigned char>(s[i - 1])) &&
          (i - b == 1 ||
           absl::string_view(s.data() + b, i - b).find('.') != absl::string_view::npos)) {
        ++i;
        continue;
      }
      break;
    }
    if (i > s.size()) i = s.size();
    Push(out, base + b, base + i, absl::string_view(s.data() + b, i - b), true);
  }
  return out;
}

// Asked of nearly every word by the name scans: a comparison against the
// few connectors of the word's length beats hashing it.
bool IsNameConnector(absl::string_view w) {
  static constexpr absl::string_view kOne[] = {"y", "&"};
  static constexpr absl::string_view kTwo[] = {"of", "on", "in", "to", "de", "la", "le",
                                               "du", "et", "el", "en", "da", "do", "di",
                                               "al"};
  static constexpr absl::string_view kThree[] = {"for", "the", "and", "les", "des",
                                                 "del", "los", "las", "dos", "das",
                                                 "van", "von", "der", "den", "bin"};
  static constexpr absl::string_view kFour[] = {"with", "pour"};
  static constexpr absl::string_view kSeven[] = {"against", "without"};
  auto in = [w](const auto& list) {
    for (absl::string_view c : list) {
      if (c == w) return true;
    }
    return false;
  };
  switch (w.size()) {
    case 1: return in(kOne);
    case 2: return in(kTwo);
    case 3: return in(kThree);
    case 4: return in(kFour);
    case 7: return in(kSeven);
    default: return false;
  }
}

bool IsNameConnectorAnyCase(absl::string_view word) {
  constexpr size_t kLongest = 7;  // "against", "without"
  if (word.empty() || word.size() > kLongest) return false;
  char lower[kLongest];
  for (size_t k = 0; k < word.size(); ++k) {
    lower[k] = absl::ascii_tolower(static_cast<unsigned char>(word[k]));
  }
  return IsNameConnector(absl::string_view(lower, word.size()));
}

absl::string_view StripPossessive(absl::string_view word) {
  if (absl::EndsWith(word, "\xE2\x80\x99s")) return word.substr(0, word.size() - 4);
  if (absl::EndsWith(word, "'s")) return word.substr(0, word.size() - 2);
  if (absl::EndsWith(word, kRightSingleQuote)) return word.substr(0, word.size() - 3);
  return word;
}

}  // namespace amicus::extract
