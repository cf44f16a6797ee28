#ifndef AMICUS_EXTRACT_SEQUEL_DATES_H_
#define AMICUS_EXTRACT_SEQUEL_DATES_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extract/dates.h"

namespace amicus::extract {

// Dates a sentence gives only by its place after the happening told just
// before it: "the following day", "the day after the attack", "the same
// day", "two days later", "later that month", "earlier that year".
// `earlier` holds the dates the text stated before, latest last; each
// expression counts from the latest one precise enough for it (a day for
// "the next day", a month for "later that month"). The mentions are
// relative, with byte offsets in `sentence`; "the day after X," opening
// the sentence spans up to its comma, so that X is not read as the
// subject.
std::vector<DateMention> FindSequelDates(absl::string_view sentence,
                                         const std::vector<DateValue>& earlier);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_SEQUEL_DATES_H_
