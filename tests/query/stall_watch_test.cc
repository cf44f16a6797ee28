// StallWatch: when LogApplier takes its log consumer for stalled.
#include "query_service/stall_watch.h"

#include "gtest/gtest.h"

namespace amicus::query {
namespace {

const absl::Time kStart = absl::FromUnixSeconds(1700000000);
constexpr absl::Duration kTimeout = absl::Seconds(3);

TEST(StallWatchTest, AQuietConsumerIsNotStalledWhenEntriesAppear) {
  StallWatch watch(kTimeout);
  watch.Delivered(kStart);
  EXPECT_FALSE(watch.Stalled(false, kStart + absl::Seconds(10)));
  // Ten seconds with nothing to deliver, then an entry: the delivery has
  // just been sent, and gets the whole timeout.
  EXPECT_FALSE(watch.Stalled(true, kStart + absl::Seconds(10)));
  EXPECT_FALSE(watch.Stalled(true, kStart + absl::Seconds(12)));
  EXPECT_TRUE(watch.Stalled(true, kStart + absl::Seconds(13.5)));
}

TEST(StallWatchTest, ADeliveryRestartsTheWait) {
  StallWatch watch(kTimeout);
  watch.Delivered(kStart);
  EXPECT_FALSE(watch.Stalled(true, kStart + absl::Seconds(1)));
  watch.Delivered(kStart + absl::Seconds(2.5));
  EXPECT_FALSE(watch.Stalled(true, kStart + absl::Seconds(5)));
  EXPECT_TRUE(watch.Stalled(true, kStart + absl::Seconds(5.6)));
}

TEST(StallWatchTest, NothingPendingIsNeverStalledAndForgetsTheWait) {
  StallWatch watch(kTimeout);
  EXPECT_FALSE(watch.Stalled(true, kStart));
  EXPECT_FALSE(watch.Stalled(false, kStart + absl::Seconds(5)));
  // Pending again: timed from now, not from the first time.
  EXPECT_FALSE(watch.Stalled(true, kStart + absl::Seconds(6)));
  EXPECT_TRUE(watch.Stalled(true, kStart + absl::Seconds(9.1)));
}

}  // namespace
}  // namespace amicus::query
