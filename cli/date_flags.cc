#include "cli/date_flags.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"

namespace amicus::cli {
namespace {

bool ParseField(absl::string_view text, size_t digits, int min, int max,
                int* out) {
  if (text.size() != digits) return false;
  for (char c : text) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return false;
  }
  return absl::SimpleAtoi(text, out) && *out >= min && *out <= max;
}

// CivilDay normalizes out-of-range days (Feb 30 -> Mar 2); a real date
// survives the round trip unchanged.
bool DayExists(int year, int month, int day) {
  absl::CivilDay civil(year, month, day);
  return civil.month() == month && civil.day() == day;
}

}  // namespace

absl::StatusOr<v1::Date> ParseDateFlag(absl::string_view flag_name,
                                       absl::string_view value) {
  const std::vector<absl::string_view> parts = absl::StrSplit(value, '-');
  const absl::Status invalid = absl::InvalidArgumentError(absl::StrFormat(
      "--%s=%s is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD",
      flag_name, value));
  int year = 0, month = 0, day = 0;
  if (parts.size() > 3 || !ParseField(parts[0], 4, 1, 9999, &year)) {
    return invalid;
  }
  if (parts.size() >= 2 && !ParseField(parts[1], 2, 1, 12, &month)) {
    return invalid;
  }
  if (parts.size() == 3 &&
      (!ParseField(parts[2], 2, 1, 31, &day) || !DayExists(year, month, day))) {
    return invalid;
  }
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

std::string FormatDate(const v1::Date& date) {
  if (date.year() == 0) return "undated";
  if (date.month() == 0) return absl::StrFormat("%04d", date.year());
  if (date.day() == 0) {
    return absl::StrFormat("%04d-%02d", date.year(), date.month());
  }
  return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(),
                         date.day());
}

}  // namespace amicus::cli
