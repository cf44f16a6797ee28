#ifndef AMICUS_STORE_NAME_KEY_H_
#define AMICUS_STORE_NAME_KEY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace amicus::store {

// The form names are indexed and queried in, so that "Michael R. Pompeo",
// "MICHAEL R POMPEO" and "Michaël R Pompeo" meet: ASCII lowercased, Latin
// accents folded (é -> e, ß -> ss), dashes and slashes turned into spaces,
// other punctuation dropped ("R." -> "r", "O'Brien" -> "obrien"), whitespace
// collapsed and trimmed. Letters of other scripts are kept as they are.
std::string NormalizeName(absl::string_view name);

// Keys a person is indexed under: the normalized full name and every
// trailing word sequence ("michael r pompeo", "r pompeo", "pompeo"), so
// that a surname query is an exact key lookup. Empty for an empty name.
std::vector<std::string> PersonNameKeys(absl::string_view name);

// Keys an organization is indexed under: its normalized name without a
// leading "the", and its normalized acronym. Duplicates and empties removed.
std::vector<std::string> OrganizationKeys(absl::string_view name,
                                          absl::string_view acronym);

// The key a query string for an organization is looked up under.
std::string OrganizationQueryKey(absl::string_view query);

}  // namespace amicus::store

#endif  // AMICUS_STORE_NAME_KEY_H_
