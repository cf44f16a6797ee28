#ifndef AMICUS_EXTRACT_WORDS_H_
#define AMICUS_EXTRACT_WORDS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
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
  // Inline, as Is below: the rules ask them of nearly every token.
  bool capitalized() const;
  bool all_caps() const;  // at least two letters, none lowercase
  // Case-insensitive on both sides, as absl::EqualsIgnoreCase. Length
  // first: most tokens differ in length from the word asked about, and
  // inline the length of a literal argument is a constant.
  bool Is(absl::string_view lowercase) const;
};

inline bool Word::capitalized() const {
  if (!is_word || text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(text[0]);
  return absl::ascii_isupper(c) || (c == 0xC3 && text.size() > 1 &&
                                    static_cast<unsigned char>(text[1]) < 0x9F);
}

// Equal ignoring ASCII case, `a` and `b` of the same size.
bool SameSizeEqualsIgnoreCase(absl::string_view a, absl::string_view b);

// The length test inline, the bytes compared out of line: small enough
// that the compiler inlines it into the long rule functions too.
inline bool Word::Is(absl::string_view lowercase) const {
  return is_word && text.size() == lowercase.size() &&
         SameSizeEqualsIgnoreCase(text, lowercase);
}

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
