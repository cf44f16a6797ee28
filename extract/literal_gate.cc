#include "extract/literal_gate.h"

#include "absl/strings/ascii.h"

namespace amicus::extract {
namespace {

constexpr size_t kFolded = static_cast<size_t>(-1);

// Lowercase for ASCII letters; other bytes change too, which only adds
// hits that the full comparison then rejects.
inline uint32_t Fold(unsigned char c) { return c | 0x20u; }

inline uint32_t Key(unsigned char a, unsigned char b) { return Fold(a) << 8 | Fold(b); }

bool IsAsciiWordByte(unsigned char c) { return absl::ascii_isalnum(c) || c == '_'; }

// How rare a byte is as the start of an anchor: letters by their
// frequency in English prose, anything else rarer than any letter.
size_t Rarity(char c) {
  static constexpr absl::string_view kByFrequency = "etaoinshrdlcumwfgypbvkjxqz";
  size_t rank = kByFrequency.find(c);
  return rank == absl::string_view::npos ? kByFrequency.size() : rank;
}

}  // namespace

LiteralGate::LiteralGate(std::initializer_list<absl::string_view> literals,
                         bool word_start, bool re2_folds)
    : word_start_(word_start) {
  for (absl::string_view literal : literals) {
    size_t index = literals_.size();
    literals_.emplace_back(literal);
    if (literal.size() == 1) {
      Add(Fold(static_cast<unsigned char>(literal[0])) << 8, 0, index, true);
      continue;
    }
    size_t offset = 0;
    for (size_t k = 1; k + 1 < literal.size(); ++k) {
      if (Rarity(literal[k]) > Rarity(literal[offset])) offset = k;
    }
    Add(Key(literal[offset], literal[offset + 1]), offset, index, false);
  }
  if (!re2_folds) return;
  // UTF-8 of U+017F (C5 BF) and of U+212A (E2 84 AA).
  Add(Key(0xC5, 0xBF), 0, kFolded, false);
  Add(Key(0xE2, 0x84), 0, kFolded, false);
}

void LiteralGate::Add(uint32_t key, size_t offset, size_t literal, bool any_next) {
  // Both raw bytes that fold to the anchor's first byte.
  first_[key >> 8] = true;
  first_[(key >> 8) & ~0x20u] = true;
  for (uint32_t next = 0; next < 256; ++next) {
    uint32_t k = any_next ? (key & 0xFF00u) | next : key;
    bits_[k >> 6] |= uint64_t{1} << (k & 63);
    if (!any_next) break;
  }
  anchors_.push_back({key, offset, literal, any_next});
}

bool LiteralGate::MatchesAt(absl::string_view text, size_t i, uint32_t key) const {
  for (const Anchor& a : anchors_) {
    if (a.any_next ? (a.key >> 8) != (key >> 8) : a.key != key) continue;
    if (a.literal == kFolded) {
      absl::string_view rest = text.substr(i);
      if (rest.substr(0, 2) == "\xC5\xBF" || rest.substr(0, 3) == "\xE2\x84\xAA") return true;
      continue;
    }
    if (i < a.offset) continue;
    size_t begin = i - a.offset;
    const std::string& literal = literals_[a.literal];
    if (text.size() - begin < literal.size()) continue;
    if (word_start_ && begin > 0 &&
        IsAsciiWordByte(static_cast<unsigned char>(text[begin - 1]))) {
      continue;
    }
    size_t k = 0;
    while (k < literal.size() &&
           absl::ascii_tolower(static_cast<unsigned char>(text[begin + k])) == literal[k]) {
      ++k;
    }
    if (k == literal.size()) return true;
  }
  return false;
}

bool LiteralGate::MayMatch(absl::string_view text) const {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    if (!first_[bytes[i]]) continue;
    // The last byte is followed by nothing: only a one-byte literal can
    // start there, and its pair has every second byte.
    uint32_t key = Fold(bytes[i]) << 8 | (i + 1 < n ? Fold(bytes[i + 1]) : 0);
    if (Test(key) && MatchesAt(text, i, key)) return true;
  }
  return false;
}

}  // namespace amicus::extract
