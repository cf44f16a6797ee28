#ifndef AMICUS_EXTRACT_PROSE_SIGNATORIES_H_
#define AMICUS_EXTRACT_PROSE_SIGNATORIES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/countries.h"
#include "extract/signatory_entries.h"
#include "extract/text_units.h"

namespace amicus::extract {

// Signers named in running text, found by ordered sieves, the surest
// first:
//   - after a signing cue: "signed by A, B and C", "endorsed by A (AA)",
//     "Signatories to the statement include A of X, B of Y" (people with
//     their outlets: the names), "The undersigned organisations, including
//     A, B and C,", "the following States: A, ..., and Z";
//   - "We, A, B and C, ..." opening a sentence;
//   - "N countries (A, B, C)" after a count, in a sentence about signing;
//   - "a statement ... on behalf of A, B and C";
//   - "Members of the Alliance include A, B, C";
//   - a sentence whose subject is three or more organisations acting
//     together: "A, B and C today called on ...", "A, together with B and
//     C, delivered a statement";
//   - "associations ..., including A, B, C" where a joint statement or
//     letter is mentioned in the paragraph or the next one.
// Not sets: speakers in a debate ("X on behalf of the group of ..."),
// counts without names ("signed by more than 80 organisations").
// Paragraphs inside a set already `found` are not scanned.
std::vector<FoundSignatories> FindProseSignatories(absl::string_view text,
                                                   const std::vector<Paragraph>& paragraphs,
                                                   const CountryNames& countries,
                                                   const std::vector<FoundSignatories>& found);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PROSE_SIGNATORIES_H_
