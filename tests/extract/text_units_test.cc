// Windows: how FindEvents reads a "sentence" of many kilobytes.
#include "extract/text_units.h"

#include <string>

#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

TEST(WindowsTest, AShortRangeIsOneTrimmedPiece) {
  const std::string text = "  The Forum wrote.  ";
  auto pieces = Windows(text, {0, text.size()}, 100);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_EQ(pieces[0].in(text), "The Forum wrote.");
}

TEST(WindowsTest, PiecesEndAtSpacesAndCoverEveryWord) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "word" + std::to_string(i) + " ";
  auto pieces = Windows(text, {0, text.size()}, 1000);
  ASSERT_GT(pieces.size(), 30u);
  std::string joined;
  for (const Range& r : pieces) {
    EXPECT_LE(r.size(), 1000u);
    joined += std::string(r.in(text)) + " ";
  }
  EXPECT_EQ(joined, text);
}

TEST(WindowsTest, ARunWithoutSpacesIsCutBetweenCharacters) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "\xC3\xA9";  // é
  auto pieces = Windows(text, {0, text.size()}, 101);
  ASSERT_GT(pieces.size(), 1u);
  size_t covered = 0;
  for (const Range& r : pieces) {
    EXPECT_LE(r.size(), 101u);
    EXPECT_EQ(r.size() % 2, 0u) << "cut inside a character";
    covered += r.size();
  }
  EXPECT_EQ(covered, text.size());
}

}  // namespace
}  // namespace amicus::extract
