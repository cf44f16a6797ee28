#ifndef AMICUS_EXTRACT_NORMALIZE_H_
#define AMICUS_EXTRACT_NORMALIZE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/mapped_text.h"
#include "extract/word_list.h"

namespace amicus::extract {

struct NormalizedText {
  // One line per paragraph or list item, paragraphs separated by one blank
  // line; every byte maps back to the original content.
  MappedText text;
  std::vector<std::string> warnings;
};

// Unicode spaces become ' ', zero-width characters and soft hyphens go,
// line ends become '\n', form feeds a page break, and typographic
// ligature characters (U+FB00..U+FB04) are spelled out.
MappedText NormalizeCharacters(const MappedText& in);

// The full normalization of text already taken out of its container
// (HTML, PDF): characters, Markdown (when `markdown`), ligature repair,
// line assembly. `dictionary` (may be null) helps choose repairs.
NormalizedText Normalize(const MappedText& raw, bool markdown,
                         const WordList* dictionary = nullptr);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_NORMALIZE_H_
