#ifndef AMICUS_STORE_PERSON_INDEX_H_
#define AMICUS_STORE_PERSON_INDEX_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "store/column_families.h"
#include "store/entity_resolver.h"

namespace amicus::store {

// The person indexes (events_by_actor, quotes_by_speaker) file a record
// under its person's normalized full name marked "exact", and under each
// shorter trailing run of the name marked "trailing":
//
//   "michael r pompeo" 0x00 'e' record key
//   "r pompeo"         0x00 't' record key
//   "pompeo"           0x00 't' record key
//
// so one prefix answers "named exactly X" and two answer "named X or a
// longer name ending in X". Before the mark (layout version 2), "pompeo"
// held every Pompeo, and a query for one of them read all of them.

// Whether `family` is one of the person indexes.
bool IsPersonIndex(Cf family);

// Index keys of one person's name; empty for a name without words.
std::vector<std::string> PersonIndexKeys(absl::string_view name,
                                         absl::string_view record_key);
// The same from the name's PersonNameKeys (`runs`), already computed.
std::vector<std::string> PersonIndexKeysOfRuns(
    const std::vector<std::string>& runs, absl::string_view record_key);

// Prefix of the records whose person's normalized name is `name_key`.
std::string ExactNamePrefix(absl::string_view name_key);

// Prefix of the records whose person's normalized name ends with the words
// of `name_key` and has more words before them.
std::string TrailingNamePrefix(absl::string_view name_key);

// Prefixes holding every record whose person PersonMatches `query` (and
// nothing else): names ending with the query, registered names compatible
// with it, and the bare surname when it is the query's.
std::vector<std::string> PersonPrefixes(const PersonQuery& query);

// Prefixes holding every record whose person is named like an organization
// with key `org_key` ("amnesty international", also written "the amnesty
// international").
std::vector<std::string> OrganizationNamedPrefixes(absl::string_view org_key);

}  // namespace amicus::store

#endif  // AMICUS_STORE_PERSON_INDEX_H_
