#include "extract/html_text.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "test_util.h"

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

TEST(HtmlTextTest, TableCellsStayApartAsColumns) {
  MappedText t = HtmlToText(
      "<table><tr><th>Organisation</th><th>Country</th></tr>"
      "<tr><td>Centre for Civic Space</td><td>Kenya</td></tr></table>");
  EXPECT_EQ(t.text, "| Organisation | Country |\n\n| Centre for Civic Space | Kenya |");
  ASSERT_EQ(t.text.size(), t.offsets.size());
}

TEST(HtmlTextTest, SignatoriesInATableKeepTheirCountryColumn) {
  auto e = testing::MustExtract(
      "<html><body><p>Dear Members of the Council,</p><p>We, the undersigned, urge you "
      "to renew the mandate.</p><p>Sincerely,</p><table>"
      "<tr><td>Eritrean Law Society</td><td>Eritrea</td></tr>"
      "<tr><td>Centre for Civic Space</td><td>Kenya</td></tr>"
      "<tr><td>Lawyers for Liberty</td><td>Malaysia</td></tr></table></body></html>",
      "text/html");
  ASSERT_EQ(e.signatory_sets_size(), 1);
  ASSERT_EQ(e.signatory_sets(0).signatories_size(), 3);
  EXPECT_EQ(e.signatory_sets(0).signatories(1).name(), "Centre for Civic Space");
  EXPECT_EQ(e.signatory_sets(0).signatories(1).country(), "Kenya");
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
