#include "ingest_service/content_budget.h"

#include <utility>

#include "absl/time/time.h"

namespace amicus::ingest {
namespace {
constexpr absl::Duration kCancelCheck = absl::Milliseconds(100);
}  // namespace

ContentBudget::Lease& ContentBudget::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    Release();
    budget_ = std::exchange(other.budget_, nullptr);
    bytes_ = std::exchange(other.bytes_, 0);
  }
  return *this;
}

void ContentBudget::Lease::Release() {
  if (budget_ != nullptr) std::exchange(budget_, nullptr)->Give(bytes_);
  bytes_ = 0;
}

bool ContentBudget::Admissible(uint64_t ticket, size_t bytes) const {
  return ticket == serving_ && (leased_ == 0 || leased_ + bytes <= capacity_);
}

std::optional<ContentBudget::Lease> ContentBudget::Acquire(
    size_t bytes, const std::function<bool()>& cancelled) {
  absl::MutexLock lock(&mu_);
  const uint64_t ticket = next_ticket_++;
  auto admissible = [this, ticket, bytes]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return Admissible(ticket, bytes);
  };
  while (!mu_.AwaitWithTimeout(absl::Condition(&admissible), kCancelCheck)) {
    if (!cancelled()) continue;
    // Whoever waits behind this ticket may be admissible now; a ticket
    // whose turn has not come is skipped when it does.
    if (ticket == serving_) {
      NextTurn();
    } else {
      abandoned_.insert(ticket);
    }
    return std::nullopt;
  }
  leased_ += bytes;
  NextTurn();
  return Lease(this, bytes);
}

void ContentBudget::NextTurn() {
  ++serving_;
  while (abandoned_.erase(serving_) > 0) ++serving_;
}

void ContentBudget::Give(size_t bytes) {
  absl::MutexLock lock(&mu_);
  leased_ -= bytes;
}

size_t ContentBudget::leased() const {
  absl::MutexLock lock(&mu_);
  return leased_;
}

}  // namespace amicus::ingest
