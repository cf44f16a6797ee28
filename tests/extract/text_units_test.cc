// Windows: how FindEvents reads a "sentence" of many kilobytes.
#include "extract/text_units.h"

#include <random>
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

// HasMoreWordsThan reads eight bytes at a time: on texts of words,
// punctuation, spaces and non-ASCII bytes, at every length and count, it
// answers as counting the words does.
TEST(HasMoreWordsThanTest, AnswersAsCountWordsDoes) {
  const std::string alphabet = "aZ9 ,.-_\n\xC3\xA9\xE2\x80\x9C@[`{/:";
  std::mt19937 random(11);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string text(random() % 70, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    size_t words = CountWords(text);
    for (size_t n : {size_t{0}, words / 2, words > 0 ? words - 1 : 0, words, words + 1}) {
      ASSERT_EQ(HasMoreWordsThan(text, n), words > n) << "\"" << text << "\" n=" << n;
    }
  }
}

}  // namespace
}  // namespace amicus::extract
