// Pathological inputs must neither exhaust the stack nor fail: one huge
// line, a million quotation marks, half a million short lines, deep HTML.
#include <string>

#include "extract/extractor.h"
#include "extract/iso_countries.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

// With the country names the services load, as the half million
// "(Kenya)" entries need.
absl::StatusOr<amicus::v1::Extraction> ExtractStress(const std::string& content,
                                           absl::string_view type = "") {
  static const ExtractOptions* options = [] {
    auto* o = new ExtractOptions();
    o->countries = LoadIsoCountries();
    return o;
  }();
  return Extract("stress", content, type, *options);
}

TEST(RobustnessTest, OneVeryLongLine) {
  std::string line;
  while (line.size() < (15u << 20)) {
    line += "Police arrested the editor on 2 May 2020. \xE2\x80\x9CThe Court is under attack,\xE2\x80\x9D "
            "said Ann Bell. ";
  }
  auto r = ExtractStress(line);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_GT(r->quotes_size(), 1000);
  EXPECT_GT(r->events_size(), 1000);
}

// A megabyte with no full stop is one sentence; each of its thousands of
// dates used to be judged against all of it (14 s of CPU for this input
// before the fix, 0.9 s after). Each window of it still tells its events.
TEST(RobustnessTest, AMegabyteSentenceFullOfDates) {
  std::string line;
  for (int i = 0; line.size() < (1u << 20); ++i) {
    line += "police arrested editor Ann Bell on " + std::to_string(1 + i % 28) +
            " May 2020 and the group said ";
  }
  auto r = ExtractStress(line);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_GT(r->events_size(), 100);
}

TEST(RobustnessTest, AMillionQuoteMarks) {
  std::string content;
  for (int i = 0; i < 1000000; ++i) content += "\xE2\x80\x9C";
  content += " and then some words.";
  auto r = ExtractStress(content);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->quotes_size(), 0);
}

// Closed pairs with no space anywhere: each quotation's search for the
// word before its window used to run to the end of the text (quadratic:
// 100,000 pairs took 3.8 s, 500,000 over a minute).
TEST(RobustnessTest, AMillionQuotePairsWithoutSpaces) {
  std::string content;
  for (int i = 0; i < 1000000; ++i) content += "\xE2\x80\x9C\xE2\x80\x9D";
  auto r = ExtractStress(content);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->quotes_size(), 0);
}

TEST(RobustnessTest, HalfAMillionShortLines) {
  std::string content = "Dear Minister,\n\nSincerely,\n\n";
  for (int i = 0; i < 500000; ++i) content += "Group " + std::to_string(i) + " (Kenya)\n";
  auto r = ExtractStress(content);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->signatory_sets_size(), 1);
  // A document keeps 100,000 signatories, the first ones, and says so.
  ASSERT_EQ(r->signatory_sets(0).signatories_size(), 100000);
  EXPECT_EQ(r->signatory_sets(0).signatories(99999).name(), "Group 99999");
  EXPECT_EQ(r->signatory_sets(0).signatories(99999).country(), "Kenya");
  ASSERT_GT(r->document().warnings_size(), 0);
  EXPECT_NE(r->document().warnings(r->document().warnings_size() - 1).find("400000 more"),
            std::string::npos);
}

// The "We, the undersigned" sentence looks at the lines after it for a list
// of bodies; with fewer lines left than it needs it must stop at the end
// (the fuzzer found it reading past the last one).
TEST(RobustnessTest, UndersignedSentenceNearTheEnd) {
  for (int lines = 0; lines <= 4; ++lines) {
    std::string content =
        "# Letter\n\nWe, the undersigned organisations, call for the release.\n\n";
    for (int i = 0; i < lines; ++i) {
      content += "- Free Press Union " + std::to_string(i) + " (Chile)\n";
    }
    auto r = ExtractStress(content, "text/markdown");
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(r->signatory_sets_size(), lines >= 3 ? 1 : 0) << lines << " lines";
  }
}

TEST(RobustnessTest, DeeplyNestedHtmlAndUnclosedMarkdown) {
  std::string html = "<html><body>";
  for (int i = 0; i < 200000; ++i) html += "<div><span>";
  html += "On 1 June 2021 the Forum wrote a letter to the minister about the Court.";
  auto r = ExtractStress(html, "text/html");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->events_size(), 1);
  std::string md(2000000, '[');
  md += std::string(200000, '*');
  ASSERT_TRUE(ExtractStress(md, "text/markdown").ok());
}

// Each dated paragraph used to rescan every date and event told before it
// (the dates "the following day" counts from, and earlier events a
// retelling repeats): quadratic in the paragraphs of a long report.
TEST(RobustnessTest, ManyDatedParagraphs) {
  std::string content;
  for (int i = 0; i < 60000; ++i) {
    content += "On " + std::to_string(1 + i % 28) + " May " + std::to_string(1990 + i % 30) +
               " police arrested editor Ann Bell" + std::to_string(i) +
               " in the town of Brel. The following day she was released.\n\n";
  }
  auto r = ExtractStress(content);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_GE(r->events_size(), 60000);
}

}  // namespace
}  // namespace amicus::extract
