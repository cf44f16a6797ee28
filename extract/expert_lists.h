#ifndef AMICUS_EXTRACT_EXPERT_LISTS_H_
#define AMICUS_EXTRACT_EXPERT_LISTS_H_

#include <optional>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/signatory_entries.h"
#include "extract/text_units.h"

namespace amicus::extract {

// The mandate holders a UN special-procedures release ends with: "The
// experts: Mary Lawlor, Special Rapporteur on ...; Clément Voule, ...",
// in one paragraph or one per line after "The experts:". They issue the
// release jointly, so they are its signers, by name without the mandate
// (a working group by its name). Nothing when fewer than two are listed.
std::optional<FoundSignatories> FindExpertList(absl::string_view text,
                                               const std::vector<Paragraph>& paragraphs);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_EXPERT_LISTS_H_
