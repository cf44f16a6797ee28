#ifndef AMICUS_EXTRACT_SLASH_DATES_H_
#define AMICUS_EXTRACT_SLASH_DATES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/dates.h"
#include "extract/text_units.h"

namespace amicus::extract {

// Whether the text writes its dates day first ("12 May 2024", "on 3
// June") more often than month first ("May 12, 2024"). Used to read an
// ambiguous slash date ("12/05/2024"): outside the United States, where
// most of the genre is written, it is the 12th of May.
bool WritesDayFirst(absl::string_view text);

// `date` read day first when the head of the text stamps it as an
// ambiguous slash date (both of its first numbers could be the month)
// and the text writes its other dates day first; `date` unchanged
// otherwise.
DateValue SlashDateInTextOrder(absl::string_view text, const std::vector<Paragraph>& paras,
                               const DateValue& date);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_SLASH_DATES_H_
