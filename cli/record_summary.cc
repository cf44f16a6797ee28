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

// Characters, not bytes: UTF-8 continuation bytes do not start one.
size_t CharCount(absl::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// The first `chars` characters of `text`, never splitting one.
absl::string_view CharPrefix(absl::string_view text, size_t chars) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == chars) return text.substr(0, i);
  }
  return text;
}

std::string FitCell(absl::string_view text, int width) {
  std::string cell = OneLine(text);
  if (width <= 0) return cell;
  const size_t chars = CharCount(cell);
  const size_t target = static_cast<size_t>(width);
  if (chars > target) return absl::StrCat(CharPrefix(cell, target - 1), "…");
  return cell + std::string(target - chars, ' ');
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

const std::vector<Column>& EventColumns() {
  static const auto* const kColumns = new std::vector<Column>{
      {"DATE", 10}, {"TYPE", 17}, {"ACTORS", 28}, {"EVIDENCE", 0}};
  return *kColumns;
}

const std::vector<Column>& QuoteColumns() {
  static const auto* const kColumns = new std::vector<Column>{
      {"DATE", 10}, {"SPEAKER", 44}, {"QUOTE", 0}};
  return *kColumns;
}

const std::vector<Column>& SignatorySetColumns() {
  static const auto* const kColumns = new std::vector<Column>{
      {"DATE", 10}, {"ADDRESSEE", 32}, {"COUNT", 5}, {"SIGNATORIES", 0}};
  return *kColumns;
}

const std::vector<Column>& DocumentColumns() {
  static const auto* const kColumns = new std::vector<Column>{
      {"ID", 64},     {"DATE", 10},   {"KIND", 13},   {"EVENTS", 6},
      {"QUOTES", 6},  {"SETS", 4},    {"TITLE", 40},  {"SOURCE", 0}};
  return *kColumns;
}

std::vector<std::string> EventRow(const v1::Event& event) {
  std::vector<std::string> actors;
  for (const v1::Person& actor : event.actors()) actors.push_back(actor.name());
  return {FormatDate(event.date()), EventTypeName(event.type()),
          actors.empty() ? "(no actor)" : absl::StrJoin(actors, "; "),
          event.evidence().text().empty() ? event.summary()
                                          : event.evidence().text()};
}

std::vector<std::string> QuoteRow(const v1::Quote& quote) {
  return {FormatDate(quote.date()), DescribePerson(quote.speaker()),
          Quoted(quote.text())};
}

std::vector<std::string> SignatorySetRow(const v1::SignatorySet& set) {
  std::vector<std::string> names;
  for (const v1::Signatory& signatory : set.signatories()) {
    names.push_back(DescribeSignatory(signatory));
  }
  return {FormatDate(set.date()),
          set.addressee().empty() ? "(unknown)" : set.addressee(),
          absl::StrCat(set.signatories_size()), absl::StrJoin(names, "; ")};
}

std::vector<std::string> DocumentRow(const v1::Document& document) {
  return {document.id(),
          FormatDate(document.date()),
          DocumentKindName(document.kind()),
          absl::StrCat(document.event_count()),
          absl::StrCat(document.quote_count()),
          absl::StrCat(document.signatory_set_count()),
          document.title(),
          document.source_uri()};
}

std::string TableHeader(const std::vector<Column>& columns) {
  std::vector<std::string> names;
  for (const Column& column : columns) names.push_back(column.name);
  return TableRow(columns, names);
}

std::string TableRow(const std::vector<Column>& columns,
                     const std::vector<std::string>& cells) {
  std::vector<std::string> fitted;
  for (size_t i = 0; i < columns.size() && i < cells.size(); ++i) {
    fitted.push_back(FitCell(cells[i], columns[i].width));
  }
  return absl::StrJoin(fitted, "  ");
}

}  // namespace amicus::cli
