#ifndef AMICUS_EXTRACT_LIGATURES_H_
#define AMICUS_EXTRACT_LIGATURES_H_

#include <cstddef>

#include "extract/lexicon.h"
#include "extract/mapped_text.h"

namespace amicus::extract {

struct LigatureRepair {
  MappedText text;
  size_t repaired_words = 0;
};

// Restores letters that PDF text extraction lost where the font used a
// ligature: "organiza?ons" -> "organizations", "a_acks" -> "attacks",
// "aWer" -> "after", "complemen(ng" -> "complementing". Each damage mark
// stands for one of ti/tt/ft/fi/fl/ff/ffi/ffl; the candidate that makes a
// word the lexicon knows wins, else the mark's most common reading.
// Inserted letters map to the mark's original byte.
LigatureRepair RepairLigatures(const MappedText& in, const Lexicon& lexicon);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_LIGATURES_H_
