#include "extract/literal_gate.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/ascii.h"

namespace amicus::extract {
namespace {

// Three bytes by their low five bits (the two cases of an ASCII letter
// give the same bits), hashed to 15 bits by one multiplication. Other
// bytes share bits with letters, and groups share keys: that only adds
// hits that the full comparison then rejects.
inline uint32_t GroupKey(uint32_t three_bytes) {
  return ((three_bytes & 0x1F1F1Fu) * 0x9E3779B1u) >> 17;
}

// Bytes p[0..2] in the low 24 bits. On a little-endian machine one load
// of four bytes (p[3] must be readable); else byte by byte.
inline uint32_t Three(const unsigned char* p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v & 0xFFFFFFu;
#else
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16;
#endif
}

inline uint32_t ThreeAtEnd(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16;
}

// How rare a letter is in English prose (higher is rarer); other bytes
// rarer than any letter.
size_t Rarity(char c) {
  static constexpr absl::string_view kByFrequency = "etaoinshrdlcumwfgypbvkjxqz";
  size_t rank = kByFrequency.find(c);
  return rank == absl::string_view::npos ? kByFrequency.size() : rank;
}

// With this many literals or fewer, each is found by memchr of its
// rarest byte (in both cases) rather than by the scan of groups: a few
// memchr passes cost less than one scan of the text.
constexpr size_t kMaxProbedLiterals = 2;

bool IsAsciiWordByte(unsigned char c) { return absl::ascii_isalnum(c) || c == '_'; }

}  // namespace

LiteralGate::LiteralGate(std::initializer_list<absl::string_view> literals,
                         bool word_start, bool re2_folds)
    : word_start_(word_start) {
  size_t shortest = 0;
  const bool probe_all = literals.size() <= kMaxProbedLiterals;
  for (absl::string_view literal : literals) {
    size_t index = literals_.size();
    literals_.emplace_back(literal);
    if (literal.size() < 3 || probe_all) {
      size_t at = 0;
      for (size_t k = 1; k < literal.size(); ++k) {
        if (Rarity(literal[k]) > Rarity(literal[at])) at = k;
      }
      probes_.push_back({literal[at], Probe::kLiteral, index, at});
      char upper = absl::ascii_toupper(static_cast<unsigned char>(literal[at]));
      if (upper != literal[at]) probes_.push_back({upper, Probe::kLiteral, index, at});
      continue;
    }
    for (size_t k = 0; k + 2 < literal.size(); ++k) {
      uint32_t key =
          GroupKey(ThreeAtEnd(reinterpret_cast<const unsigned char*>(literal.data() + k)));
      bits_[key >> 6] |= uint64_t{1} << (key & 63);
      anchors_.push_back({key, k, index});
    }
    if (shortest == 0 || literal.size() < shortest) shortest = literal.size();
  }
  std::stable_sort(anchors_.begin(), anchors_.end());
  step_ = shortest == 0 ? 0 : shortest - 2;
  if (re2_folds) {
    // The last bytes of U+017F (C5 BF) and U+212A (E2 84 AA).
    probes_.push_back({'\xBF', Probe::kLongS, 0, 0});
    probes_.push_back({'\xAA', Probe::kKelvin, 0, 0});
  }
}

bool LiteralGate::LiteralAt(absl::string_view text, size_t begin,
                            const std::string& literal) const {
  if (text.size() - begin < literal.size()) return false;
  if (word_start_ && begin > 0 &&
      IsAsciiWordByte(static_cast<unsigned char>(text[begin - 1]))) {
    return false;
  }
  for (size_t k = 0; k < literal.size(); ++k) {
    if (absl::ascii_tolower(static_cast<unsigned char>(text[begin + k])) != literal[k]) {
      return false;
    }
  }
  return true;
}

bool LiteralGate::GroupHit(absl::string_view text, size_t p, uint32_t key) const {
  auto it = std::lower_bound(anchors_.begin(), anchors_.end(), Anchor{key, 0, 0});
  for (; it != anchors_.end() && it->key == key; ++it) {
    if (p >= it->offset && LiteralAt(text, p - it->offset, literals_[it->literal])) {
      return true;
    }
  }
  return false;
}

bool LiteralGate::ProbeHit(absl::string_view text, const ByteProbe& p) const {
  const char* data = text.data();
  const char* end = data + text.size();
  for (const char* at = data;
       (at = static_cast<const char*>(std::memchr(at, p.byte, end - at))) != nullptr;
       ++at) {
    size_t i = static_cast<size_t>(at - data);
    switch (p.probe) {
      case Probe::kLiteral:
        if (i >= p.offset && LiteralAt(text, i - p.offset, literals_[p.literal])) return true;
        break;
      case Probe::kLongS:
        if (i >= 1 && text[i - 1] == '\xC5') return true;
        break;
      case Probe::kKelvin:
        if (i >= 2 && text[i - 2] == '\xE2' && text[i - 1] == '\x84') return true;
        break;
    }
  }
  return false;
}

bool LiteralGate::MayMatch(absl::string_view text) const {
  for (const ByteProbe& p : probes_) {
    if (ProbeHit(text, p)) return true;
  }
  if (step_ == 0) return false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const size_t step = step_;
  size_t p = 0;
  for (; p + 3 < n; p += step) {
    uint32_t key = GroupKey(Three(bytes + p));
    if (Test(key) && GroupHit(text, p, key)) return true;
  }
  for (; p + 2 < n; p += step) {  // the group that ends the text
    uint32_t key = GroupKey(ThreeAtEnd(bytes + p));
    if (Test(key) && GroupHit(text, p, key)) return true;
  }
  return false;
}

}  // namespace amicus::extract
