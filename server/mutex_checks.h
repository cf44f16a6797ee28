#ifndef AMICUS_SERVER_MUTEX_CHECKS_H_
#define AMICUS_SERVER_MUTEX_CHECKS_H_

namespace amicus::server {

// Debian builds Abseil without NDEBUG, so every absl::Mutex lock (gRPC's
// included) runs deadlock detection: a global spinlock, a lock-graph update
// and a stack capture per acquisition. That is a debugging aid with a cost
// on every RPC, every store write and every replica apply; release builds
// of Abseil leave it off, and so do amicus's programs. Call first in main,
// before any thread starts.
void TurnOffMutexDeadlockDetection();

}  // namespace amicus::server

#endif  // AMICUS_SERVER_MUTEX_CHECKS_H_
