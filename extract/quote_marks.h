#ifndef AMICUS_EXTRACT_QUOTE_MARKS_H_
#define AMICUS_EXTRACT_QUOTE_MARKS_H_

#include <cstddef>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/text_units.h"

namespace amicus::extract {

enum class MarkFamily { kDouble = 0, kSingle = 1 };

// One quotation mark of the text, with the direction its place gives it.
struct QuoteMark {
  size_t begin;
  size_t end;
  size_t paragraph;  // index into the paragraphs
  MarkFamily family;
  bool opener;
};

// The quotation marks of `text`, in order: curly and straight, double and
// single. A mark's direction comes from where it stands, not from its
// glyph, because sources mix them up: "“" glued to a word and followed by
// a space or the paragraph's end closes ("...the cause.“", an &ldquo;
// typed for &rdquo;), "”" after a space and before a word opens. Right
// single quotes and straight apostrophes count only where a quotation
// plausibly ends, so that "the US’ bullying" and "don't" are no marks.
std::vector<QuoteMark> FindQuoteMarks(absl::string_view text,
                                      const std::vector<Paragraph>& paragraphs);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_QUOTE_MARKS_H_
