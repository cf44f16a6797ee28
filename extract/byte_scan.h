#ifndef AMICUS_EXTRACT_BYTE_SCAN_H_
#define AMICUS_EXTRACT_BYTE_SCAN_H_

#include <cstdint>
#include <cstring>

#include "absl/strings/string_view.h"

namespace amicus::extract {

// Eight bytes at a time for the scans that look at every byte of a text
// for a few ASCII bytes ('.', '"', ...): a scan steps over eight bytes
// that hold none of them with a few operations instead of eight tests.

inline constexpr uint64_t kEachByte = 0x0101010101010101ull;
inline constexpr uint64_t kHighBits = 0x8080808080808080ull;

inline uint64_t Load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Whether one of the eight bytes of `v` is `c` (exact: the borrow of the
// subtraction can mark a byte above a zero one, never a word without one).
inline bool HasByte(uint64_t v, char c) {
  uint64_t x = v ^ (static_cast<unsigned char>(c) * kEachByte);
  return ((x - kEachByte) & ~x & kHighBits) != 0;
}

// The high bit of each byte of `v` that is `c`, and no other bit (exact
// per byte, unlike HasByte's mask: no borrow crosses bytes).
inline uint64_t BytesEqualMask(uint64_t v, char c) {
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  uint64_t x = v ^ (static_cast<unsigned char>(c) * kEachByte);
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

// The high bit of each byte of `v` from `lo` to `hi` (ASCII), and no
// other bit: per byte, its low seven bits are at least `lo` and below
// `hi` + 1 and its high bit is clear (seven-bit sums carry into the high
// bit alone).
inline uint64_t RangeMask(uint64_t v, char lo, char hi) {
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  uint64_t x = v & kLow7;
  uint64_t at_least_lo = (x + (0x80 - lo) * kEachByte) & kHighBits;
  uint64_t past_hi = (x + (0x80 - hi - 1) * kEachByte) & kHighBits;
  return at_least_lo & ~past_hi & ~v & kHighBits;
}

inline uint64_t DigitMask(uint64_t v) { return RangeMask(v, '0', '9'); }

inline bool HasDigit(uint64_t v) { return DigitMask(v) != 0; }

// The number of ASCII digits in `s`.
inline size_t CountDigits(absl::string_view s) {
  size_t n = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    // One bit per digit, at the bottom of its byte; the product sums the
    // eight bytes into the top one (at most 8, so nothing carries out).
    uint64_t ones = DigitMask(Load8(s.data() + i)) >> 7;
    n += static_cast<size_t>((ones * kEachByte) >> 56);
  }
  for (; i < s.size(); ++i) n += s[i] >= '0' && s[i] <= '9';
  return n;
}

// Whether one of the eight bytes of `v` is 0x80 or over.
inline bool HasNonAscii(uint64_t v) { return (v & kHighBits) != 0; }

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_BYTE_SCAN_H_
