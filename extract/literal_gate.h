#ifndef AMICUS_EXTRACT_LITERAL_GATE_H_
#define AMICUS_EXTRACT_LITERAL_GATE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace amicus::extract {

// A cheap necessary test to run before a case-insensitive RE2 search.
// RE2 has no prefilter for an unanchored alternation of words behind
// "\b", so it runs its automaton over every byte of every paragraph it
// is given, though most paragraphs hold none of the words a pattern needs.
//
// MayMatch is false only when `text` holds none of the literals in any
// ASCII case (each starting at an ASCII word boundary, as RE2's "\b"
// reads it, when `word_start` is set): a pattern that cannot match
// without one of them cannot match then. It is true as well for text
// holding a character that RE2's (?i) folds onto an ASCII letter ("ſ"
// U+017F onto "s", the Kelvin sign U+212A onto "k"), unless `re2_folds`
// is off: those are left to the pattern. With it off, MayMatch is exactly
// "holds one of the literals in ASCII case", a test of its own.
//
// One pass looks each byte up in a table of the first bytes of one
// anchor pair per literal (the pair that starts with its least common
// letter); a hit tests the pair against a bit table, and only the rare
// pairs that pass compare a whole literal.
class LiteralGate {
 public:
  // `literals` are lowercase ASCII, not empty.
  LiteralGate(std::initializer_list<absl::string_view> literals, bool word_start,
              bool re2_folds = true);

  bool MayMatch(absl::string_view text) const;

 private:
  struct Anchor {
    uint32_t key;     // the pair, each byte with 0x20 set
    size_t offset;    // where the pair sits in the literal
    size_t literal;   // index in literals_; kFolded for a folded character
    bool any_next;    // a one-byte literal: the second byte does not matter
  };

  void Add(uint32_t key, size_t offset, size_t literal, bool any_next);
  bool Test(uint32_t key) const { return (bits_[key >> 6] >> (key & 63)) & 1; }
  bool MatchesAt(absl::string_view text, size_t i, uint32_t key) const;

  std::vector<std::string> literals_;
  std::vector<Anchor> anchors_;
  bool first_[256] = {};      // per raw byte: an anchor may start here
  uint64_t bits_[1024] = {};  // one bit per pair of folded bytes
  bool word_start_;
};

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_LITERAL_GATE_H_
