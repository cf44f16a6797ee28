#ifndef AMICUS_STORE_WORD_POSTINGS_H_
#define AMICUS_STORE_WORD_POSTINGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "store/column_families.h"

namespace amicus::store {

struct Entry;

// The word indexes of events and quotes hold one entry per word and
// document, not per word and record: the key is the word's prefix
// (WordIndexPrefix) and the document's seq, the value the ordinals of the
// document's records holding the word. A document's events share most of
// their words, and one entry per record was four fifths of what storing a
// document wrote. A reader expands each entry into the record keys (seq +
// ordinal) it stands for, in key order (intersect_cursor.h).
bool IndexesWordsByDocument(Cf family);

// Ascending ordinals as the value of such an entry: varint deltas.
std::string EncodeOrdinals(const std::vector<uint32_t>& ordinals);
// False when `value` is not such a list (then `ordinals` is unspecified).
bool DecodeOrdinals(absl::string_view value, std::vector<uint32_t>* ordinals);

// Collects, for one document and one record kind, which records hold each
// word, then makes the entries.
class WordOrdinals {
 public:
  // Records must be added in ascending ordinal order.
  void Add(const std::vector<absl::string_view>& texts, uint32_t ordinal);
  // One entry per word seen, in `family`, for the document `seq_key`.
  void AppendEntries(Cf family, absl::string_view seq_key,
                     std::vector<Entry>* out) const;

 private:
  absl::flat_hash_map<std::string, std::vector<uint32_t>> ordinals_;
};

// The record keys one entry of such a family stands for, handed out in
// key order.
class EntryRecords {
 public:
  // The entry's seq and value; false (and then no records) when the value
  // is not an ordinal list.
  bool Load(absl::string_view seq, absl::string_view value);
  // Sets `*key` to the next record key at or after `from` and moves past
  // it; false, leaving `*key` alone, when none is left. A binary search: a
  // common word's entry may list every record of a large document.
  bool NextAtOrAfter(absl::string_view from, std::string* key);

 private:
  // The lowest ordinal whose record key is at or after `from`; past
  // UINT32_MAX when there is none.
  uint64_t LowestOrdinalFrom(absl::string_view from) const;

  std::string seq_;
  std::vector<uint32_t> ordinals_;
  size_t next_ = 0;  // ordinals before it are handed out or passed
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_WORD_POSTINGS_H_
