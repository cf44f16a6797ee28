#include "store/entity_entries.h"

#include "absl/strings/str_cat.h"
#include "store/entity_names.h"
#include "store/key_codec.h"
#include "store/name_key.h"

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
void AddOrganization(const amicus::v1::Organization& org,
                     const std::string& seq_key, std::vector<Entry>* out) {
  std::string name = OrganizationQueryKey(org.name());
  if (name.empty()) return;
  std::string acronym = OrganizationQueryKey(org.acronym());
  std::string first = DistinctiveFirstWord(org.name());
  for (const auto& [key, display] :
       {std::make_pair(acronym, org.acronym()),
        std::make_pair(first, first)}) {
    if (key.empty() || key == name) continue;
    AddEdge(name, EdgeKind::kNameToShort, key, display, seq_key, out);
    AddEdge(key, EdgeKind::kShortToName, name, org.name(), seq_key, out);
  }
  AddEdge(OrganizationCore(name), EdgeKind::kCoreToName, name, org.name(),
          seq_key, out);
}

void AddPerson(const amicus::v1::Person& person, const std::string& seq_key,
               std::vector<Entry>* out) {
  std::vector<std::string> words = PersonWords(person.name());
  if (words.size() >= 2) {
    out->push_back({Cf::kPeopleBySurname,
                    absl::StrCat(SurnamePrefix(words.back()),
                                 NormalizeName(person.name()), kSeparator,
                                 seq_key),
                    person.name()});
  }
  if (person.has_organization()) {
    AddOrganization(person.organization(), seq_key, out);
  }
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
  const std::string seq_key = EncodeSeq(seq);
  const amicus::v1::Document& document = extraction.document();
  for (const auto& org : document.organizations()) {
    AddOrganization(org, seq_key, out);
  }
  for (const auto& org : document.issuers()) AddOrganization(org, seq_key, out);
  for (const auto& person : document.people()) AddPerson(person, seq_key, out);
  for (int i = 0; i < extraction.events_size(); ++i) {
    for (const auto& actor : extraction.events(i).actors()) {
      AddPerson(actor, seq_key, out);
    }
    AddEventTypeMonth(extraction.events(i), seq, i, out);
  }
  for (const auto& quote : extraction.quotes()) {
    AddPerson(quote.speaker(), seq_key, out);
  }
  for (const auto& set : extraction.signatory_sets()) {
    for (const auto& signatory : set.signatories()) {
      amicus::v1::Organization org;
      org.set_name(signatory.name());
      org.set_acronym(signatory.acronym());
      AddOrganization(org, seq_key, out);
    }
  }
}

}  // namespace amicus::store
