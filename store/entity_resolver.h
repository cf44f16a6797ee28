#ifndef AMICUS_STORE_ENTITY_RESOLVER_H_
#define AMICUS_STORE_ENTITY_RESOLVER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "store/view.h"

namespace amicus::store {

// Query names resolved through the entity registry of one view, at query
// time, so that records stored before an alias was learned are found too.

// Every organization key naming the organization `org_key` names, sorted:
// the key itself; every name with the same core ("redress" and "redress
// trust"); and the acronyms and distinctive first words of those names that
// stand for nothing else. A short form that documents define for several
// organizations ("ICJ": the International Commission of Jurists and the
// International Court of Justice) resolves to all of them, but none of them
// resolves to it: records that give only the short form stay with the
// short form.
std::vector<std::string> ResolveOrganization(View& view,
                                             absl::string_view org_key);

// A person's name as a query: which stored names stand for the same person.
struct PersonQuery {
  // Folded words of the query ("michael r pompeo").
  std::vector<std::string> words;
  // Whether a record giving only the surname means this person: true when
  // no registered person with that surname is incompatible with the query.
  bool bare_surname_matches = false;
  // Registered full names (normalized) with the query's surname and
  // compatible given names ("m okonkwo" for "Maria Okonkwo"): with the
  // names ending in the query, every longer name that can be this person.
  std::vector<std::string> compatible_names;
};

PersonQuery ResolvePerson(View& view, absl::string_view name);

// The families ResolveOrganization and ResolvePerson read: a view that
// resolves names must open them (View).
CfSet RegistryFamilies();

// Whether `name` (as stored in a record) names the queried person: the
// query is the name or a trailing run of its words ("Pompeo", "R. Pompeo"
// find "Michael R. Pompeo"), or both share the surname with compatible
// given names ("Michael Pompeo" ~ "M. R. Pompeo"), or the record gives only
// the surname and bare_surname_matches.
bool PersonMatches(const PersonQuery& query, absl::string_view name);

}  // namespace amicus::store

#endif  // AMICUS_STORE_ENTITY_RESOLVER_H_
