#include "store/name_memo.h"

#include <utility>

#include "store/entity_names.h"
#include "store/name_key.h"

namespace amicus::store {

const PersonNameParts& NameMemo::Person(absl::string_view name) {
  auto found = people_.find(name);
  if (found != people_.end()) return found->second;
  PersonNameParts parts;
  parts.runs = PersonNameKeys(name);
  parts.normalized = NormalizeName(name);
  std::vector<std::string> words = PersonWords(name);
  parts.word_count = words.size();
  if (!words.empty()) parts.surname = std::move(words.back());
  return people_.emplace(std::string(name), std::move(parts)).first->second;
}

const OrganizationNameParts& NameMemo::Organization(absl::string_view name) {
  auto found = organizations_.find(name);
  if (found != organizations_.end()) return found->second;
  OrganizationNameParts parts;
  parts.key = OrganizationQueryKey(name);
  parts.first_word = DistinctiveFirstWord(name);
  parts.core = OrganizationCore(parts.key);
  return organizations_.emplace(std::string(name), std::move(parts))
      .first->second;
}

void NameMemo::Trim() {
  if (people_.size() + organizations_.size() <= capacity_) return;
  people_.clear();
  organizations_.clear();
}

}  // namespace amicus::store
