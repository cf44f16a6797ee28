#ifndef AMICUS_EXTRACT_HEADER_DATES_H_
#define AMICUS_EXTRACT_HEADER_DATES_H_

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "extract/dates.h"

namespace amicus::extract {

// The first all-numeric date in `s`, the way page headers and wire
// services stamp them: "2014/08/15" (year first), "27.4.2016" and
// "23.09.15" (day first, as dots and dashes are written), "11/28/2024"
// (a slash date is month first unless its first number cannot be a
// month). Parts must be one or two digits and the year two or four, so
// reference numbers ("43/8812/2025") and versions are not dates.
absl::optional<DateMention> FindNumericDate(absl::string_view s);

// The first absolute date of `s` that names at least a month, written
// out ("Sep 11, 2020", "16 July 2015", "2015-07-16") or numeric.
absl::optional<DateMention> FirstHeaderDate(absl::string_view s);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_HEADER_DATES_H_
