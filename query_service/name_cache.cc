#include "query_service/name_cache.h"

#include <utility>

namespace amicus::query {

NameCache& NameCache::Shared() {
  // A few thousand distinct names per state is more than any workload
  // here asks between two writes; each entry is a few small strings.
  static NameCache* cache = new NameCache(4096);
  return *cache;
}

std::shared_ptr<const ResolvedName> NameCache::Find(uint64_t state_id,
                                                    const std::string& key) {
  absl::MutexLock lock(&mu_);
  if (state_id != state_id_) return nullptr;
  auto it = names_.find(key);
  return it == names_.end() ? nullptr : it->second;
}

void NameCache::Put(uint64_t state_id, const std::string& key,
                    std::shared_ptr<const ResolvedName> resolved) {
  absl::MutexLock lock(&mu_);
  // Ids grow with time: an older state's answer is of no later use.
  if (state_id < state_id_) return;
  if (state_id > state_id_ || names_.size() >= capacity_) {
    names_.clear();
    state_id_ = state_id;
  }
  names_[key] = std::move(resolved);
}

}  // namespace amicus::query
