#ifndef AMICUS_EXTRACT_TEXT_UNITS_H_
#define AMICUS_EXTRACT_TEXT_UNITS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace amicus::extract {

// A half-open byte range [begin, end) of the normalized text.
struct Range {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  absl::string_view in(absl::string_view text) const {
    return text.substr(begin, end - begin);
  }
};

// Non-empty lines of the normalized text: each is a paragraph or a list
// item. `blank_before` tells whether a blank line separates it from the
// previous one.
struct Paragraph {
  Range range;
  bool blank_before = false;
};
std::vector<Paragraph> Paragraphs(absl::string_view text);

// Sentences of one paragraph. A sentence ends at . ! or ? (plus closing
// quotes, brackets and footnote marks) before a space and a capital, digit
// or opening quote, except after abbreviations ("Mr.", "U.S.", "R.").
std::vector<Range> Sentences(absl::string_view text, Range paragraph);

// Number of words (runs of letters or digits) in `s`.
size_t CountWords(absl::string_view s);
// CountWords(s) > n, reading only as far as the (n+1)-th word: the
// boilerplate tests ask it of every paragraph, however long.
bool HasMoreWordsThan(absl::string_view s, size_t n);

// `r` shrunk to exclude leading and trailing spaces.
Range Trim(absl::string_view text, Range r);

// `r` cut into pieces of at most `max_bytes`, each ending at a space when
// one is near enough (else at a UTF-8 character boundary) and trimmed:
// for work that looks at a whole sentence once per thing in it.
std::vector<Range> Windows(absl::string_view text, Range r, size_t max_bytes);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_TEXT_UNITS_H_
