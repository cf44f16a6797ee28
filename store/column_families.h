#ifndef AMICUS_STORE_COLUMN_FAMILIES_H_
#define AMICUS_STORE_COLUMN_FAMILIES_H_

#include <string>
#include <vector>

namespace amicus::store {

// Every column family of the database, in a fixed order; the writer creates
// all of them at Open because a secondary ignores families created later.
// Values index into the handle vectors of Writer and Reader.
enum class Cf : int {
  kDefault = 0,
  kMeta,
  kDocuments,               // seq -> Document
  kDocumentIds,             // document id -> seq
  kEvents,                  // record key -> Event
  kQuotes,                  // record key -> Quote
  kSignatorySets,           // record key -> SignatorySet
  kEventsByDate,            // date key + record key
  kEventsByActor,           // name key + 0x00 + mark + record key (person_index.h)
  kEventsByType,            // type (4 bytes) + record key
  kQuotesBySpeaker,         // name key + 0x00 + mark + record key (person_index.h)
  kQuotesByOrganization,    // name key + 0x00 + record key
  kQuotesByDate,            // date key + record key
  kSignatorySetsByOrganization,  // name key + 0x00 + record key
  kDocumentsByKind,         // kind (4 bytes) + seq
  // The entity registry, as edges each document states (see
  // entity_entries.h); a document's edges end with its seq, so they are
  // written and deleted with it.
  kOrganizationAliases,     // from key + 0x00 + edge kind + to key + 0x00 + seq
  kPeopleBySurname,         // surname + 0x00 + full name key + 0x00 + seq
  // Candidates for corroboration: events of one type and month.
  kEventsByTypeMonth,       // type (4) + year (2) + month (1) + record key
  // Text search (text_words.h): each word of a record's text, then 0x00,
  // then the document's seq, so that one word's records are one prefix in
  // record-key order and several words intersect by merging. Events and
  // quotes: one entry per document, its value the ordinals of the records
  // holding the word (word_postings.h), so only IntersectCursor reads them
  // (a Cursor would take the key's tail for a record key).
  kEventsByWord,            // word + 0x00 + seq -> ordinals (evidence, summary)
  kQuotesByWord,            // word + 0x00 + seq -> ordinals (text)
  kDocumentsByWord,         // word + 0x00 + seq (title, text)
  kCount,
};

constexpr int kCfCount = static_cast<int>(Cf::kCount);

// RocksDB name of a column family ("default" for kDefault).
const std::string& CfName(Cf cf);

// Names of all column families, indexed by Cf.
std::vector<std::string> AllCfNames();

inline int CfIndex(Cf cf) { return static_cast<int>(cf); }

}  // namespace amicus::store

#endif  // AMICUS_STORE_COLUMN_FAMILIES_H_
