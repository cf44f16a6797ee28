#ifndef AMICUS_EXTRACT_LINE_ASSEMBLY_H_
#define AMICUS_EXTRACT_LINE_ASSEMBLY_H_

#include "extract/lexicon.h"
#include "extract/mapped_text.h"

namespace amicus::extract {

// Turns lines into the normalized layout: one line per paragraph or list
// item, paragraphs separated by exactly one blank line, spaces inside a
// line collapsed. Joins hard-wrapped lines of paragraph blocks (when the
// document is wrapped at a fixed width), words hyphenated across line ends
// ("perfor-\nmance", keeping real compounds such as "so-called"), and
// paragraphs cut by a page break (a line that does not end a sentence
// followed, after blank lines, by one starting in lowercase).
MappedText AssembleLines(const MappedText& in, const Lexicon& lexicon);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_LINE_ASSEMBLY_H_
