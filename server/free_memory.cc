#include "server/free_memory.h"

#ifdef AMICUS_WITH_TCMALLOC
#include "gperftools/malloc_extension.h"
#endif

namespace amicus::server {
namespace {

// Below this, free pages are left for reuse (releasing costs page faults
// when they are needed again).
constexpr size_t kKeepFreeBytes = 16 << 20;

void ReleaseFreeMemory() {
#ifdef AMICUS_WITH_TCMALLOC
  size_t free_bytes = 0;
  MallocExtension* malloc = MallocExtension::instance();
  if (malloc->GetNumericProperty("tcmalloc.pageheap_free_bytes",
                                 &free_bytes) &&
      free_bytes > kKeepFreeBytes) {
    malloc->ReleaseFreeMemory();
  }
#endif
}

}  // namespace

FreeMemoryReleaser::FreeMemoryReleaser(absl::Duration interval)
    : thread_([this, interval] {
        while (!stop_.WaitForNotificationWithTimeout(interval)) {
          ReleaseFreeMemory();
        }
      }) {}

FreeMemoryReleaser::~FreeMemoryReleaser() {
  stop_.Notify();
  thread_.join();
}

}  // namespace amicus::server
