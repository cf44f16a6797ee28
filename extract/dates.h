#ifndef AMICUS_EXTRACT_DATES_H_
#define AMICUS_EXTRACT_DATES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "amicus/v1/records.pb.h"

namespace amicus::extract {

struct DateValue {
  int year = 0;
  int month = 0;  // 0 when unknown
  int day = 0;    // 0 when unknown
  amicus::v1::DatePrecision precision =
      amicus::v1::DATE_PRECISION_UNSPECIFIED;
  bool operator==(const DateValue& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
};

struct DateMention {
  size_t begin = 0;  // byte range of the expression in the searched text
  size_t end = 0;
  DateValue date;
  bool relative = false;  // resolved against the document's date
  // Introduced by "since", "until", "by", "from", "before": a bound of a
  // period rather than the day something happened.
  bool bound = false;
  // "one month after X" counted from another date of the same text: the
  // date of X. `anchored_clause` is where X's clause starts (after "after").
  bool anchored = false;
  size_t anchored_clause = 0;
};

struct DateScan {
  std::vector<DateMention> mentions;
  size_t invalid = 0;  // dates that do not exist ("31 April 2020"), skipped
};

// Every date expression in `text`: absolute ("15 March 2019", "March 27,
// 2020", "2019-03-15", "March 2019", "in 2019") and relative ones resolved
// against `document_date` ("on May 20", "today", "yesterday", "last June",
// "earlier this month", "last year"), and offsets from another date of the
// same text ("on 20 January 2020, one month after ..."). Relative
// expressions that cannot be resolved are left out, never guessed.
DateScan FindDates(absl::string_view text,
                   const absl::optional<DateValue>& document_date);

// 1..12 for an English month name or abbreviation, else 0.
int MonthNumber(absl::string_view word);

amicus::v1::Date ToProto(const DateValue& d);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_DATES_H_
