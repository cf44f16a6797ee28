#include "extract/about_section.h"

#include <string>

#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

// An "About X" heading names its organization in at most this many words.
constexpr size_t kMaxNameWords = 8;

// "About Fight for the Future", "**About the CICC**", "About ACME:" ->
// the name, or empty when the line is no such heading.
absl::string_view AboutHeading(absl::string_view line) {
  line = absl::StripAsciiWhitespace(line);
  while (!line.empty() && (line.front() == '*' || line.front() == '#' || line.front() == '_')) {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == '*' || line.back() == ':' || line.back() == '_')) {
    line.remove_suffix(1);
  }
  line = absl::StripAsciiWhitespace(line);
  if (!absl::ConsumePrefix(&line, "About ")) return "";
  absl::string_view name = absl::StripPrefix(absl::StripPrefix(line, "the "), "The ");
  std::vector<Word> words = Tokenize(name);
  if (words.empty() || words.size() > kMaxNameWords || !words[0].capitalized()) return "";
  for (const Word& w : words) {
    // A sentence ("About 300 people ..."), not a heading.
    if (!w.is_word && w.text != "&" && w.text != "-" && w.text != "(" && w.text != ")") return "";
    if (w.is_word && !w.capitalized() && !IsNameConnector(w.text)) return "";
  }
  return name;
}

// The section's text speaks of the organization: it opens with its name
// or speaks as "we".
bool DescribesItself(absl::string_view body, absl::string_view name) {
  absl::string_view b = absl::StripPrefix(absl::StripPrefix(body, "The "), "the ");
  if (absl::StartsWith(b, name)) return true;
  for (const Word& w : Tokenize(body)) {
    if (w.Is("we") || w.Is("our") || w.Is("us")) return true;
  }
  return false;
}

}  // namespace

absl::optional<amicus::v1::Organization> AboutSectionIssuer(
    absl::string_view text, const std::vector<Paragraph>& paras, const OrgDirectory& orgs) {
  for (size_t i = 0; i + 1 < paras.size(); ++i) {
    absl::string_view name = AboutHeading(paras[i].range.in(text));
    if (name.empty()) continue;
    if (!DescribesItself(paras[i + 1].range.in(text), name)) return absl::nullopt;
    std::string full = orgs.FullName(name);
    if (full.empty()) full = std::string(name);
    amicus::v1::Organization org;
    org.set_name(full);
    org.set_acronym(orgs.IsAcronym(name) ? std::string(name) : orgs.AcronymOf(full));
    return org;
  }
  return absl::nullopt;
}

}  // namespace amicus::extract
