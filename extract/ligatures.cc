#include "extract/ligatures.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"

namespace amicus::extract {
namespace {

// Candidates per mark, most likely first.
const std::vector<std::string>& CandidatesFor(char mark) {
  static const std::vector<std::string> kQuestion = {
      "ti", "tt", "ft", "fi", "fl", "ff", "ffi", "ffl"};
  static const std::vector<std::string> kUnderscore = {
      "tt", "ti", "ft", "fi", "ff", "fl", "ffi", "ffl"};
  static const std::vector<std::string> kCapitalW = {
      "ft", "ti", "tt", "fi", "fl", "ff", "ffi", "ffl"};
  switch (mark) {
    case '_':
      return kUnderscore;
    case 'W':
      return kCapitalW;
    default:
      return kQuestion;
  }
}

constexpr size_t kMaxMarksPerWord = 3;
constexpr size_t kMinDamagedWords = 3;

bool IsLower(char c) { return absl::ascii_islower(static_cast<unsigned char>(c)); }
bool IsLetter(char c) {
  return absl::ascii_isalpha(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Whether text[i] is a damage mark inside the word.
bool IsMarkAt(const std::string& t, size_t i) {
  if (i == 0 || i + 1 >= t.size()) return false;
  char c = t[i];
  char prev = t[i - 1];
  char next = t[i + 1];
  // A following accented letter is a two-byte sequence (U+00C0-U+07FF);
  // a curly quote or dash after "?" (three bytes, 0xE2) is punctuation.
  unsigned char next_byte = static_cast<unsigned char>(next);
  bool next_lower = IsLower(next) || (next_byte >= 0xC3 && next_byte < 0xE0);
  if (!next_lower) return false;
  switch (c) {
    case '?':
    case '_':
      return IsLetter(prev);
    case 'W':
      return IsLower(prev) && IsLower(next);
    case '(': {
      // "organization(s)" is markup, not damage.
      if (!IsLetter(prev)) return false;
      for (size_t k = i + 1; k < t.size() && k <= i + 4; ++k) {
        if (t[k] == ')') return false;
      }
      return true;
    }
    default:
      return false;
  }
}

struct Word {
  size_t begin;
  size_t end;
  std::vector<size_t> marks;
};

std::string Spell(const std::string& t, const Word& w,
                  const std::vector<size_t>& choice, bool upper) {
  std::string out;
  size_t m = 0;
  for (size_t i = w.begin; i < w.end; ++i) {
    if (m < w.marks.size() && w.marks[m] == i) {
      std::string letters = CandidatesFor(t[i])[choice[m]];
      out += upper ? absl::AsciiStrToUpper(letters) : letters;
      ++m;
    } else {
      out.push_back(t[i]);
    }
  }
  return out;
}

// Tries every combination of candidates (at most 8^3) in order of
// likelihood and returns the first that makes a word the lexicon knows.
std::optional<std::vector<size_t>> KnownRepair(const std::string& t, const Word& w,
                                               const Lexicon& lexicon) {
  std::vector<size_t> choice(w.marks.size(), 0);
  if (w.marks.size() > kMaxMarksPerWord) return std::nullopt;
  while (true) {
    if (lexicon.Knows(Spell(t, w, choice, false))) return choice;
    size_t k = 0;
    while (k < choice.size()) {
      if (++choice[k] < CandidatesFor(t[w.marks[k]]).size()) break;
      choice[k] = 0;
      ++k;
    }
    if (k == choice.size()) return std::nullopt;
  }
}

bool WordIsUpper(const std::string& t, const Word& w) {
  size_t letters = 0;
  for (size_t i = w.begin; i < w.end; ++i) {
    if (IsLower(t[i])) return false;
    if (absl::ascii_isupper(static_cast<unsigned char>(t[i]))) ++letters;
  }
  return letters >= 2;
}

// A capital W inside a word is a lost "ft" ("aWer") unless the word is
// camel-cased ("StoptheDrugWar", "GreenWorks": a capitalized word made
// of two known words) or a name ("McWilliams").
bool IsCamelCaseW(const std::string& t, const Word& w, const Lexicon& lexicon) {
  for (size_t i = w.begin + 1; i < w.end; ++i) {
    if (t[i] != 'W' && absl::ascii_isupper(static_cast<unsigned char>(t[i]))) {
      return true;
    }
  }
  absl::string_view word(t.data() + w.begin, w.end - w.begin);
  if (absl::StartsWith(word, "Mc") || absl::StartsWith(word, "Mac")) return true;
  size_t w_at = word.find('W', 1);
  return absl::ascii_isupper(static_cast<unsigned char>(word[0])) && w_at >= 2 &&
         w_at + 2 < word.size() && lexicon.Knows(word.substr(0, w_at)) &&
         lexicon.Knows(word.substr(w_at));
}

// Whether any byte of `t` is a damage mark. Marks are rare: memchr over
// the four candidate characters settles most documents without the
// word-by-word scan below.
bool HoldsMarks(const std::string& t) {
  for (char mark : {'?', '_', '(', 'W'}) {
    for (size_t at = t.find(mark); at != std::string::npos; at = t.find(mark, at + 1)) {
      if (IsMarkAt(t, at)) return true;
    }
  }
  return false;
}

// Words with damage marks, in order.
std::vector<Word> DamagedWords(const std::string& t, const Lexicon& lexicon) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < t.size()) {
    if (!IsLetter(t[i])) {
      ++i;
      continue;
    }
    Word w{i, i, {}};
    while (i < t.size()) {
      char c = t[i];
      // Only four characters can be marks; the full test is for them.
      bool mark = (c == '?' || c == '_' || c == 'W' || c == '(') && IsMarkAt(t, i);
      if (!mark && !IsLetter(t[i])) break;
      if (mark) w.marks.push_back(i);
      ++i;
    }
    w.end = i;
    if (w.marks.empty() || (t[w.marks[0]] == 'W' && IsCamelCaseW(t, w, lexicon))) continue;
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

LigatureRepair RepairLigatures(const MappedText& in, const Lexicon& lexicon) {
  const std::string& t = in.text;
  LigatureRepair result;
  if (!HoldsMarks(t)) {
    result.text = in;  // what the loop below copies when nothing is damaged
    return result;
  }
  std::vector<Word> damaged = DamagedWords(t, lexicon);
  // One "first_name" in ordinary text is not PDF damage: without a pattern
  // of damage, only repairs that make a known word are made.
  bool damaged_document = damaged.size() >= kMinDamagedWords;
  MappedTextBuilder out(t.size() + t.size() / 16);
  size_t copied = 0;
  for (const Word& w : damaged) {
    std::optional<std::vector<size_t>> known = KnownRepair(t, w, lexicon);
    if (!known && !damaged_document) continue;
    std::vector<size_t> choice = known ? *known : std::vector<size_t>(w.marks.size(), 0);
    bool upper = WordIsUpper(t, w);
    out.AppendFrom(in, copied, w.begin);
    size_t m = 0;
    for (size_t k = w.begin; k < w.end; ++k) {
      if (m < w.marks.size() && w.marks[m] == k) {
        std::string letters = CandidatesFor(t[k])[choice[m]];
        out.AppendAt(upper ? absl::AsciiStrToUpper(letters) : letters,
                     in.offsets[k]);
        ++m;
      } else {
        out.AppendFrom(in, k, k + 1);
      }
    }
    copied = w.end;
    ++result.repaired_words;
  }
  out.AppendFrom(in, copied, t.size());
  result.text = out.Finish();
  return result;
}

}  // namespace amicus::extract
