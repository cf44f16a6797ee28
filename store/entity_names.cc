#include "store/entity_names.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "store/name_key.h"

namespace amicus::store {
namespace {

// Words that describe what kind of body an organization is rather than
// which one: "REDRESS" and "REDRESS Trust" are the same organization.
bool IsGenericSuffix(absl::string_view word) {
  static const auto* words = new absl::flat_hash_set<std::string>{
      "trust",   "foundation",   "foundations", "organisation",
      "organization", "international", "network", "ngo",
      "inc",     "ltd"};
  return words->contains(word);
}

bool TokenCompatible(absl::string_view a, absl::string_view b) {
  if (a == b) return true;
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  return a.size() == 1 || b.size() == 1;
}

bool AllCapitals(absl::string_view word) {
  bool any_letter = false;
  for (char c : word) {
    if (absl::ascii_islower(c)) return false;
    any_letter = any_letter || absl::ascii_isupper(c);
  }
  return any_letter;
}

}  // namespace

std::string OrganizationCore(absl::string_view org_key) {
  std::vector<absl::string_view> words =
      absl::StrSplit(org_key, ' ', absl::SkipEmpty());
  while (words.size() > 1 && IsGenericSuffix(words.back())) words.pop_back();
  return absl::StrJoin(words, " ");
}

std::string DistinctiveFirstWord(absl::string_view name) {
  std::vector<absl::string_view> words =
      absl::StrSplit(name, absl::ByAnyChar(" \t\n"), absl::SkipEmpty());
  if (words.size() < 2 || !AllCapitals(words[0])) return "";
  bool rest_in_capitals = std::all_of(words.begin() + 1, words.end(),
                                      [](absl::string_view w) {
                                        return AllCapitals(w) ||
                                               !absl::ascii_isalpha(w[0]);
                                      });
  std::string first = NormalizeName(words[0]);
  if (rest_in_capitals || first.size() < 4 ||
      first.find(' ') != std::string::npos) {
    return "";
  }
  return first;
}

std::vector<std::string> PersonWords(absl::string_view name) {
  return absl::StrSplit(NormalizeName(name), ' ', absl::SkipEmpty());
}

bool GivenNamesCompatible(const std::vector<std::string>& a,
                          const std::vector<std::string>& b) {
  size_t shared = std::min(a.size(), b.size());
  if (shared == 0) return false;
  for (size_t i = 0; i < shared; ++i) {
    if (!TokenCompatible(a[i], b[i])) return false;
  }
  return true;
}

bool SamePerson(const std::vector<std::string>& a,
                const std::vector<std::string>& b) {
  if (a.size() < 2 || b.size() < 2 || a.back() != b.back()) return false;
  return GivenNamesCompatible(std::vector<std::string>(a.begin(), a.end() - 1),
                              std::vector<std::string>(b.begin(), b.end() - 1));
}

}  // namespace amicus::store
