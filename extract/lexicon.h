#ifndef AMICUS_EXTRACT_LEXICON_H_
#define AMICUS_EXTRACT_LEXICON_H_

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "extract/word_list.h"

namespace amicus::extract {

// Known words, lowercase: those the document spells intact plus, when the
// caller supplies one, a dictionary. Used to choose between repairs.
//
// Most documents need no repair and never ask, so the document's words
// are learned on the first question, from a copy of the text (the caller
// replaces its text while the Lexicon lives). Not thread-safe: one
// Lexicon serves one extraction.
class Lexicon {
 public:
  // Learns every run of ASCII letters of `text` that is not touched by
  // ligature damage marks.
  // `dictionary` may be null; it must outlive the Lexicon.
  Lexicon(absl::string_view text, const WordList* dictionary);
  bool Knows(absl::string_view word) const;
  bool KnowsInDocument(absl::string_view word) const;

 private:
  const absl::flat_hash_set<std::string>& DocumentWords() const;

  std::string text_;
  mutable bool learned_ = false;
  mutable absl::flat_hash_set<std::string> document_words_;
  const WordList* dictionary_;
};

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_LEXICON_H_
