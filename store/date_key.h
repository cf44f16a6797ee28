#ifndef AMICUS_STORE_DATE_KEY_H_
#define AMICUS_STORE_DATE_KEY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "store/key_codec.h"

namespace amicus::store {

// Date keys are year (2 bytes big-endian), month (1 byte), day (1 byte) with
// 0 for unknown parts, so a partial date sorts just before every full date
// it covers: 2019-00-00 < 2019-03-00 < 2019-03-01 < 2019-03-31 < 2019-04-00.
//
// Semantics of date filters: a record's date stands for an interval
// ("March 2019" = 2019-03-01..2019-03-31, "2019" = the whole year) and the
// record matches a requested interval when the two overlap. A record with no
// known date (year 0) matches no date filter.
constexpr size_t kDateKeyBytes = 4;

std::string EncodeDateKey(const amicus::v1::Date& date);
amicus::v1::Date DecodeDateKey(absl::string_view key);

// A requested interval, both ends inclusive, as full dates. An unset start
// means "from the beginning of time", an unset end "to the end".
struct DateInterval {
  amicus::v1::Date start;  // year 0 = open
  amicus::v1::Date end;    // year 0 = open
};

// Widens partial request dates: start to the first day of its year/month,
// end to the last possible day of its year/month.
DateInterval RequestInterval(const amicus::v1::Date& start,
                             const amicus::v1::Date& end);

// True if the date's own interval overlaps `interval`. Unknown dates never
// overlap.
bool DateOverlaps(const amicus::v1::Date& date, const DateInterval& interval);

// Index key range [lower, upper) that holds every date key overlapping
// `interval`, with gaps that hold none. Partial dates sort before the days
// they cover, so the range starts at the start year's own key ("2019" may
// overlap 2019-06-10); the gaps skip the rest of the year before the start
// but for the start month's own key ("2019-06"), so a one-day range in
// December reads that day, not the whole year.
struct DateKeyRange {
  std::string lower;
  std::string upper;
  std::vector<KeyGap> gaps = {};
};
DateKeyRange DateKeyRangeFor(const DateInterval& interval);

// True if the date is well-formed: year 0..9999, month 0..12, day 0..31,
// no day without a month, no month without a year.
bool IsValidDate(const amicus::v1::Date& date);

}  // namespace amicus::store

#endif  // AMICUS_STORE_DATE_KEY_H_
