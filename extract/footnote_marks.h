#ifndef AMICUS_EXTRACT_FOOTNOTE_MARKS_H_
#define AMICUS_EXTRACT_FOOTNOTE_MARKS_H_

#include "absl/strings/string_view.h"

namespace amicus::extract {

// Signers' lists mark some entries for a note under the list ("Free Press
// Union*", "Andean Legal Aid¹", "Lima Collective [2]", "Union[^3]"). The
// mark is no part of the name.

// `entry` without the footnote marks that end it: superscript digits, a
// dagger, and bracketed numbers ("[2]", "[^2]"). A star is CleanEntry's.
absl::string_view StripFootnoteMarks(absl::string_view entry);

// Whether `line` is a note under a list ("¹ Observer", "[2] Joined later",
// "*Members of ..."): it opens with a footnote mark. A star followed by a
// space is a Markdown bullet, so it counts only where the list above it
// marked entries with a star (`list_uses_star`).
bool IsFootnoteLine(absl::string_view line, bool list_uses_star);

// Whether `line` ends in a star mark ("Free Press Union*", "... (Kenya)*").
bool EndsWithStar(absl::string_view line);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_FOOTNOTE_MARKS_H_
