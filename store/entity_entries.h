#ifndef AMICUS_STORE_ENTITY_ENTRIES_H_
#define AMICUS_STORE_ENTITY_ENTRIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "store/document_entries.h"

namespace amicus::store {

// The entity registry is a graph of name keys whose edges documents state.
// Each edge is stored once per document that states it (its key ends with
// the document's seq), so deleting a document removes exactly what it
// taught, and entities are assembled at query time from the edges present
// (store/entity_resolver.h).
enum class EdgeKind : char {
  // A full name to an acronym defined for it, or to its distinctive first
  // word ("REDRESS Trust" -> "redress").
  kNameToShort = 'a',
  // The reverse: what a short form stands for.
  kShortToName = 'n',
  // An organization core (entity_names.h) to a full name that has it.
  kCoreToName = 'c',
};

// Key prefix of every edge of `kind` leaving `from`.
std::string EdgePrefix(absl::string_view from, EdgeKind kind);

// The target key of an organization_aliases key found under `prefix`.
std::optional<std::string> EdgeTarget(absl::string_view key,
                                      absl::string_view prefix);

// Key prefix of every person registered under `surname`.
std::string SurnamePrefix(absl::string_view surname);

// The registry entries and corroboration index entries of one document,
// appended to `out`: organization edges (from the document's
// organizations and issuers, speakers' organizations, signatories, people's
// and actors' organizations), people with at least two names (from
// Document.people, speakers and actors), and events by type and month.
void AppendEntityEntries(const amicus::v1::Extraction& extraction,
                         uint64_t seq, std::vector<Entry>* out);
// The same, taking names' parts from `names` (name_memo.h).
void AppendEntityEntries(const amicus::v1::Extraction& extraction,
                         uint64_t seq, NameMemo* names,
                         std::vector<Entry>* out);

// The events_by_type_month prefix of an event type and month.
std::string TypeMonthPrefix(amicus::v1::EventType type, int year, int month);

}  // namespace amicus::store

#endif  // AMICUS_STORE_ENTITY_ENTRIES_H_
