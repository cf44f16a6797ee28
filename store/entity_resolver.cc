#include "store/entity_resolver.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"

#include "store/entity_entries.h"
#include "store/entity_names.h"
#include "store/key_codec.h"

namespace amicus::store {
namespace {

// Distinct targets of the entries under `prefix` (edges of one kind leaving
// a name, or people with one surname). A target is stored once per document
// stating it, so after each target the scan jumps past its other copies:
// one seek per distinct target, however many documents repeat it (a
// common surname's people are named in thousands of records).
std::set<std::string> Targets(View& view, Cf family, const std::string& prefix) {
  std::set<std::string> targets;
  const std::string upper = PrefixSuccessor(prefix);
  std::string lower = prefix;
  while (true) {
    Cursor c = view.Scan({family, lower, upper});
    if (!c.Valid()) return targets;
    std::optional<std::string> target = EdgeTarget(c.position(), prefix);
    if (!target.has_value()) {
      lower = std::string(c.position()) + '\0';
      continue;
    }
    lower = PrefixSuccessor(
        absl::StrCat(prefix, *target, absl::string_view("\0", 1)));
    targets.insert(*std::move(target));
  }
}

std::set<std::string> Edges(View& view, const std::string& from,
                            EdgeKind kind) {
  return Targets(view, Cf::kOrganizationAliases, EdgePrefix(from, kind));
}

// The organization `core` stands for: itself and every name with it.
void AddCoreGroup(View& view, const std::string& core,
                  std::set<std::string>* keys) {
  keys->insert(core);
  for (const std::string& name : Edges(view, core, EdgeKind::kCoreToName)) {
    keys->insert(name);
  }
}

}  // namespace

std::vector<std::string> ResolveOrganization(View& view,
                                             absl::string_view org_key) {
  std::string key(org_key);
  std::set<std::string> cores = {OrganizationCore(key)};
  for (const std::string& name : Edges(view, key, EdgeKind::kShortToName)) {
    cores.insert(OrganizationCore(name));
  }
  std::set<std::string> keys = {key};
  for (const std::string& core : cores) AddCoreGroup(view, core, &keys);
  std::set<std::string> names = keys;
  for (const std::string& name : names) {
    for (const std::string& shorter : Edges(view, name, EdgeKind::kNameToShort)) {
      std::set<std::string> meanings =
          Edges(view, shorter, EdgeKind::kShortToName);
      bool only_this = std::all_of(
          meanings.begin(), meanings.end(), [&cores](const std::string& m) {
            return cores.count(OrganizationCore(m)) > 0;
          });
      if (only_this) keys.insert(shorter);
    }
  }
  return std::vector<std::string>(keys.begin(), keys.end());
}

PersonQuery ResolvePerson(View& view, absl::string_view name) {
  PersonQuery query;
  query.words = PersonWords(name);
  if (query.words.empty()) return query;
  query.bare_surname_matches = true;
  if (query.words.size() < 2) return query;
  for (const std::string& known : Targets(view, Cf::kPeopleBySurname,
                                          SurnamePrefix(query.words.back()))) {
    if (SamePerson(query.words, PersonWords(known))) {
      query.compatible_names.push_back(known);
    } else {
      query.bare_surname_matches = false;
    }
  }
  return query;
}

CfSet RegistryFamilies() {
  CfSet families;
  families.set(CfIndex(Cf::kOrganizationAliases));
  families.set(CfIndex(Cf::kPeopleBySurname));
  return families;
}

bool PersonMatches(const PersonQuery& query, absl::string_view name) {
  std::vector<std::string> words = PersonWords(name);
  if (query.words.empty() || words.empty()) return false;
  if (words.size() >= query.words.size() &&
      std::equal(query.words.rbegin(), query.words.rend(), words.rbegin())) {
    return true;
  }
  if (words.size() == 1) {
    return query.bare_surname_matches && words[0] == query.words.back();
  }
  return SamePerson(query.words, words);
}

}  // namespace amicus::store
