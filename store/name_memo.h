#ifndef AMICUS_STORE_NAME_MEMO_H_
#define AMICUS_STORE_NAME_MEMO_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/container/node_hash_map.h"
#include "absl/strings/string_view.h"

namespace amicus::store {

// What the store's keys take from a person's name (name_key.h,
// entity_names.h).
struct PersonNameParts {
  std::vector<std::string> runs;  // PersonNameKeys(name)
  std::string normalized;         // NormalizeName(name)
  size_t word_count = 0;          // PersonWords(name).size()
  std::string surname;            // PersonWords(name).back(), if any
};

// What they take from an organization's name or acronym.
struct OrganizationNameParts {
  std::string key;         // OrganizationQueryKey(name)
  std::string first_word;  // DistinctiveFirstWord(name)
  std::string core;        // OrganizationCore(key)
};

// The parts above by the name as written, for the writer: documents name
// the same people and organizations again and again, and folding a name
// (decoding, the fold table, splitting and joining its words) cost ~4,000
// instructions each time, a seventh of building a document's entries. The
// parts are those of the functions named above, computed at a name's first
// use. Not thread-safe: the writer uses one under its lock.
class NameMemo {
 public:
  // Names remembered before Trim forgets them all: ~150 bytes each, so
  // ~1.2 MB at most in each writer (amicus-ingest, every replica).
  static constexpr size_t kDefaultCapacity = 1 << 13;
  explicit NameMemo(size_t capacity = kDefaultCapacity)
      : capacity_(capacity) {}

  // References stay valid until the next Trim.
  const PersonNameParts& Person(absl::string_view name);
  const OrganizationNameParts& Organization(absl::string_view name);

  // Forgets everything once more than the capacity is remembered: called
  // between documents, so memory stays bounded and what a document holds
  // stays valid while its entries are built.
  void Trim();

 private:
  size_t capacity_;
  absl::node_hash_map<std::string, PersonNameParts> people_;
  absl::node_hash_map<std::string, OrganizationNameParts> organizations_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_NAME_MEMO_H_
