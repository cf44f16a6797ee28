#ifndef AMICUS_QUERY_SERVICE_NAME_CACHE_H_
#define AMICUS_QUERY_SERVICE_NAME_CACHE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "store/entity_resolver.h"

namespace amicus::query {

// What a name query resolves to in one state of the entity registry.
struct ResolvedName {
  std::vector<std::string> organization_keys;  // sorted
  store::PersonQuery person;
};

// Names resolved in the latest state seen (store::View::state_id), so that
// queries between two changes of the database resolve a name once:
// resolving it walked the registry with a seek per alias, ~40% of a
// one-record actor query's server instructions. Entries of an older state
// are dropped when a newer one is first asked for; a stream still reading
// an older state resolves without the cache. Thread-safe.
class NameCache {
 public:
  // `capacity` names per state; past it the cache starts over.
  explicit NameCache(size_t capacity) : capacity_(capacity) {}

  // The one the query service shares: state ids are unique in the
  // process, so every reader's views can use it.
  static NameCache& Shared();

  // What `key` resolved to in state `state_id`, or nullptr.
  std::shared_ptr<const ResolvedName> Find(uint64_t state_id,
                                           const std::string& key);

  void Put(uint64_t state_id, const std::string& key,
           std::shared_ptr<const ResolvedName> resolved);

 private:
  const size_t capacity_;
  absl::Mutex mu_;
  uint64_t state_id_ ABSL_GUARDED_BY(mu_) = 0;
  absl::flat_hash_map<std::string, std::shared_ptr<const ResolvedName>> names_
      ABSL_GUARDED_BY(mu_);
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_NAME_CACHE_H_
