#ifndef AMICUS_EXTRACT_SIGNATORIES_H_
#define AMICUS_EXTRACT_SIGNATORIES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "extract/countries.h"
#include "extract/signatory_entries.h"
#include "extract/text_units.h"

namespace amicus::extract {

// The organizations signing a letter: the lines after the closing
// ("Sincerely,", "Signatories:", "Signed by:"), one entry per line, with
// entries wrapped over two lines put back together, bullets and numbers
// removed, and a trailing "(Country)" moved to `country` when it names a
// country in the style the list uses for countries ("Presbyterian Church
// (USA)" stays whole in a list that writes "(US)"; "(AHDIS)" is an
// acronym). The addressee comes from the address block or salutation.
//
// A closing followed by one person's signature ("Jane Doe" / "President,
// Some Association" / "Kenya") gives that person. After the line lists,
// the signers named in running text (prose_signatories.h) that no list
// already covers.
std::vector<FoundSignatories> FindSignatories(absl::string_view text,
                                              const std::vector<Paragraph>& paragraphs,
                                              const CountryNames& countries);

// Whether a paragraph is a letter's salutation ("Dear President Biden:",
// "Your Excellency,").
bool IsSalutation(absl::string_view paragraph);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_SIGNATORIES_H_
