#include "extract/document_meta.h"

#include "extract/front_matter.h"
#include "extract/header_dates.h"
#include "extract/page_furniture.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;

void ExpectDay(const absl::optional<DateValue>& d, int y, int m, int day) {
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, y);
  EXPECT_EQ(d->month, m);
  EXPECT_EQ(d->day, day);
}

TEST(FrontMatterTest, YamlHeader) {
  FrontMatter fm = ParseFrontMatter(
      "---\ntitle: \"Open Letter: Stop the Spyware Bill\"\nauthors: [staff]\n"
      "date: 2021-03-04T09:30:00+00:00\ncategories:\n  - Media releases\n  - News\n"
      "excerpt: >-\n  A folded\n  summary.\n---\nBody text.\n");
  EXPECT_EQ(fm.title, "Open Letter: Stop the Spyware Bill");
  ExpectDay(fm.date, 2021, 3, 4);
  EXPECT_EQ(fm.categories, (std::vector<std::string>{"media releases", "news"}));
  EXPECT_EQ(fm.length, std::string("---\ntitle: \"Open Letter: Stop the Spyware Bill\"\n"
                                   "authors: [staff]\ndate: 2021-03-04T09:30:00+00:00\n"
                                   "categories:\n  - Media releases\n  - News\n"
                                   "excerpt: >-\n  A folded\n  summary.\n---\n")
                           .size());
}

TEST(FrontMatterTest, TomlHeader) {
  FrontMatter fm = ParseFrontMatter(
      "+++\nauthor = \"A. Writer\"\ncategories = [\"Privacy\", \"Statement\"]\n"
      "date = 2020-11-02T05:17:38Z\ntitle = \"Statement: a year of delay\"\n+++\n\nBody.");
  EXPECT_EQ(fm.title, "Statement: a year of delay");
  ExpectDay(fm.date, 2020, 11, 2);
  EXPECT_EQ(fm.categories, (std::vector<std::string>{"privacy", "statement"}));
}

TEST(FrontMatterTest, PelicanHeaderNeedsTwoKnownKeys) {
  FrontMatter fm = ParseFrontMatter("Title: Partners against censorship\nAuthor: Desk\n"
                                    "Date: 2014-04-25\n\nBody.");
  EXPECT_EQ(fm.title, "Partners against censorship");
  ExpectDay(fm.date, 2014, 4, 25);
  // A letter's "To:" line is not a header.
  EXPECT_EQ(ParseFrontMatter("To: The Minister\nFrom: The Forum\n\nDear Minister,").length, 0u);
  // Nor is a rule opening the text.
  EXPECT_EQ(ParseFrontMatter("---\n\nSome text\n---\n").length, 0u);
}

TEST(FrontMatterTest, MarkdownTextLeavesTheHeaderOut) {
  auto e = MustExtract(
      "---\ntitle: Forum condemns the arrest of two lawyers\ndate: 2022-05-09\n---\n"
      "The Forum condemns the arrest of two lawyers in the capital and calls for their "
      "immediate release.\n",
      "text/markdown");
  EXPECT_EQ(e.document().title(), "Forum condemns the arrest of two lawyers");
  EXPECT_EQ(e.document().date().day(), 9);
  EXPECT_EQ(e.document().text().find("title:"), std::string::npos);
}

TEST(FrontMatterTest, HtmlWithAHeaderAndMetaDates) {
  auto e = MustExtract(
      "---\nlayout: post\ntitle: 'PRESS RELEASE: Groups launch a campaign'\n---\n"
      "<p>Groups launched a campaign today to defend the right to encrypt messages.</p>",
      "text/html");
  EXPECT_EQ(e.document().title(), "Groups launch a campaign");
  EXPECT_EQ(e.document().text().find("layout"), std::string::npos);
  DocumentMeta meta = ReadDocumentMeta(
      "<html><head><meta property=\"article:published_time\" "
      "content=\"2023-06-01T10:00:00Z\"><meta name=\"date\" content=\"2020-01-01\"></head>"
      "<body><p>Text</p></body></html>",
      "text/html");
  ExpectDay(meta.date, 2023, 6, 1);
}

TEST(HeaderDatesTest, NumericDates) {
  auto at = [](absl::string_view s) {
    absl::optional<DateMention> m = FindNumericDate(s);
    return m ? m->date : DateValue{};
  };
  EXPECT_EQ(at("posted on: 2014/08/15"), (DateValue{2014, 8, 15}));
  EXPECT_EQ(at("27.4.2016"), (DateValue{2016, 4, 27}));
  EXPECT_EQ(at("23.09.15"), (DateValue{2015, 9, 23}));
  EXPECT_EQ(at("11/28/2024 | Press release"), (DateValue{2024, 11, 28}));
  EXPECT_EQ(at("28/11/2024"), (DateValue{2024, 11, 28}));
  EXPECT_FALSE(FindNumericDate("AI Index: AMR 43/8812/2025").has_value());
  EXPECT_FALSE(FindNumericDate("version 1.2.3.4").has_value());
  EXPECT_FALSE(FindNumericDate("31.02.2020").has_value());
}

TEST(PageFurnitureTest, BannersLabelsAndHeaders) {
  EXPECT_EQ(BannerKind("FOR IMMEDIATE RELEASE"), amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_EQ(BannerKind("Joint Statement"), amicus::v1::DOCUMENT_KIND_STATEMENT);
  EXPECT_EQ(BannerKind("URGENT APPEAL - THE NETWORK"), amicus::v1::DOCUMENT_KIND_STATEMENT);
  EXPECT_EQ(BannerKind("Joint statement on the new law"), amicus::v1::DOCUMENT_KIND_UNSPECIFIED);
  EXPECT_EQ(LabelKind("Media releases", false), amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_EQ(LabelKind("News", false), amicus::v1::DOCUMENT_KIND_UNSPECIFIED);
  EXPECT_EQ(LabelKind("News", true), amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_TRUE(IsListingLabel("Posts Tagged 'joint statement'"));
  auto h = ReadHeaderDate("Mar 2, 2021 | News");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->label, "News");
  EXPECT_EQ(h->mention.date, (DateValue{2021, 3, 2}));
  h = ReadHeaderDate("date 2023-09-05 Responding to the arrest of two lawyers, the director said:");
  ASSERT_TRUE(h.has_value());
  EXPECT_TRUE(h->glued);
  // An event, not a header.
  EXPECT_FALSE(ReadHeaderDate("On 4 May 2020 police arrested the two lawyers at their office")
                   .has_value());
  EXPECT_FALSE(ReadHeaderDate("Protest on 12 May 2021 marks anniversary").has_value());
}

}  // namespace
}  // namespace amicus::extract
