#ifndef AMICUS_EXTRACT_PLURAL_REFERENT_H_
#define AMICUS_EXTRACT_PLURAL_REFERENT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "extract/events.h"

namespace amicus::extract {

// Whom a subject "they" stands for, read in `passage` (the text before
// the pronoun: its own sentence's start, then the sentence before): the
// plural group or body named last, "UN experts", "the Coastal Rights
// Network", "the authorities". Never a person; "" when none is named.
std::string PluralReferent(absl::string_view passage, const EventContext& ctx);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PLURAL_REFERENT_H_
