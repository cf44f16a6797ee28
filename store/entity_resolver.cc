#include "store/entity_resolver.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "absl/strings/str_cat.h"

#include "store/entity_entries.h"
#include "store/entity_names.h"
#include "store/key_codec.h"

namespace amicus::store {
namespace {

// How many entries a scan steps over before it seeks past the rest of a
// target's copies: a Next costs ~1,000 instructions, a seek ~60,000 (the
// memtables and every table file), and most targets have a few copies.
constexpr int kStepsBeforeSeek = 8;

// Distinct targets of the entries in [prefix, PrefixSuccessor(prefix)),
// where `split(key)` gives an entry's group (the prefix its target follows)
// and target, or nullopt for an entry of neither. A target is stored once
// per document stating it, so after each target the scan steps past a few
// of its copies and then jumps past the others: at most one seek per
// distinct target, however many documents repeat it (a common surname's
// people are named in thousands of records).
template <typename Split>
void ScanTargets(View& view, Cf family, const std::string& prefix, Split split,
                 std::map<std::string, std::set<std::string>>* targets) {
  const std::string upper = PrefixSuccessor(prefix);
  std::optional<Cursor> c;
  c.emplace(view.Scan({family, prefix, upper}));
  while (c->Valid()) {
    std::optional<std::pair<std::string, std::string>> entry =
        split(c->position());
    if (!entry.has_value()) {
      c->Next();
      continue;
    }
    const std::string past = PrefixSuccessor(
        absl::StrCat(entry->first, entry->second, absl::string_view("\0", 1)));
    (*targets)[entry->first].insert(entry->second);
    int steps = 0;
    do {
      c->Next();
    } while (c->Valid() && c->position() < past && ++steps < kStepsBeforeSeek);
    if (c->Valid() && c->position() < past) {
      c.emplace(view.Scan({family, past, upper}));
    }
  }
}

// People registered under one surname prefix.
std::set<std::string> People(View& view, const std::string& prefix) {
  std::map<std::string, std::set<std::string>> found;
  ScanTargets(
      view, Cf::kPeopleBySurname, prefix,
      [&prefix](absl::string_view key)
          -> std::optional<std::pair<std::string, std::string>> {
        std::optional<std::string> target = EdgeTarget(key, prefix);
        if (!target.has_value()) return std::nullopt;
        return std::make_pair(prefix, *std::move(target));
      },
      &found);
  return found[prefix];
}

// The registry's organization edges, each name's read once per resolution
// and all three kinds at once: they share the key prefix name + 0x00, and
// a query's own name needs all three (one seek where there were three).
class Edges {
 public:
  explicit Edges(View& view) : view_(view) {}

  const std::set<std::string>& Of(const std::string& from, EdgeKind kind) {
    const std::string prefix = EdgePrefix(from, kind);
    if (!read_.count(from)) Read(from);
    return targets_[prefix];
  }

 private:
  void Read(const std::string& from) {
    read_.insert(from);
    const std::string base = absl::StrCat(from, absl::string_view("\0", 1));
    ScanTargets(
        view_, Cf::kOrganizationAliases, base,
        [&base](absl::string_view key)
            -> std::optional<std::pair<std::string, std::string>> {
          if (key.size() <= base.size()) return std::nullopt;
          std::string prefix(key.substr(0, base.size() + 1));
          std::optional<std::string> target = EdgeTarget(key, prefix);
          if (!target.has_value()) return std::nullopt;
          return std::make_pair(std::move(prefix), *std::move(target));
        },
        &targets_);
  }

  View& view_;
  std::set<std::string> read_;
  // By edge prefix (EdgePrefix).
  std::map<std::string, std::set<std::string>> targets_;
};

// The organization `core` stands for: itself and every name with it.
void AddCoreGroup(Edges& edges, const std::string& core,
                  std::set<std::string>* keys) {
  keys->insert(core);
  for (const std::string& name : edges.Of(core, EdgeKind::kCoreToName)) {
    keys->insert(name);
  }
}

}  // namespace

std::vector<std::string> ResolveOrganization(View& view,
                                             absl::string_view org_key) {
  std::string key(org_key);
  Edges edges(view);
  std::set<std::string> cores = {OrganizationCore(key)};
  for (const std::string& name : edges.Of(key, EdgeKind::kShortToName)) {
    cores.insert(OrganizationCore(name));
  }
  std::set<std::string> keys = {key};
  for (const std::string& core : cores) AddCoreGroup(edges, core, &keys);
  std::set<std::string> names = keys;
  for (const std::string& name : names) {
    for (const std::string& shorter : edges.Of(name, EdgeKind::kNameToShort)) {
      const std::set<std::string>& meanings =
          edges.Of(shorter, EdgeKind::kShortToName);
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
  for (const std::string& known :
       People(view, SurnamePrefix(query.words.back()))) {
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
