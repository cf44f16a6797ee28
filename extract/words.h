#ifndef AMICUS_EXTRACT_WORDS_H_
#define AMICUS_EXTRACT_WORDS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace amicus::extract {

// A word or a punctuation mark of a stretch of text. Words keep inner
// dots of abbreviations ("U.S.", "R."), inner hyphens ("Al-Haq") and
// apostrophes ("ACLU’s").
struct Word {
  size_t begin = 0;  // byte offsets in the tokenized text
  size_t end = 0;
  absl::string_view text;
  bool is_word = false;
  bool capitalized() const;
  bool all_caps() const;  // at least two letters, none lowercase
  bool Is(absl::string_view lowercase) const;
};

std::vector<Word> Tokenize(absl::string_view text, size_t base = 0);

// Lowercase words that may sit inside a capitalized name ("Coalition for
// the International Criminal Court", "Comisión de Derechos Humanos").
bool IsNameConnector(absl::string_view lowercase_word);
// The same for a word in any case ("The", "Of"), without allocating: it
// is asked of nearly every word in the name scans.
bool IsNameConnectorAnyCase(absl::string_view word);

// "ACLU’s" -> "ACLU"; other words unchanged.
absl::string_view StripPossessive(absl::string_view word);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_WORDS_H_
