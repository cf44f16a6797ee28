#ifndef AMICUS_STORE_DOCUMENT_WORDS_H_
#define AMICUS_STORE_DOCUMENT_WORDS_H_

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "store/column_families.h"

namespace amicus::store {

struct Entry;

// The word index entries of one document (documents_by_word, and the
// by-document events_by_word / quotes_by_word of word_postings.h), from one
// tokenizing of its text. Evidence sentences and quotes are spans of that
// text: a record text found in it, whose ends cut no word, gets the words
// of the document's tokens inside it instead of being tokenized again (the
// second tokenizing and the word lookups were a third of what building a
// document's entries cost). Any other text is tokenized as it stands, so
// the words are exactly DistinctWords' (text_words.h) either way.
class DocumentWords {
 public:
  explicit DocumentWords(const amicus::v1::Document& document);

  // Record `ordinal` of `family` (kEventsByWord or kQuotesByWord), searched
  // by `texts`; ordinals ascending within a family.
  void AddRecord(Cf family, const std::vector<absl::string_view>& texts,
                 uint32_t ordinal);

  // The document's entries, then one per word and record family.
  void AppendEntries(absl::string_view seq_key, std::vector<Entry>* out);

 private:
  // A word of the document's text and where it stands there.
  struct Token {
    size_t begin;
    size_t end;
    uint32_t id;
  };
  // The postings of one record family, and where in the text its last
  // record text was found (the next one is usually just after it).
  struct Family {
    std::vector<uint64_t> postings;  // id << 32 | ordinal
    size_t hint = 0;
  };

  // The id of `word`, added if new. `source` is the text being tokenized,
  // which outlives this object: a view into it is kept as is, any other
  // (a folded word) is copied first.
  uint32_t Id(absl::string_view word, absl::string_view source);
  // Adds the words of `text` to record `ordinal` of `family`.
  void AddText(absl::string_view text, Family* family, uint32_t ordinal);
  // The document's tokens [*first, *last) that `text` has, when it stands
  // in the document's text with ends that cut no word there.
  bool SpanTokens(absl::string_view text, Family* family, size_t* first,
                  size_t* last) const;
  static void AppendFamily(Cf cf, Family* family,
                           const std::vector<absl::string_view>& words,
                           absl::string_view seq_key, std::vector<Entry>* out);

  absl::string_view text_;
  std::vector<Token> tokens_;  // in text order
  absl::flat_hash_map<absl::string_view, uint32_t> ids_;
  std::vector<absl::string_view> words_;  // by id
  std::deque<std::string> owned_;  // words that are not views of text_
  uint32_t document_words_ = 0;  // ids below it are the document's words
  Family events_;
  Family quotes_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_DOCUMENT_WORDS_H_
