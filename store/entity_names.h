#ifndef AMICUS_STORE_ENTITY_NAMES_H_
#define AMICUS_STORE_ENTITY_NAMES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace amicus::store {

// The rules that decide when two names stand for one entity, on names
// already folded by NormalizeName / OrganizationQueryKey.

// An organization key without trailing generic words ("trust",
// "foundation", "organisation", "international", "network", ...), keeping
// at least one word: "redress trust" -> "redress", "amnesty international"
// -> "amnesty". Names with the same core are one organization.
std::string OrganizationCore(absl::string_view org_key);

// The first word of an organization name as written, folded, when it is
// distinctive: all capitals, at least four letters, and not because the
// whole name is in capitals ("REDRESS Trust" -> "redress", "CIVICUS World
// Alliance" -> "civicus"; "HUMAN RIGHTS WATCH" -> ""). Empty otherwise.
std::string DistinctiveFirstWord(absl::string_view name);

// Folded words of a person's name ("Michael R. Pompeo" -> michael r pompeo).
std::vector<std::string> PersonWords(absl::string_view name);

// Whether two lists of given names (without the surname, both non-empty)
// can name the same person: first names equal or one the other's initial,
// and so for every middle name both give ("michael r" ~ "michael",
// "m" ~ "michael richard"; "michael j" !~ "michael r").
bool GivenNamesCompatible(const std::vector<std::string>& a,
                          const std::vector<std::string>& b);

// Whether two full names (folded words, at least two each) share the
// surname and have compatible given names.
bool SamePerson(const std::vector<std::string>& a,
                const std::vector<std::string>& b);

}  // namespace amicus::store

#endif  // AMICUS_STORE_ENTITY_NAMES_H_
