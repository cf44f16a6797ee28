#ifndef AMICUS_EXTRACT_LEXICON_H_
#define AMICUS_EXTRACT_LEXICON_H_

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"

namespace amicus::extract {

// Known words, lowercase: those the document spells intact plus, when the
// system word list (/usr/share/dict/words, Debian `wamerican`) is
// installed, the English dictionary. Used to choose between repairs.
class Lexicon {
 public:
  // Learns every run of ASCII letters of `text` that is not touched by
  // ligature damage marks.
  explicit Lexicon(absl::string_view text);
  bool Knows(absl::string_view word) const;
  bool KnowsInDocument(absl::string_view word) const;

 private:
  absl::flat_hash_set<std::string> document_words_;
};

// The system dictionary, loaded once on first use; empty when absent.
const absl::flat_hash_set<std::string>& SystemDictionary();

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_LEXICON_H_
