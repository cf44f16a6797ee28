#include "store/name_key.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "store/latin_fold.h"

namespace amicus::store {

std::string NormalizeName(absl::string_view name) {
  std::string out;
  bool pending_space = false;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t start = pos;
    char32_t cp = NextCodePoint(name, &pos);
    if (IsSeparator(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (IsDropped(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    AppendFolded(cp, name.substr(start, pos - start), &out);
  }
  return out;
}

std::vector<std::string> PersonNameKeys(absl::string_view name) {
  std::vector<std::string> words =
      absl::StrSplit(NormalizeName(name), ' ', absl::SkipEmpty());
  std::vector<std::string> keys;
  for (size_t i = 0; i < words.size(); ++i) {
    keys.push_back(absl::StrJoin(words.begin() + i, words.end(), " "));
  }
  return keys;
}

std::string OrganizationQueryKey(absl::string_view query) {
  std::string key = NormalizeName(query);
  if (absl::StartsWith(key, "the ")) key.erase(0, 4);
  return key;
}

std::vector<std::string> OrganizationKeys(absl::string_view name,
                                          absl::string_view acronym) {
  std::vector<std::string> keys;
  for (absl::string_view part : {name, acronym}) {
    std::string key = OrganizationQueryKey(part);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) {
      keys.push_back(std::move(key));
    }
  }
  return keys;
}

}  // namespace amicus::store
