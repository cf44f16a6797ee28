#include "store/person_index.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "store/name_key.h"

namespace amicus::store {
namespace {

constexpr char kExactMark = 'e';
constexpr char kTrailingMark = 't';

std::string MarkedPrefix(absl::string_view name_key, char mark) {
  return absl::StrCat(name_key, absl::string_view("\0", 1),
                      absl::string_view(&mark, 1));
}

}  // namespace

bool IsPersonIndex(Cf family) {
  return family == Cf::kEventsByActor || family == Cf::kQuotesBySpeaker;
}

std::vector<std::string> PersonIndexKeys(absl::string_view name,
                                         absl::string_view record_key) {
  return PersonIndexKeysOfRuns(PersonNameKeys(name), record_key);
}

std::vector<std::string> PersonIndexKeysOfRuns(
    const std::vector<std::string>& runs, absl::string_view record_key) {
  std::vector<std::string> keys;
  keys.reserve(runs.size());
  for (size_t i = 0; i < runs.size(); ++i) {
    const char mark = i == 0 ? kExactMark : kTrailingMark;
    keys.push_back(absl::StrCat(runs[i], absl::string_view("\0", 1),
                                absl::string_view(&mark, 1), record_key));
  }
  return keys;
}

std::string ExactNamePrefix(absl::string_view name_key) {
  return MarkedPrefix(name_key, kExactMark);
}

std::string TrailingNamePrefix(absl::string_view name_key) {
  return MarkedPrefix(name_key, kTrailingMark);
}

std::vector<std::string> PersonPrefixes(const PersonQuery& query) {
  if (query.words.empty()) return {};
  std::string name = absl::StrJoin(query.words, " ");
  std::vector<std::string> prefixes = {ExactNamePrefix(name),
                                       TrailingNamePrefix(name)};
  // A one-word query is a surname: the two above are all of its matches.
  if (query.words.size() < 2) return prefixes;
  for (const std::string& known : query.compatible_names) {
    if (known != name) prefixes.push_back(ExactNamePrefix(known));
  }
  if (query.bare_surname_matches) {
    prefixes.push_back(ExactNamePrefix(query.words.back()));
  }
  return prefixes;
}

std::vector<std::string> OrganizationNamedPrefixes(absl::string_view org_key) {
  // OrganizationQueryKey drops one leading "the": these two names are all
  // that fold to `org_key`.
  return {ExactNamePrefix(org_key),
          ExactNamePrefix(absl::StrCat("the ", org_key))};
}

}  // namespace amicus::store
