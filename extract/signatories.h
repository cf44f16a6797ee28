#ifndef AMICUS_EXTRACT_SIGNATORIES_H_
#define AMICUS_EXTRACT_SIGNATORIES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "extract/text_units.h"

namespace amicus::extract {

struct FoundSignatories {
  std::string addressee;
  std::vector<amicus::v1::Signatory> signatories;
  Range evidence;  // from the first entry to the last
  // 0..1: how surely this is a list of signers (SignatorySet.confidence);
  // each entry carries its own in Signatory.confidence.
  float confidence = 0.5f;
};

// The organizations signing a letter: the lines after the closing
// ("Sincerely,", "Signatories:", "Signed by:"), one entry per line, with
// entries wrapped over two lines put back together, bullets and numbers
// removed, and a trailing "(Country)" moved to `country` when it names a
// country in the style the list uses for countries ("Presbyterian Church
// (USA)" stays whole in a list that writes "(US)"; "(AHDIS)" is an
// acronym). The addressee comes from the address block or salutation.
std::vector<FoundSignatories> FindSignatories(
    absl::string_view text, const std::vector<Paragraph>& paragraphs);

// Whether a paragraph is a letter's salutation ("Dear President Biden:",
// "Your Excellency,").
bool IsSalutation(absl::string_view paragraph);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_SIGNATORIES_H_
