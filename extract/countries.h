#ifndef AMICUS_EXTRACT_COUNTRIES_H_
#define AMICUS_EXTRACT_COUNTRIES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace amicus::extract {

// The canonical English name of the country `name` denotes ("USA", "US",
// "U.S." -> "United States"; "DRC" -> "Democratic Republic of the Congo";
// "Kenya" -> "Kenya"), or empty when it is not a country. Several
// countries joined by "and", "&" or "/" ("Ukraine and France") yield
// their canonical names joined the same way.
std::string CanonicalCountry(absl::string_view name);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_COUNTRIES_H_
