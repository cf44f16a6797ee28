#ifndef AMICUS_EXTRACT_PROSE_LISTS_H_
#define AMICUS_EXTRACT_PROSE_LISTS_H_

#include <cstddef>
#include <vector>

#include "extract/countries.h"
#include "extract/text_units.h"
#include "extract/words.h"

namespace amicus::extract {

// How a coordination of names is read.
struct CoordinationStyle {
  // Inside "(...)": the list ends at the closing parenthesis.
  bool in_parentheses = false;
  // ", together with", ", joined by", ", along with" separate items too
  // ("The ICJ, together with the OMCT and ASF").
  bool accompaniment = false;
};

// A run of names joined by commas, semicolons and "and".
struct Coordination {
  std::vector<Range> items;  // trimmed; without leading "the"/"and"
  size_t end_word = 0;       // index of the first word after the run
};

// Reads the coordination of capitalized names starting at `words[at]`:
// "A, B (AB), the C and D", "A, B, and E of F and G" (an "and" inside a
// name such as "Law Society of England and Wales" or "Centre for Law and
// Democracy" stays). It ends at a word that cannot be part of a name
// ("today", "who", "are"), at sentence punctuation or, in parentheses,
// at the closing one. Lowercase words inside a name are kept when a
// separator follows within a few words ("Conseil national des barreaux
// (France),"). `text` is what `words` index into.
Coordination ReadCoordination(absl::string_view text, const std::vector<Word>& words,
                              size_t at, const CountryNames& countries,
                              CoordinationStyle style = {});

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PROSE_LISTS_H_
