#include "store/primary_probe.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "absl/strings/match.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace amicus::store {
namespace {

// Longer than a kernel tick (the granularity of file timestamps).
constexpr absl::Duration kSettle = absl::Milliseconds(50);

bool Same(const timespec& a, const timespec& b) {
  return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

// The WAL file with the highest number ("000123.log"), or "".
std::string NewestWal(const std::string& dir) {
  std::string newest;
  unsigned long long newest_number = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    std::string name = entry.path().filename().string();
    if (!absl::EndsWith(name, ".log")) continue;
    unsigned long long number = std::strtoull(name.c_str(), nullptr, 10);
    if (newest.empty() || number > newest_number) {
      newest = entry.path().string();
      newest_number = number;
    }
  }
  return newest;
}

}  // namespace

PrimaryProbe::Mark PrimaryProbe::Take() const {
  Mark mark;
  struct stat dir;
  if (::stat(primary_path_.c_str(), &dir) != 0) return mark;
  absl::Time changed = absl::TimeFromTimespec(dir.st_mtim);
  if (absl::Now() - changed < kSettle) return mark;
  mark.dir_mtime = dir.st_mtim;
  mark.wal_path = NewestWal(primary_path_);
  struct stat wal;
  if (mark.wal_path.empty() || ::stat(mark.wal_path.c_str(), &wal) != 0) {
    return mark;
  }
  mark.wal_size = wal.st_size;
  mark.valid = true;
  return mark;
}

bool PrimaryProbe::Unchanged(const Mark& mark) const {
  if (!mark.valid) return false;
  struct stat dir;
  struct stat wal;
  return ::stat(primary_path_.c_str(), &dir) == 0 &&
         Same(dir.st_mtim, mark.dir_mtime) &&
         ::stat(mark.wal_path.c_str(), &wal) == 0 &&
         wal.st_size == mark.wal_size;
}

}  // namespace amicus::store
