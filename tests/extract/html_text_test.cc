#include "extract/html_text.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(HtmlTextTest, BlocksBecomeParagraphsAndFurnitureIsDropped) {
  std::string html =
      "<html><head><title>ICJ statement</title><style>p{}</style></head><body>"
      "<nav>Home | About</nav><header>Site header</header>"
      "<h1>Threats to the Court</h1>"
      "<p>The ICJ &amp; partners <b>condemn</b>\n   the sanctions.</p>"
      "<script>var x = 1;</script><aside>Related</aside>"
      "<ul><li>First point</li><li>Second point</li></ul>"
      "<form><label>Your e-mail</label><input type=\"text\"></form>"
      "<footer>Copyright</footer></body></html>";
  std::string text = HtmlToText(html).text;
  EXPECT_EQ(text,
            "ICJ statement\n\nThreats to the Court\n\nThe ICJ & partners condemn "
            "the sanctions.\n\nFirst point\n\nSecond point");
}

TEST(HtmlTextTest, LineBreaksAreKept) {
  EXPECT_EQ(HtmlToText("<p>Action Corps<br>Peace Direct</p>").text,
            "Action Corps\nPeace Direct");
}

TEST(HtmlTextTest, TextMapsIntoTheOriginalMarkup) {
  std::string html = "<div><p>Geneva statement</p></div>";
  MappedText m = HtmlToText(html);
  ASSERT_EQ(m.text, "Geneva statement");
  EXPECT_EQ(html.substr(m.offsets.front(), m.text.size()), "Geneva statement");
}

TEST(HtmlTextTest, DeeplyNestedMarkupKeepsItsText) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  MappedText m = HtmlToText(html);
  EXPECT_EQ(m.text, "deep text");
  EXPECT_EQ(html.substr(m.offsets.front(), 9), "deep text");
}

}  // namespace
}  // namespace amicus::extract
