#ifndef AMICUS_CLI_DATE_FLAGS_H_
#define AMICUS_CLI_DATE_FLAGS_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"

namespace amicus::cli {

// "2019", "2019-03" or "2019-03-15" -> a (possibly partial) Date.
// INVALID_ARGUMENT, naming the flag, for anything else, including dates
// that do not exist ("2019-02-30").
absl::StatusOr<v1::Date> ParseDateFlag(absl::string_view flag_name,
                                       absl::string_view value);

// The inverse: "2019", "2019-03", "2019-03-15", or "undated" for year 0.
std::string FormatDate(const v1::Date& date);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_DATE_FLAGS_H_
