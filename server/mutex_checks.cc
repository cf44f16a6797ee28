#include "server/mutex_checks.h"

#include "absl/synchronization/mutex.h"

namespace amicus::server {

void TurnOffMutexDeadlockDetection() {
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
}

}  // namespace amicus::server
