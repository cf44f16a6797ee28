// Documents as site generators keep them (Hugo/Jekyll Markdown posts with
// front matter, HTML blocks and shortcodes): invented wording throughout.
#include <string>

#include "extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Post(const std::string& category, const std::string& signers) {
  return "---\ntitle: \"Drop the charges against the Harbour Ledger journalists\"\n"
         "date: 2025-03-04T09:00:00+00:00\ncategories:\n  - " + category + "\n---\n\n"
         "We, the undersigned organisations, call on the authorities of Kestrel Bay "
         "to drop all charges against four journalists of Harbour Ledger.\n\n"
         "On 27 February 2025, the Port Selwyn prosecutor charged the four with "
         "undermining state security.\n\n"
         "{{< tweet user=\"harbourledger\" id=\"1234567890\" >}}\n\n"
         "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a></div>\n\n" +
         signers + "\n[Back to news](/news)\n";
}

constexpr const char* kSigners =
    "**Signed:**\n\n- Coastal Press Watch\n- Northern Media Defence Fund (Norway)\n"
    "- Reporters' Legal Aid Network (Kenya)\n- Island Journalists Union\n";

amicus::v1::Extraction ExtractAs(const std::string& uri, const std::string& content) {
  auto e = Extract(uri, content, "", testing::OptionsWithDictionary());
  EXPECT_TRUE(e.ok()) << e.status();
  return e.ok() ? *e : amicus::v1::Extraction();
}

TEST(SiteExportsTest, AMarkdownPostWithHtmlBlocksIsReadAsMarkdown) {
  auto e = ExtractAs("posts/2025-03-04-harbour-ledger.md", Post("News", kSigners));
  EXPECT_EQ(e.document().media_type(), "text/markdown");
  // Read as HTML, the list ran into one line and no signer was found.
  EXPECT_EQ(testing::SignerNames(e),
            "Coastal Press Watch; Northern Media Defence Fund (Norway); "
            "Reporters' Legal Aid Network (Kenya); Island Journalists Union; ");
  // A whole page saved as .md is still a page.
  auto page = ExtractAs("saved.md",
                        "<!DOCTYPE html><html><body><p>Kestrel Bay: free the "
                        "reporters, Coastal Press Watch said.</p></body></html>");
  EXPECT_EQ(page.document().media_type(), "text/html");
}

TEST(SiteExportsTest, AShortcodeIsNoTextAndALinkBackEndsTheSigners) {
  auto e = ExtractAs("post.md", Post("News", kSigners));
  EXPECT_THAT(e.document().text(), Not(HasSubstr("tweet user")));
  EXPECT_THAT(e.document().text(), Not(HasSubstr("{{")));
  EXPECT_THAT(testing::SignerNames(e), Not(HasSubstr("Back to news")));
}

TEST(SiteExportsTest, ASignedStatementFiledUnderStatementsIsJoint) {
  auto joint = ExtractAs("post.md", Post("Statements", kSigners));
  EXPECT_EQ(joint.document().kind(), amicus::v1::DOCUMENT_KIND_JOINT_LETTER);
  // Filed under "Statements" with no one signing, it stays a statement.
  std::string alone =
      "---\ntitle: \"Kestrel Bay must drop the charges\"\ndate: 2025-03-04\n"
      "categories:\n  - Statements\n---\n\nThe charges against four journalists of "
      "Harbour Ledger must be dropped. On 27 February 2025, the Port Selwyn "
      "prosecutor charged the four with undermining state security.\n";
  EXPECT_EQ(ExtractAs("alone.md", alone).document().kind(),
            amicus::v1::DOCUMENT_KIND_STATEMENT);
  // Filed under "Media releases", it stays the release the site says it is.
  auto release = ExtractAs("release.md", Post("Media releases", kSigners));
  EXPECT_EQ(release.document().kind(), amicus::v1::DOCUMENT_KIND_PRESS_RELEASE);
}

TEST(SiteExportsTest, ASidebarHeadingAfterTheSignersEndsThem) {
  // A page copied as text: the sidebar's "Recent Posts" and its headlines
  // follow the closing list of signers.
  auto e = testing::MustExtract(
      "Joint letter to the Minister of Justice\n\n10 March 2025\n\nDear Minister "
      "Halvorsen,\n\nWe, the undersigned organisations, write to express our alarm "
      "at the detention of reporter Mara Ostrik.\n\nSincerely,\n\nCoastal Press "
      "Watch\nNorthern Media Defence Fund (Norway)\nFree Voices Foundation (Brazil)"
      "\n\nRecent Posts\n\nKestrel Bay Broadcaster Fined\n\nIsland Journalists "
      "Union Elects New Board\n");
  EXPECT_EQ(testing::SignerNames(e),
            "Coastal Press Watch; Northern Media Defence Fund (Norway); "
            "Free Voices Foundation (Brazil); ");
}

TEST(SiteExportsTest, APostsTagsLineAfterTheSignersEndsThem) {
  auto e = testing::MustExtract(
      "<html><body><article><h1>Free Mara Ostrik</h1><p>Published 2 April 2025</p>"
      "<p>We, the undersigned organisations, call for the release of journalist "
      "Mara Ostrik.</p><h3>Signatories</h3><ul><li>Coastal Press Watch &ndash; Ghana</li>"
      "<li>Northern Media Defence Fund &ndash; Norway</li><li>Free Voices Foundation "
      "&ndash; Brazil</li></ul><p>Tags: <a>Press freedom</a>, <a>Ghana</a></p>"
      "</article></body></html>",
      "text/html");
  EXPECT_EQ(testing::SignerNames(e),
            "Coastal Press Watch (Ghana); Northern Media Defence Fund (Norway); "
            "Free Voices Foundation (Brazil); ");
}

}  // namespace
}  // namespace amicus::extract
