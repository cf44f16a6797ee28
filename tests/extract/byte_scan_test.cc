// The eight-byte tests stand in for byte-by-byte loops in the scans of
// every document: any byte they miss would change what is extracted.
#include "extract/byte_scan.h"

#include <cstring>
#include <string>

#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

uint64_t Block(const std::string& eight) { return Load8(eight.data()); }

// Every byte value at every position, among fillers that are not it.
TEST(ByteScan, EachTestAnswersAsTheBytesDo) {
  for (char filler : {'x', ' ', '\xE2', '0', '\x80'}) {
    for (int value = 0; value < 256; ++value) {
      for (size_t at = 0; at < 8; ++at) {
        std::string eight(8, filler);
        eight[at] = static_cast<char>(value);
        uint64_t v = Block(eight);
        auto any = [&](auto pred) {
          for (char c : eight) {
            if (pred(static_cast<unsigned char>(c))) return true;
          }
          return false;
        };
        for (char c : {'.', '"', '\'', '\t', ' ', '0'}) {
          auto is_c = [c](unsigned char b) { return b == static_cast<unsigned char>(c); };
          ASSERT_EQ(HasByte(v, c), any(is_c)) << value << " at " << at;
        }
        ASSERT_EQ(HasDigit(v), any([](unsigned char b) { return b >= '0' && b <= '9'; }))
            << value << " at " << at;
        ASSERT_EQ(HasNonAscii(v), any([](unsigned char b) { return b >= 0x80; }));
        uint64_t spaces = BytesEqualMask(v, ' ');
        for (size_t k = 0; k < 8; ++k) {
          unsigned char bit = static_cast<unsigned char>(spaces >> (8 * k)) == 0x80;
          // Little-endian: byte k of the block is bits 8k..8k+7.
          ASSERT_EQ(bit != 0, eight[k] == ' ') << value << " at " << at << " byte " << k;
        }
      }
    }
  }
}

TEST(ByteScan, RangeMaskMarksExactlyTheBytesInTheRange) {
  for (int value = 0; value < 256; ++value) {
    for (size_t at = 0; at < 8; ++at) {
      std::string eight(8, '@');  // just below 'A'
      eight[at] = static_cast<char>(value);
      uint64_t mask = RangeMask(Block(eight), 'A', 'Z');
      for (size_t k = 0; k < 8; ++k) {
        unsigned char b = static_cast<unsigned char>(eight[k]);
        unsigned char byte = static_cast<unsigned char>(mask >> (8 * k));
        ASSERT_EQ(byte, b >= 'A' && b <= 'Z' ? 0x80 : 0x00) << value << " at " << at;
      }
    }
  }
}

TEST(ByteScan, CountDigitsCountsEveryDigitOnce) {
  EXPECT_EQ(CountDigits(""), 0u);
  EXPECT_EQ(CountDigits("Tel: +41 22 979 38 00"), 11u);
  EXPECT_EQ(CountDigits("no digits at all in this line"), 0u);
  EXPECT_EQ(CountDigits("0123456789/:\xD9\xB0\xB9"), 10u);  // '/' and ':' border the digits
}

}  // namespace
}  // namespace amicus::extract
