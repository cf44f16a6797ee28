#include "extract/html_furniture.h"

#include <string>

#include "extract/html_text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A statement inside a blog template: invented names throughout.
std::string Page(const std::string& around_article, const std::string& after) {
  return "<html><head><title>Release Mara Ostrik | Coastal Press Watch</title></head>"
         "<body><header class=\"site-header\"><a href=\"/\">Coastal Press Watch</a></header>" +
         around_article + after + "</body></html>";
}

constexpr const char* kArticle =
    "<p>Authorities in Kestrel Bay must release reporter Mara Ostrik, "
    "Coastal Press Watch said on 14 February 2025.</p>"
    "<p>&ldquo;Her arrest is a message to every journalist,&rdquo; said Tomas "
    "Reyvik, Coastal Press Watch&rsquo;s regional director.</p>";

TEST(HtmlFurnitureTest, CommentsShareBarsAndRelatedPostsNamedByTheTemplateAreDropped) {
  std::string html = Page(
      std::string("<div class=\"entry-content\">") + kArticle +
          "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3>"
          "<ul><li>Twitter</li><li>Facebook</li></ul></div>"
          "<div id=\"jp-relatedposts\"><h3>Related</h3>"
          "<p>Journalist beaten by police on 3 December 2024</p></div></div>",
      "<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\">"
      "<li>Jonas said on 15 February 2025: &ldquo;Free her now.&rdquo;</li></ol></div>"
      "<div class=\"cookie-notice\">We use cookies. Accept</div>"
      "<div class=\"breadcrumbs\">Home &raquo; News</div>");
  std::string text = HtmlToText(html).text;
  EXPECT_THAT(text, HasSubstr("Authorities in Kestrel Bay must release"));
  EXPECT_THAT(text, HasSubstr("regional director"));
  for (const char* furniture :
       {"Share this", "Twitter", "Journalist beaten", "Free her now", "cookies", "Home"}) {
    EXPECT_THAT(text, Not(HasSubstr(furniture))) << furniture;
  }
  auto e = testing::MustExtract(html, "text/html");
  ASSERT_EQ(e.quotes_size(), 1);  // the commenter is no speaker of the statement
  EXPECT_EQ(e.quotes(0).speaker().name(), "Tomas Reyvik");
}

TEST(HtmlFurnitureTest, AnArticlesOwnHeaderKeepsItsTitleAndDate) {
  std::string html = Page(
      "<main><article><header class=\"entry-header\"><h1>Kestrel Bay: release "
      "Mara Ostrik</h1><div class=\"entry-meta\">Posted on <time>14 February "
      "2025</time></div></header>" + std::string(kArticle) + "</article></main>",
      "");
  std::string text = HtmlToText(html).text;
  EXPECT_THAT(text, HasSubstr("Kestrel Bay: release Mara Ostrik"));
  EXPECT_THAT(text, HasSubstr("Posted on 14 February 2025"));
  // The page's own banner is still left out.
  EXPECT_THAT(text, Not(HasSubstr("\n\nCoastal Press Watch\n\n")));
}

TEST(HtmlFurnitureTest, AWrapperHoldingTheStatementIsKeptWhateverItsName) {
  // "has-sidebar" names the layout, and the wrapper holds the whole text;
  // a "comment" wrapper holding the page's <h1> is the page itself.
  std::string html = Page(
      std::string("<div id=\"page\" class=\"has-sidebar\">") + kArticle + "</div>"
      "<div class=\"commentary\"><h1>Our commentary</h1><p>On the ruling.</p></div>",
      "");
  std::string text = HtmlToText(html).text;
  EXPECT_THAT(text, HasSubstr("Authorities in Kestrel Bay must release"));
  EXPECT_THAT(text, HasSubstr("Our commentary"));
  // A class that only mentions a furniture word inside a content name stays.
  std::string inline_html = Page(
      std::string("<div class=\"post-content share-ready\">") + kArticle + "</div>", "");
  EXPECT_THAT(HtmlToText(inline_html).text, HasSubstr("regional director"));
}

TEST(HtmlFurnitureTest, AThreadOfCommentsLongerThanTheStatementIsStillDropped) {
  std::string thread;
  for (int i = 0; i < 12; ++i) {
    thread += "<li class=\"comment\"><p>Reader " + std::to_string(i) +
              " said: &ldquo;This is outrageous and the government must answer for it "
              "before the whole world, today and every day after.&rdquo;</p></li>";
  }
  std::string html = Page(std::string("<div class=\"entry-content\">") + kArticle + "</div>",
                          "<section id=\"comments\"><ol>" + thread + "</ol></section>");
  std::string text = HtmlToText(html).text;
  EXPECT_THAT(text, HasSubstr("regional director"));
  EXPECT_THAT(text, Not(HasSubstr("Reader 3")));
}

TEST(HtmlFurnitureTest, ANameNeverRunsAcrossALineBreak) {
  // Share links left as a line of text above the lead, as a page saved
  // as text has them: "Authorities" opens the paragraph, and the implied
  // body of the passive arrest is not "Tweet Share Email Authorities".
  auto e = testing::MustExtract(
      "Free the reporter now\n\n14 February 2025\n\nTweet Share Email\n\n"
      "Authorities in Kestrel Bay must immediately release reporter Mara "
      "Ostrik, who was arrested on 11 February 2025 at her home, Coastal "
      "Press Watch said today.\n");
  std::string actor = testing::ActorOf(e, "who was arrested on 11 February 2025");
  EXPECT_THAT(actor, Not(HasSubstr("Tweet")));
  EXPECT_THAT(actor, Not(HasSubstr("\n")));
  // On one line the qualified authorities are still the body.
  auto same_line = testing::MustExtract(
      "Free the reporter now\n\n14 February 2025\n\nThe Kestrel Bay Police "
      "detained reporter Mara Ostrik. She was arrested on 11 February 2025 "
      "at her home, Coastal Press Watch said today.\n");
  EXPECT_THAT(testing::ActorOf(same_line, "She was arrested on 11 February 2025"),
              HasSubstr("Kestrel Bay Police"));
}

}  // namespace
}  // namespace amicus::extract
