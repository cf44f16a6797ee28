#include "store/document_entries.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "store/date_key.h"
#include "store/document_words.h"
#include "store/entity_entries.h"
#include "store/key_codec.h"
#include "store/name_key.h"
#include "store/name_memo.h"
#include "store/person_index.h"

namespace amicus::store {
namespace {

using amicus::v1::Extraction;

void AddIndex(Cf cf, absl::string_view prefix, absl::string_view record_key,
              std::vector<Entry>* out) {
  out->push_back({cf, absl::StrCat(prefix, record_key), ""});
}

// One entry per distinct name key: a key written twice in one batch is a
// second memtable insert for nothing.
void AddNameIndex(Cf cf, const std::vector<std::string>& name_keys,
                  absl::string_view record_key, std::vector<Entry>* out) {
  absl::flat_hash_set<absl::string_view> added;
  for (const std::string& name_key : name_keys) {
    if (added.insert(name_key).second) {
      AddIndex(cf, NameIndexPrefix(name_key), record_key, out);
    }
  }
}

// OrganizationKeys(name, acronym) from the memo.
std::vector<std::string> OrganizationKeysOf(absl::string_view name,
                                            absl::string_view acronym,
                                            NameMemo* names) {
  std::vector<std::string> keys;
  for (absl::string_view part : {name, acronym}) {
    const std::string& key = names->Organization(part).key;
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) {
      keys.push_back(key);
    }
  }
  return keys;
}

// Person index entries (person_index.h): exact and trailing-run keys; the
// exact one carries `record` (may be empty).
void AddPersonIndex(Cf cf, absl::string_view name, absl::string_view record_key,
                    absl::string_view record, NameMemo* names,
                    std::vector<Entry>* out) {
  std::vector<std::string> keys =
      PersonIndexKeysOfRuns(names->Person(name).runs, record_key);
  for (size_t i = 0; i < keys.size(); ++i) {
    out->push_back({cf, std::move(keys[i]),
                    std::string(i == 0 ? record : absl::string_view())});
  }
}

void AddEvents(const Extraction& extraction, uint64_t seq,
               DocumentWords* words, NameMemo* names, std::vector<Entry>* out) {
  for (int i = 0; i < extraction.events_size(); ++i) {
    const amicus::v1::Event& event = extraction.events(i);
    std::string key = EncodeRecordKey(seq, i);
    std::string record = event.SerializeAsString();
    // Date and exact-actor entries carry the event (see the header).
    out->push_back({Cf::kEventsByDate,
                    absl::StrCat(EncodeDateKey(event.date()), key), record});
    AddIndex(Cf::kEventsByType, EventTypeIndexPrefix(event.type()), key, out);
    for (const amicus::v1::Person& actor : event.actors()) {
      AddPersonIndex(Cf::kEventsByActor, actor.name(), key, record, names,
                     out);
    }
    out->push_back({Cf::kEvents, key, std::move(record)});
    words->AddRecord(Cf::kEventsByWord, EventTexts(event),
                     static_cast<uint32_t>(i));
  }
}

void AddQuotes(const Extraction& extraction, uint64_t seq,
               DocumentWords* words, NameMemo* names, std::vector<Entry>* out) {
  for (int i = 0; i < extraction.quotes_size(); ++i) {
    const amicus::v1::Quote& quote = extraction.quotes(i);
    std::string key = EncodeRecordKey(seq, i);
    out->push_back({Cf::kQuotes, key, quote.SerializeAsString()});
    AddIndex(Cf::kQuotesByDate, EncodeDateKey(quote.date()), key, out);
    AddPersonIndex(Cf::kQuotesBySpeaker, quote.speaker().name(), key, "",
                   names, out);
    const amicus::v1::Organization& org = quote.speaker().organization();
    AddNameIndex(Cf::kQuotesByOrganization,
                 OrganizationKeysOf(org.name(), org.acronym(), names), key,
                 out);
    words->AddRecord(Cf::kQuotesByWord, QuoteTexts(quote),
                     static_cast<uint32_t>(i));
  }
}

void AddSignatorySets(const Extraction& extraction, uint64_t seq,
                      NameMemo* names, std::vector<Entry>* out) {
  for (int i = 0; i < extraction.signatory_sets_size(); ++i) {
    const amicus::v1::SignatorySet& set = extraction.signatory_sets(i);
    std::string key = EncodeRecordKey(seq, i);
    out->push_back({Cf::kSignatorySets, key, set.SerializeAsString()});
    // Every signatory's keys in one list: one entry per organization,
    // however many of its names signed.
    std::vector<std::string> name_keys;
    for (const amicus::v1::Signatory& signatory : set.signatories()) {
      for (std::string& name_key :
           OrganizationKeysOf(signatory.name(), signatory.acronym(), names)) {
        name_keys.push_back(std::move(name_key));
      }
    }
    AddNameIndex(Cf::kSignatorySetsByOrganization, name_keys, key, out);
  }
}

}  // namespace

std::string NameIndexPrefix(absl::string_view name_key) {
  return absl::StrCat(name_key, absl::string_view("\0", 1));
}

std::string WordIndexPrefix(absl::string_view word) {
  return absl::StrCat(word, absl::string_view("\0", 1));
}

std::vector<absl::string_view> EventTexts(const amicus::v1::Event& event) {
  return {event.evidence().text(), event.summary()};
}

std::vector<absl::string_view> QuoteTexts(const amicus::v1::Quote& quote) {
  return {quote.text()};
}

std::vector<absl::string_view> DocumentTexts(
    const amicus::v1::Document& document) {
  return {document.title(), document.text()};
}

std::string EventTypeIndexPrefix(amicus::v1::EventType type) {
  return EncodeUint32(static_cast<uint32_t>(type));
}

std::string DocumentKindIndexPrefix(amicus::v1::DocumentKind kind) {
  return EncodeUint32(static_cast<uint32_t>(kind));
}

std::vector<Entry> DocumentEntries(const Extraction& extraction,
                                   uint64_t seq) {
  NameMemo names;
  return DocumentEntries(extraction, seq, &names);
}

std::vector<Entry> DocumentEntries(const Extraction& extraction, uint64_t seq,
                                   NameMemo* names) {
  names->Trim();
  std::vector<Entry> out;
  const amicus::v1::Document& document = extraction.document();
  std::string seq_key = EncodeSeq(seq);
  out.push_back({Cf::kDocuments, seq_key, document.SerializeAsString()});
  out.push_back({Cf::kDocumentIds, document.id(), seq_key});
  AddIndex(Cf::kDocumentsByKind, DocumentKindIndexPrefix(document.kind()),
           seq_key, &out);
  // Word entries (documents', events' and quotes'): one tokenizing of the
  // document's text serves all three.
  DocumentWords words(document);
  AddEvents(extraction, seq, &words, names, &out);
  AddQuotes(extraction, seq, &words, names, &out);
  words.AppendEntries(seq_key, &out);
  AddSignatorySets(extraction, seq, names, &out);
  AppendEntityEntries(extraction, seq, names, &out);
  return out;
}

}  // namespace amicus::store
