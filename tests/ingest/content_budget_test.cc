// The process-wide bound on the content being extracted and stored: what
// keeps a few maximal documents at once from taking amicus-ingest past its
// memory limit, without failing any of them or letting one starve.
#include "ingest_service/content_budget.h"

#include <atomic>
#include <optional>
#include <thread>

#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"

namespace amicus::ingest {
namespace {

bool Never() { return false; }

// Acquires `bytes` on its own thread; `granted` is notified once it has.
class Waiter {
 public:
  Waiter(ContentBudget* budget, size_t bytes,
         std::function<bool()> cancelled = Never)
      : thread_([this, budget, bytes, cancelled] {
          lease_ = budget->Acquire(bytes, cancelled);
          done_.Notify();
        }) {}
  ~Waiter() { thread_.join(); }
  bool DoneWithin(absl::Duration d) {
    return done_.WaitForNotificationWithTimeout(d);
  }
  std::optional<ContentBudget::Lease>& lease() { return lease_; }

 private:
  std::optional<ContentBudget::Lease> lease_;
  absl::Notification done_;
  std::thread thread_;
};

TEST(ContentBudgetTest, SharesWithinTheBudgetAreGrantedAtOnce) {
  ContentBudget budget(100);
  auto a = budget.Acquire(60, Never);
  auto b = budget.Acquire(40, Never);
  ASSERT_TRUE(a.has_value() && b.has_value());
  EXPECT_EQ(budget.leased(), 100u);
  a.reset();
  EXPECT_EQ(budget.leased(), 40u);
}

TEST(ContentBudgetTest, ADocumentBeyondTheBudgetWaitsUntilSharesComeBack) {
  ContentBudget budget(100);
  auto held = budget.Acquire(70, Never);
  Waiter waiter(&budget, 50);
  EXPECT_FALSE(waiter.DoneWithin(absl::Milliseconds(300)));
  held.reset();
  ASSERT_TRUE(waiter.DoneWithin(absl::Seconds(10)));
  EXPECT_TRUE(waiter.lease().has_value());
  EXPECT_EQ(budget.leased(), 50u);
}

TEST(ContentBudgetTest, ADocumentLargerThanTheBudgetIsAdmittedAlone) {
  ContentBudget budget(100);
  auto alone = budget.Acquire(1000, Never);
  ASSERT_TRUE(alone.has_value());
  // Nothing else fits beside it, however small.
  Waiter small(&budget, 1);
  EXPECT_FALSE(small.DoneWithin(absl::Milliseconds(300)));
  alone.reset();
  EXPECT_TRUE(small.DoneWithin(absl::Seconds(10)));
}

TEST(ContentBudgetTest, SmallDocumentsDoNotOvertakeALargeOneWaiting) {
  ContentBudget budget(100);
  auto held = budget.Acquire(50, Never);
  Waiter large(&budget, 90);
  absl::SleepFor(absl::Milliseconds(100));  // so it has its turn first
  Waiter small(&budget, 10);  // would fit beside `held`, but comes second
  EXPECT_FALSE(small.DoneWithin(absl::Milliseconds(300)));
  held.reset();
  ASSERT_TRUE(large.DoneWithin(absl::Seconds(10)));
  ASSERT_TRUE(small.DoneWithin(absl::Seconds(10)));
  EXPECT_EQ(budget.leased(), 100u);
}

TEST(ContentBudgetTest, ACancelledWaiterGivesUpAndDoesNotHoldUpOthers) {
  ContentBudget budget(100);
  auto held = budget.Acquire(80, Never);
  std::atomic<bool> first_cancelled{false};
  Waiter first(&budget, 50, [&] { return first_cancelled.load(); });
  absl::SleepFor(absl::Milliseconds(100));
  std::atomic<bool> second_cancelled{false};
  Waiter second(&budget, 50, [&] { return second_cancelled.load(); });
  absl::SleepFor(absl::Milliseconds(100));
  Waiter third(&budget, 20);
  // The second gives up before its turn, then the first at its turn: the
  // third, behind both, gets its share without either.
  second_cancelled = true;
  ASSERT_TRUE(second.DoneWithin(absl::Seconds(10)));
  EXPECT_FALSE(second.lease().has_value());
  first_cancelled = true;
  ASSERT_TRUE(first.DoneWithin(absl::Seconds(10)));
  EXPECT_FALSE(first.lease().has_value());
  ASSERT_TRUE(third.DoneWithin(absl::Seconds(10)));
  EXPECT_TRUE(third.lease().has_value());
  EXPECT_EQ(budget.leased(), 100u);
}

TEST(ContentBudgetTest, AMovedLeaseIsGivenBackOnce) {
  ContentBudget budget(100);
  auto lease = budget.Acquire(30, Never);
  ContentBudget::Lease moved = *std::move(lease);
  lease.reset();
  EXPECT_EQ(budget.leased(), 30u);
  ContentBudget::Lease other;
  other = std::move(moved);
  other.Release();
  other.Release();
  EXPECT_EQ(budget.leased(), 0u);
}

}  // namespace
}  // namespace amicus::ingest
