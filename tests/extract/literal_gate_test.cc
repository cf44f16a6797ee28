// The literal gate must never say "no" where the pattern it guards could
// match: a wrong "no" would silently drop a signatory list or a date.
#include "extract/literal_gate.h"

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

TEST(LiteralGate, FindsEachLiteralInAnyCaseAnywhere) {
  LiteralGate gate({"sign", "jointly", "("}, /*word_start=*/false);
  EXPECT_TRUE(gate.MayMatch("The letter was co-SIGNED by nine groups."));
  EXPECT_TRUE(gate.MayMatch("Issued Jointly by the coalition"));
  EXPECT_TRUE(gate.MayMatch("five organisations (a, b, c"));
  EXPECT_TRUE(gate.MayMatch("ends with ("));
  EXPECT_TRUE(gate.MayMatch("sign"));
  EXPECT_FALSE(gate.MayMatch("The groups called for the release of the lawyers."));
  EXPECT_FALSE(gate.MayMatch("sig"));
  EXPECT_FALSE(gate.MayMatch(""));
}

TEST(LiteralGate, WordStartMeansTheByteBeforeIsNoWordByte) {
  LiteralGate gate({"ask"}, /*word_start=*/true);
  EXPECT_TRUE(gate.MayMatch("They ask the court"));
  EXPECT_TRUE(gate.MayMatch("ask first"));
  EXPECT_TRUE(gate.MayMatch("\xE2\x80\x9C" "Ask them"));
  EXPECT_FALSE(gate.MayMatch("a hard task"));
  EXPECT_FALSE(gate.MayMatch("under_ask"));
}

TEST(LiteralGate, LeavesCharactersRe2FoldsToThePattern) {
  // RE2's (?i) reads "ſ" (U+017F) as "s": "ſigned by" matches "signed by".
  const std::string long_s = "\xC5\xBFigned by A, B and C";
  EXPECT_TRUE(LiteralGate({"sign"}, false).MayMatch(long_s));
  EXPECT_TRUE(LiteralGate({"sign"}, false).MayMatch("the \xE2\x84\xAA unit"));
  // As an ASCII test of its own, the gate reads them as other letters.
  EXPECT_FALSE(LiteralGate({"sign"}, false, /*re2_folds=*/false).MayMatch(long_s));
}

// Every position and case of a literal in filler text: found wherever it
// ends, not once it is cut short.
TEST(LiteralGate, FindsALiteralAtEveryOffset) {
  LiteralGate gate({"includ", "among", "such", "behalf", "following"}, false);
  for (std::string word : {"INCLUDING", "Among", "sUcH", "behalf", "Following"}) {
    for (size_t at = 0; at < 12; ++at) {
      std::string text = std::string(at, 'x') + word + std::string(at % 3, '.');
      EXPECT_TRUE(gate.MayMatch(text)) << text;
      EXPECT_FALSE(gate.MayMatch(text.substr(0, at + 2))) << text;
    }
  }
}

// The plain answer: lowercase the text and look for each literal.
bool Holds(const std::string& text, const std::vector<std::string>& literals,
           bool word_start) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (const std::string& l : literals) {
    for (size_t at = lower.find(l); at != std::string::npos; at = lower.find(l, at + 1)) {
      bool start = at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) ||
                                text[at - 1] == '_');
      if (!word_start || start) return true;
    }
  }
  return false;
}

// Random short texts over the literals' own letters, in both cases: the
// gate answers as the plain search does, hits and misses alike. Many
// literals take the scan of three-byte groups, one or two take memchr.
void ExpectPlainAnswers(const LiteralGate& gate, const std::vector<std::string>& literals,
                        bool word_start) {
  const std::string alphabet = "signSIGNuchUCHamoAMOjtlyJTLY( .,_";
  std::mt19937 random(7);
  size_t hits = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    bool expected = Holds(text, literals, word_start);
    hits += expected;
    ASSERT_EQ(gate.MayMatch(text), expected) << "\"" << text << "\"";
  }
  EXPECT_GT(hits, 5u);  // the texts hold literals often enough to test both answers
}

TEST(LiteralGate, AnswersAsAPlainSearchOnRandomText) {
  for (bool word_start : {false, true}) {
    ExpectPlainAnswers(LiteralGate({"sign", "such", "among", "jointly", "(", "lt"}, word_start,
                                   /*re2_folds=*/false),
                       {"sign", "such", "among", "jointly", "(", "lt"}, word_start);
    ExpectPlainAnswers(LiteralGate({"sign", "lt"}, word_start, /*re2_folds=*/false),
                       {"sign", "lt"}, word_start);
    ExpectPlainAnswers(LiteralGate({"ign"}, word_start, /*re2_folds=*/false),
                       {"ign"}, word_start);
  }
}

}  // namespace
}  // namespace amicus::extract
