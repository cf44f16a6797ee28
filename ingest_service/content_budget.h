#ifndef AMICUS_INGEST_SERVICE_CONTENT_BUDGET_H_
#define AMICUS_INGEST_SERVICE_CONTENT_BUDGET_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <utility>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_set.h"
#include "absl/synchronization/mutex.h"

namespace amicus::ingest {

// Bounds the content bytes of the documents the whole process is working
// on at once, from admission until they are stored. Extracting and
// storing a document takes ~70x its content in memory (a 15 MB document
// peaked amicus-ingest at 1.04 GB: RELIABILITY.md, "Large documents at
// once"), so without a bound across calls, a few maximal documents at once
// take the process past any memory limit. Documents are admitted first
// come, first served; one is always admitted when nothing else holds the
// budget, so a document larger than the budget waits to be alone instead
// of failing.
class ContentBudget {
 public:
  explicit ContentBudget(size_t bytes) : capacity_(bytes) {}
  ContentBudget(const ContentBudget&) = delete;
  ContentBudget& operator=(const ContentBudget&) = delete;

  // A share of the budget, given back when it goes.
  class Lease {
   public:
    Lease() = default;
    Lease(Lease&& other) noexcept { *this = std::move(other); }
    Lease& operator=(Lease&& other) noexcept;
    ~Lease() { Release(); }
    void Release();

   private:
    friend class ContentBudget;
    Lease(ContentBudget* budget, size_t bytes) : budget_(budget), bytes_(bytes) {}
    ContentBudget* budget_ = nullptr;
    size_t bytes_ = 0;
  };

  // Waits for `bytes` of the budget. Empty when `cancelled` turns true
  // first (it is asked every 100 ms), so a caller whose client is gone
  // stops waiting.
  std::optional<Lease> Acquire(size_t bytes,
                               const std::function<bool()>& cancelled);

  size_t capacity() const { return capacity_; }
  size_t leased() const;

 private:
  void Give(size_t bytes);
  void NextTurn() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  bool Admissible(uint64_t ticket, size_t bytes) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  const size_t capacity_;
  mutable absl::Mutex mu_;
  size_t leased_ ABSL_GUARDED_BY(mu_) = 0;
  // Tickets in arrival order: only the oldest waiter may take its share,
  // so a large document is not starved by small ones behind it.
  uint64_t next_ticket_ ABSL_GUARDED_BY(mu_) = 0;
  uint64_t serving_ ABSL_GUARDED_BY(mu_) = 0;
  absl::flat_hash_set<uint64_t> abandoned_ ABSL_GUARDED_BY(mu_);
};

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_CONTENT_BUDGET_H_
