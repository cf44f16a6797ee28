#include "extract/normalize.h"
#include "extract/system_dictionary.h"
#include "extract/markdown.h"

#include "absl/strings/match.h"
#include "extract/mapped_text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Norm(absl::string_view s, bool markdown = false) {
  return Normalize(IdentityMapped(s), markdown).text.text;
}

TEST(LigatureTest, RepairsEachKindOfDamage) {
  std::string t = Norm(
      "The organiza?ons condemn the a_acks that came aWer the ruling, "
      "complemen(ng earlier protests by na?onal groups.");
  EXPECT_THAT(t, HasSubstr("organizations"));
  EXPECT_THAT(t, HasSubstr("attacks"));
  EXPECT_THAT(t, HasSubstr("after"));
  EXPECT_THAT(t, HasSubstr("complementing"));
  EXPECT_THAT(t, HasSubstr("national"));
}

TEST(LigatureTest, PrefersWordsTheDocumentSpellsIntact) {
  // "o?cial" could be "otiial" by the most common reading; the document
  // spells "official" elsewhere, so the ffi reading wins.
  std::string t = Norm(
      "An official statement followed. The o?cial reply, the situa?on and the "
      "interna?onal response were noted.");
  EXPECT_THAT(t, HasSubstr("The official reply"));
}

TEST(LigatureTest, ReportsHowManyWordsWereRepaired) {
  NormalizedText n = Normalize(
      IdentityMapped("jus?ce for vic?ms of persecu?on"), false);
  ASSERT_EQ(n.warnings.size(), 1u);
  EXPECT_THAT(n.warnings[0], HasSubstr("repaired 3"));
}

TEST(LigatureTest, LeavesOrdinaryPunctuationAlone) {
  std::string t = Norm(
      "Write to first_name@example.org about the organization(s) concerned. "
      "Why? Nobody knows. StoptheDrugWar.org signed.");
  EXPECT_THAT(t, HasSubstr("first_name@example.org"));
  EXPECT_THAT(t, HasSubstr("organization(s)"));
  EXPECT_THAT(t, HasSubstr("Why? Nobody"));
  EXPECT_THAT(t, HasSubstr("StoptheDrugWar.org"));
}

// Even in a document with PDF damage, a camel-cased name made of two
// known words is a name, and a question mark before a curly quote ends a
// question.
TEST(LigatureTest, CamelCaseNamesAndQuestionsSurviveADamagedDocument) {
  auto dictionary = LoadSystemDictionary();  // as the services load it
  ASSERT_NE(dictionary, nullptr) << "scripts/install-deps installs wamerican";
  std::string t = Normalize(IdentityMapped(
      "The organiza?ons and na?onal groups, a_acked aWer the ruling, were joined by "
      "GreenWorks and SafeWater. \xE2\x80\x9CWill they come back?\xE2\x80\x9D she asked."),
      false, dictionary.get()).text.text;
  EXPECT_THAT(t, HasSubstr("organizations"));
  EXPECT_THAT(t, HasSubstr("after"));
  EXPECT_THAT(t, HasSubstr("GreenWorks and SafeWater"));
  EXPECT_THAT(t, HasSubstr("back?\xE2\x80\x9D"));
}

TEST(LineTest, JoinsWordsHyphenatedAcrossLines) {
  std::string t = Norm("The Court would benefit from changes to its perfor-\nmance today.");
  EXPECT_THAT(t, HasSubstr("performance today"));
}

TEST(LineTest, KeepsCompoundsTheDocumentWritesWithAHyphen) {
  std::string t = Norm(
      "This so-called reform is new.\nThey announced the so-\ncalled measures.");
  EXPECT_THAT(t, HasSubstr("the so-called measures"));
}

TEST(LineTest, JoinsHardWrappedParagraphsButNotLists) {
  std::string wrapped =
      "We, the undersigned organizations, call on all States Parties to the\n"
      "Rome Statute to show support for the International Criminal Court and\n"
      "to condemn every attempt to intimidate its officials and their families\n"
      "in the strongest terms.\n"
      "\n"
      "Sincerely,\n"
      "\n"
      "Lawyers for Justice\n"
      "Rights Watchers (Kenya)\n"
      "Peace Network\n";
  std::string t = Norm(wrapped);
  EXPECT_THAT(t, HasSubstr("to the Rome Statute to show support"));
  EXPECT_THAT(t, HasSubstr("families in the strongest terms."));
  EXPECT_THAT(t, HasSubstr("Lawyers for Justice\nRights Watchers (Kenya)\nPeace Network"));
}

TEST(LineTest, CollapsesBlankRunsSpacesAndUnicodeSpaces) {
  std::string t = Norm("First\xC2\xA0paragraph   here.\r\n\r\n\r\n\n\nSecond\xE2\x80\x89one.\f");
  EXPECT_EQ(t, "First paragraph here.\n\nSecond one.");
}

TEST(LineTest, SpellsOutTypographicLigatures) {
  EXPECT_EQ(Norm("the \xEF\xAC\x81rst o\xEF\xAC\x83""ce"), "the first office");
}

TEST(MarkdownTest, StripsMarkersAndKeepsLinkText) {
  std::string t = Norm(
      "# Heading\n\n**The Hague** \xE2\x80\x94 The *Coalition* wrote a [letter](https://x.org/a) "
      "and ![map](m.png) an \\*escaped\\* star.", true);
  EXPECT_EQ(t,
            "Heading\n\nThe Hague \xE2\x80\x94 The Coalition wrote a letter and map an "
            "*escaped* star.");
}

TEST(MarkdownTest, GluedHeadingsBecomeParagraphs) {
  std::string t = Norm("**CONTACTS****In Geneva:**\n\n[mail](mailto:a@b.org)**Title Here**", true);
  EXPECT_EQ(t, "CONTACTS\n\nIn Geneva:\n\nmail\n\nTitle Here");
}

TEST(MarkdownTest, BracketsThatAreNotLinksStay) {
  EXPECT_EQ(Norm("\xE2\x80\x9C[W]e are appalled,\xE2\x80\x9D it said.", true),
            "\xE2\x80\x9C[W]e are appalled,\xE2\x80\x9D it said.");
}

TEST(OffsetMapTest, EveryKeptByteMapsToTheSameByteOfTheOriginal) {
  std::string original =
      "**Bold** start of a [linked](http://e.org) line\n"
      "that is wrap-\nped and has   spaces.";
  NormalizedText n = Normalize(IdentityMapped(original), true);
  ASSERT_EQ(n.text.offsets.size(), n.text.text.size());
  for (size_t i = 0; i < n.text.text.size(); ++i) {
    char c = n.text.text[i];
    if (c == ' ' || c == '\n') continue;
    ASSERT_LT(n.text.offsets[i], original.size());
    EXPECT_EQ(original[n.text.offsets[i]], c) << "at normalized byte " << i;
  }
}

}  // namespace
}  // namespace amicus::extract

namespace amicus::extract {
namespace {

TEST(MarkdownTest, CharacterReferencesAreDecoded) {
  std::string t = Normalize(IdentityMapped("&#8220;We will not stop,&#8221; said Ann O&#8217;Neil "
                                           "&amp; Co.&nbsp;today &ldquo;x&rdquo; &bogus; AT&T"),
                            true)
                      .text.text;
  EXPECT_EQ(t,
            "\xE2\x80\x9CWe will not stop,\xE2\x80\x9D said Ann O\xE2\x80\x99Neil & Co. today "
            "\xE2\x80\x9Cx\xE2\x80\x9D &bogus; AT&T");
}

TEST(MarkdownInlineHtmlTest, InlineTagsGoBlockTagsBreakTheParagraph) {
  MappedText in = IdentityMapped(
      "<strong>27.4.2016</strong>\nsaid O\xE2\x80\x99Shea & others\n"
      "We have seen<a href=\"https://example.org\">requests</a>asking<ul><li>One</li></ul>\n");
  MappedText out = StripMarkdown(in);
  EXPECT_EQ(out.text,
            "27.4.2016\nsaid O\xE2\x80\x99Shea & others\nWe have seen requests asking\n\nOne\n\n\n");
  ASSERT_EQ(out.text.size(), out.offsets.size());
}

}  // namespace
}  // namespace amicus::extract
