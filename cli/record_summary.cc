#include "cli/record_summary.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "cli/date_flags.h"
#include "cli/enum_names.h"

namespace amicus::cli {
namespace {

std::string OneLine(absl::string_view text) {
  return absl::StrJoin(
      absl::StrSplit(text, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty()),
      " ");
}

std::string Quoted(absl::string_view text) {
  return absl::StrCat("\"", OneLine(text), "\"");
}

std::string OrganizationName(const v1::Organization& organization) {
  return organization.acronym().empty() ? organization.name()
                                        : organization.acronym();
}

// "Sam Zarifi (Secretary General, ICJ)"; the parts the document gives.
std::string DescribePerson(const v1::Person& person) {
  std::vector<std::string> details;
  if (!person.role().empty()) details.push_back(person.role());
  if (person.has_organization()) {
    details.push_back(OrganizationName(person.organization()));
  }
  std::string name = person.name().empty() ? "(unknown)" : person.name();
  if (details.empty()) return name;
  return absl::StrCat(name, " (", absl::StrJoin(details, ", "), ")");
}

std::string DescribeSignatory(const v1::Signatory& signatory) {
  if (signatory.country().empty()) return signatory.name();
  return absl::StrCat(signatory.name(), " (", signatory.country(), ")");
}

}  // namespace

std::string SummarizeEvent(const v1::Event& event) {
  std::vector<std::string> actors;
  for (const v1::Person& actor : event.actors()) {
    actors.push_back(actor.name());
  }
  const std::string& text = event.evidence().text().empty()
                                ? event.summary()
                                : event.evidence().text();
  return absl::StrCat(
      FormatDate(event.date()), "  ", EventTypeName(event.type()), "  ",
      actors.empty() ? "(no actor)" : absl::StrJoin(actors, "; "), "  ",
      Quoted(text));
}

std::string SummarizeQuote(const v1::Quote& quote) {
  return absl::StrCat(FormatDate(quote.date()), "  ",
                      DescribePerson(quote.speaker()), "  ",
                      Quoted(quote.text()));
}

std::string SummarizeSignatorySet(const v1::SignatorySet& set) {
  std::vector<std::string> names;
  for (const v1::Signatory& signatory : set.signatories()) {
    names.push_back(DescribeSignatory(signatory));
  }
  return absl::StrCat(
      FormatDate(set.date()), "  to: ",
      set.addressee().empty() ? "(unknown)" : OneLine(set.addressee()), "  ",
      set.signatories_size(), " signatories: ", absl::StrJoin(names, "; "));
}

std::string SummarizeDocument(const v1::Document& document) {
  return absl::StrCat(document.id(), "  ", FormatDate(document.date()), "  ",
                      DocumentKindName(document.kind()), "  ",
                      Quoted(document.title()),
                      "  events=", document.event_count(),
                      " quotes=", document.quote_count(),
                      " signatory_sets=", document.signatory_set_count(), "  ",
                      document.source_uri());
}

}  // namespace amicus::cli
