#include "extract/expert_lists.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/organizations.h"
#include "extract/party_names.h"
#include "extract/people.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr float kExpertListConfidence = 0.7f;
// A release's experts' list is short; so is each of its lines.
constexpr size_t kMaxEntries = 60;
constexpr size_t kMaxEntryBytes = 400;

constexpr size_t kMaxHeadingBytes = 60;

// "The experts' statement is endorsed by:", "The statement has been
// endorsed by:": the other way UN releases head the mandate holders who
// issue them with the expert quoted. `head` is lowercase.
bool EndorsementHeading(absl::string_view head) {
  if (!absl::EndsWith(head, " endorsed by")) return false;
  for (absl::string_view opening : {"the experts", "the un experts", "the statement",
                                    "this statement"}) {
    if (absl::StartsWith(head, opening)) return true;
  }
  return false;
}

// "The experts:", "*The experts are:", "The UN experts:": the heading,
// and where the list starts after it in the paragraph.
bool ExpertsHeading(absl::string_view p, size_t* after) {
  absl::string_view s = absl::StripLeadingAsciiWhitespace(absl::StripPrefix(p, "*"));
  size_t colon = s.find(':');
  if (colon == absl::string_view::npos || colon > kMaxHeadingBytes) return false;
  std::string head = absl::AsciiStrToLower(absl::StripAsciiWhitespace(s.substr(0, colon)));
  if (head != "the experts" && head != "the experts are" && head != "the un experts" &&
      head != "experts" && !EndorsementHeading(head)) {
    return false;
  }
  *after = static_cast<size_t>(s.data() - p.data()) + colon + 1;
  return true;
}

// "Ms. Mary Lawlor, Special Rapporteur on ..." -> "Mary Lawlor"; a body
// as written without "the"; empty when the entry opens with neither.
std::string ExpertName(absl::string_view entry) {
  entry = absl::StripAsciiWhitespace(entry);
  entry = absl::StripPrefix(entry, "and ");
  if (entry.size() > kMaxEntryBytes) return "";
  absl::string_view name = absl::StripAsciiWhitespace(entry.substr(0, entry.find(',')));
  name = absl::StripSuffix(name, ".");
  absl::string_view honored = HonoredPerson(name);
  if (!honored.empty()) return std::string(honored);
  if (LooksLikePersonName(name)) return std::string(name);
  // "the Working Group on Arbitrary Detention": a body that co-issues.
  // A name's lowercase words are connectors: "Special Rapporteurs are part
  // of ..." after the list is a sentence.
  absl::string_view body = absl::StripPrefix(absl::StripPrefix(name, "the "), "The ");
  for (const Word& w : Tokenize(body)) {
    if (w.is_word && !w.capitalized() && !IsNameConnectorAnyCase(w.text)) return "";
  }
  return LooksLikeOrganization(body) ? std::string(body) : "";
}

}  // namespace

std::optional<FoundSignatories> FindExpertList(absl::string_view text,
                                               const std::vector<Paragraph>& paras) {
  for (size_t i = 0; i < paras.size(); ++i) {
    absl::string_view p = paras[i].range.in(text);
    size_t after = 0;
    if (!ExpertsHeading(p, &after)) continue;
    // The entries: the rest of the paragraph split at ";", or else the
    // lines that follow the heading.
    std::vector<Range> entries;
    absl::string_view rest = absl::StripAsciiWhitespace(p.substr(after));
    if (!rest.empty()) {
      size_t at = paras[i].range.begin + static_cast<size_t>(rest.data() - p.data());
      for (absl::string_view part : absl::StrSplit(rest, ';')) {
        // Past this many entries no set can pass the check below (at most
        // kMaxEntries of them are parties), so a hostile paragraph of
        // semicolons is not split to the end.
        if (entries.size() > 2 * kMaxEntries) break;
        size_t b = at + static_cast<size_t>(part.data() - rest.data());
        entries.push_back({b, b + part.size()});
      }
    } else {
      for (size_t k = i + 1; k < paras.size() && entries.size() < kMaxEntries; ++k) {
        if (ExpertName(paras[k].range.in(text)).empty()) break;
        entries.push_back(paras[k].range);
      }
    }
    FoundSignatories set;
    set.confidence = kExpertListConfidence;
    for (const Range& r : entries) {
      if (set.signatories.size() >= kMaxEntries) break;
      std::string name = ExpertName(r.in(text));
      if (name.empty()) continue;
      amicus::v1::Signatory& s = set.signatories.emplace_back();
      s.set_name(std::move(name));
      s.set_confidence(kExpertListConfidence);
    }
    // Most entries must be parties: a heading over prose is no list.
    if (set.signatories.size() < 2 || 2 * set.signatories.size() <= entries.size()) continue;
    set.evidence = {entries.front().begin, entries.back().end};
    return set;
  }
  return std::nullopt;
}

}  // namespace amicus::extract
