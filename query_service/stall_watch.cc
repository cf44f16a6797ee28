#include "query_service/stall_watch.h"

#include <algorithm>

namespace amicus::query {

bool StallWatch::Stalled(bool pending, absl::Time now) {
  if (!pending) {
    pending_seen_ = absl::InfiniteFuture();
    return false;
  }
  pending_seen_ = std::min(pending_seen_, now);
  return now - std::max(pending_seen_, last_delivery_) > timeout_;
}

}  // namespace amicus::query
