// The seventh round of probes of the genre: short documents written for
// these tests (invented names, organisations and places) in the layouts
// and quotation styles rounds 1 to 5 did not cover: footnoted signers'
// lists, signature blocks, other quotation marks, letters reported by a
// third party. One test per rule, each with the case that must not
// change.
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;
using testing::QuoteContaining;
using testing::SignerNames;

constexpr const char kLetterHead[] =
    "Veloria: end the crackdown on civil society\n\n12 May 2025\n\n"
    "We, the undersigned organisations, call on the authorities of Veloria to reopen the "
    "three rights groups closed on 2 May 2025.\n\n";

// Footnote marks after signers ("Union*", "Aid¹", "Collective [2]",
// "<sup>1</sup>") are no part of the name, and the notes under the list
// ("* Member of ...", "¹ Observer") sign nothing. Before, the marks stayed
// in the names and each note was one more signer. A Markdown bullet list
// ("* Name") whose entries carry no star is still a list.
TEST(GenreProbesRound7Test, FootnoteMarksInSignersList) {
  auto text = MustExtract(std::string(kLetterHead) +
                          "Signed by:\n\n"
                          "Coastal Rights Network*\nAndean Legal Aid (Peru)*\n"
                          "Lawyers for Open Justice\xC2\xB9\nLima Press Collective [2]\n\n"
                          "* Members of the Southern Civic Coalition\n"
                          "\xC2\xB9 Observer\n");
  EXPECT_EQ(SignerNames(text),
            "Coastal Rights Network; Andean Legal Aid (Peru); Lawyers for Open Justice; "
            "Lima Press Collective; ");
  auto table = MustExtract(std::string("# Veloria: end the crackdown\n\n") + kLetterHead +
                               "| Organisation | Country |\n|---|---|\n"
                               "| Coastal Rights Network | Kenya |\n| Andean Legal Aid | Peru |\n"
                               "| Free Press Union\xC2\xB9 | Ghana |\n\n"
                               "\xC2\xB9 Signed after publication.\n",
                           "text/markdown");
  EXPECT_EQ(SignerNames(table),
            "Coastal Rights Network (Kenya); Andean Legal Aid (Peru); Free Press Union (Ghana); ");
  auto html = MustExtract(
      "<html><body><h1>Veloria: end the crackdown</h1><p>12 May 2025</p>"
      "<p>We, the undersigned organisations, call on the authorities of Veloria to reopen the "
      "three rights groups closed on 2 May 2025.</p><p>Signed by:</p>"
      "<ul><li>Coastal Rights Network<sup>1</sup></li>"
      "<li>Andean Legal Aid<sup><a href=\"#n2\">2</a></sup></li><li>Free Press Union</li></ul>"
      "<p><sup>1</sup> Member of the Southern Civic Coalition.</p></body></html>",
      "text/html");
  EXPECT_EQ(SignerNames(html), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
  // Near miss: Markdown bullets are list markers, not notes.
  auto bullets = MustExtract(std::string(kLetterHead) +
                             "Signed by:\n\n* Coastal Rights Network\n* Andean Legal Aid\n"
                             "* Free Press Union\n");
  EXPECT_EQ(SignerNames(bullets), "Coastal Rights Network; Andean Legal Aid; Free Press Union; ");
}

}  // namespace
}  // namespace amicus::extract
