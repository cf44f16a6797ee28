#include "store/entity_entries.h"

#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "store/entity_names.h"
#include "store/key_codec.h"
#include "store/name_key.h"
#include "store/name_memo.h"

namespace amicus::store {
namespace {

using amicus::v1::Extraction;

constexpr absl::string_view kSeparator("\0", 1);

void AddEdge(absl::string_view from, EdgeKind kind, absl::string_view to,
             absl::string_view to_display, const std::string& seq_key,
             std::vector<Entry>* out) {
  if (from.empty() || to.empty() || from == to) return;
  out->push_back({Cf::kOrganizationAliases,
                  absl::StrCat(EdgePrefix(from, kind), to, kSeparator, seq_key),
                  std::string(to_display)});
}

// Edges between a name and its short forms in both directions, and from
// its core.
void AddOrganization(absl::string_view org_name, absl::string_view org_acronym,
                     const std::string& seq_key, NameMemo* names,
                     std::vector<Entry>* out) {
  const OrganizationNameParts& parts = names->Organization(org_name);
  const std::string& name = parts.key;
  if (name.empty()) return;
  const std::string& acronym = names->Organization(org_acronym).key;
  const std::string& first = parts.first_word;
  for (const auto& [key, display] :
       {std::make_pair(absl::string_view(acronym), org_acronym),
        std::make_pair(absl::string_view(first), absl::string_view(first))}) {
    if (key.empty() || key == name) continue;
    AddEdge(name, EdgeKind::kNameToShort, key, display, seq_key, out);
    AddEdge(key, EdgeKind::kShortToName, name, org_name, seq_key, out);
  }
  AddEdge(parts.core, EdgeKind::kCoreToName, name, org_name, seq_key, out);
}

// The people_by_surname entry of a person with at least two names.
void AddPersonName(const amicus::v1::Person& person, const std::string& seq_key,
                   NameMemo* names, std::vector<Entry>* out) {
  const PersonNameParts& parts = names->Person(person.name());
  if (parts.word_count < 2) return;
  out->push_back({Cf::kPeopleBySurname,
                  absl::StrCat(SurnamePrefix(parts.surname), parts.normalized,
                               kSeparator, seq_key),
                  person.name()});
}

void AddEventTypeMonth(const amicus::v1::Event& event, uint64_t seq, int ordinal,
                       std::vector<Entry>* out) {
  if (event.date().year() == 0 || event.date().month() == 0) return;
  out->push_back({Cf::kEventsByTypeMonth,
                  absl::StrCat(TypeMonthPrefix(event.type(), event.date().year(),
                                               event.date().month()),
                               EncodeRecordKey(seq, ordinal)),
                  ""});
}

}  // namespace

std::string EdgePrefix(absl::string_view from, EdgeKind kind) {
  return absl::StrCat(from, kSeparator, std::string(1, static_cast<char>(kind)));
}

std::optional<std::string> EdgeTarget(absl::string_view key,
                                      absl::string_view prefix) {
  if (key.size() < prefix.size() + 1 + kSeqBytes) return std::nullopt;
  return std::string(
      key.substr(prefix.size(), key.size() - prefix.size() - 1 - kSeqBytes));
}

std::string SurnamePrefix(absl::string_view surname) {
  return absl::StrCat(surname, kSeparator);
}

std::string TypeMonthPrefix(amicus::v1::EventType type, int year, int month) {
  std::string key = EncodeUint32(static_cast<uint32_t>(type));
  key.push_back(static_cast<char>((year >> 8) & 0xff));
  key.push_back(static_cast<char>(year & 0xff));
  key.push_back(static_cast<char>(month));
  return key;
}

void AppendEntityEntries(const Extraction& extraction, uint64_t seq,
                         std::vector<Entry>* out) {
  NameMemo names;
  AppendEntityEntries(extraction, seq, &names, out);
}

void AppendEntityEntries(const Extraction& extraction, uint64_t seq,
                         NameMemo* names, std::vector<Entry>* out) {
  const std::string seq_key = EncodeSeq(seq);
  // A document names the same people and organizations again and again
  // (an actor in several events, a speaker's organization in several
  // quotes): their entries would be the same keys, each one more memtable
  // insert and WAL bytes for nothing (a third of this function's entries
  // in the benchmark's corpus), so each is added once.
  absl::flat_hash_set<std::pair<absl::string_view, absl::string_view>> orgs;
  absl::flat_hash_set<absl::string_view> people;
  auto add_org = [&](absl::string_view name, absl::string_view acronym) {
    if (orgs.insert({name, acronym}).second) {
      AddOrganization(name, acronym, seq_key, names, out);
    }
  };
  auto add_person = [&](const amicus::v1::Person& person) {
    if (people.insert(person.name()).second) {
      AddPersonName(person, seq_key, names, out);
    }
    if (person.has_organization()) {
      add_org(person.organization().name(), person.organization().acronym());
    }
  };
  const amicus::v1::Document& document = extraction.document();
  for (const auto& org : document.organizations()) {
    add_org(org.name(), org.acronym());
  }
  for (const auto& org : document.issuers()) add_org(org.name(), org.acronym());
  for (const auto& person : document.people()) add_person(person);
  for (int i = 0; i < extraction.events_size(); ++i) {
    for (const auto& actor : extraction.events(i).actors()) add_person(actor);
    AddEventTypeMonth(extraction.events(i), seq, i, out);
  }
  for (const auto& quote : extraction.quotes()) add_person(quote.speaker());
  for (const auto& set : extraction.signatory_sets()) {
    for (const auto& signatory : set.signatories()) {
      add_org(signatory.name(), signatory.acronym());
    }
  }
}

}  // namespace amicus::store
