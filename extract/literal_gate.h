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
// How: a literal of L >= 3 bytes covers L - 2 consecutive starts of
// three-byte groups, so looking at the group starting at every (m - 2)th
// byte, m the shortest such literal, meets each occurrence at least once.
// A bit table of the literals' groups (hashed from the low five bits of
// each byte, which fold ASCII case) answers for nearly all groups of
// prose; the rare hits compare whole literals. Shorter literals, and the folded
// characters, are found with memchr.
class LiteralGate {
 public:
  // `literals` are lowercase ASCII, not empty.
  LiteralGate(std::initializer_list<absl::string_view> literals, bool word_start,
              bool re2_folds = true);

  bool MayMatch(absl::string_view text) const;

 private:
  enum class Probe : uint8_t { kLiteral, kLongS, kKelvin };
  struct Anchor {
    uint32_t key;    // a group of three bytes of the literal, GroupKey
    size_t offset;   // where the group sits in the literal
    size_t literal;  // index in literals_
    bool operator<(const Anchor& o) const { return key < o.key; }
  };

  bool Test(uint32_t key) const { return (bits_[key >> 6] >> (key & 63)) & 1; }
  bool AtWordStart(absl::string_view text, size_t begin) const;
  bool LiteralAt(absl::string_view text, size_t begin, const std::string& literal) const;
  bool GroupHit(absl::string_view text, size_t p, uint32_t key) const;

  struct ByteProbe {
    char byte;       // found with memchr
    Probe probe;
    size_t literal;  // for kLiteral: index in literals_
    size_t offset;   // for kLiteral: where `byte` sits in the literal
  };
  bool ProbeHit(absl::string_view text, const ByteProbe& p) const;

  std::vector<std::string> literals_;
  std::vector<Anchor> anchors_;  // sorted by key
  std::vector<ByteProbe> probes_;
  size_t step_ = 0;              // 0: no literal of three bytes or more
  uint64_t bits_[512] = {};      // one bit per GroupKey (15 bits)
  bool word_start_;
};

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_LITERAL_GATE_H_
