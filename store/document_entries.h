#ifndef AMICUS_STORE_DOCUMENT_ENTRIES_H_
#define AMICUS_STORE_DOCUMENT_ENTRIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "store/column_families.h"

namespace amicus::store {

class NameMemo;

// One key a document owns in one column family.
struct Entry {
  Cf cf;
  std::string key;
  // Empty for most index entries. Covering entries carry the record they
  // point to, so that a selective query reads it with the entry instead of
  // looking it up: events_by_date, and events_by_actor under the exact
  // name (not the trailing runs). Readers take an empty value as "look the
  // record up", which older databases' entries all are. Word entries of
  // events and quotes list the document's records holding the word
  // (word_postings.h).
  std::string value;
};

// Every key one stored document occupies: the document, its id mapping,
// its records, all their index entries and the entity registry edges it
// states. Put writes exactly these and
// Delete recomputes and removes exactly these, so the two cannot drift.
// Records get ordinals by their position in the Extraction.
std::vector<Entry> DocumentEntries(const amicus::v1::Extraction& extraction,
                                   uint64_t seq);
// The same, taking names' parts from `names` (name_memo.h), which remembers
// them for the next documents.
std::vector<Entry> DocumentEntries(const amicus::v1::Extraction& extraction,
                                   uint64_t seq, NameMemo* names);

// Index key prefixes, shared with the query side.
// Organization names: the normalized key followed by 0x00, so "amnesty"
// never matches "amnestys". People: see person_index.h.
std::string NameIndexPrefix(absl::string_view name_key);
// Words (text_words.h): the word followed by 0x00, which no word holds.
std::string WordIndexPrefix(absl::string_view word);

// The texts each record kind is searched (and word-indexed) by.
std::vector<absl::string_view> EventTexts(const amicus::v1::Event& event);
std::vector<absl::string_view> QuoteTexts(const amicus::v1::Quote& quote);
std::vector<absl::string_view> DocumentTexts(
    const amicus::v1::Document& document);

std::string EventTypeIndexPrefix(amicus::v1::EventType type);
std::string DocumentKindIndexPrefix(amicus::v1::DocumentKind kind);

}  // namespace amicus::store

#endif  // AMICUS_STORE_DOCUMENT_ENTRIES_H_
