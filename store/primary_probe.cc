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

// Whether an mtime is old enough that a later change cannot share its tick.
bool Settled(const timespec& mtime) {
  return absl::Now() - absl::TimeFromTimespec(mtime) >= kSettle;
}

}  // namespace

PrimaryProbe::Mark PrimaryProbe::Take() const {
  Mark mark;
  // The directory before the listing: a WAL created after this stat
  // moves the mtime to a later tick.
  struct stat dir;
  if (::stat(primary_path_.c_str(), &dir) != 0) return mark;
  mark.wal_path = NewestWal(primary_path_);
  struct stat wal;
  if (mark.wal_path.empty() || ::stat(mark.wal_path.c_str(), &wal) != 0) {
    return mark;
  }
  mark.wal_size = wal.st_size;
  mark.dir_settled = Settled(dir.st_mtim);
  mark.dir_mtime = dir.st_mtim;
  mark.valid = true;
  return mark;
}

bool PrimaryProbe::Unchanged(Mark* mark) const {
  if (!mark->valid) return false;
  struct stat wal;
  if (::stat(mark->wal_path.c_str(), &wal) != 0 ||
      wal.st_size != mark->wal_size) {
    return false;
  }
  struct stat dir;
  if (::stat(primary_path_.c_str(), &dir) != 0) return false;
  if (mark->dir_settled && Same(dir.st_mtim, mark->dir_mtime)) return true;
  // New directory entries: a write would be in a newer WAL.
  if (NewestWal(primary_path_) != mark->wal_path) return false;
  mark->dir_settled = Settled(dir.st_mtim);
  mark->dir_mtime = dir.st_mtim;
  return true;
}

}  // namespace amicus::store
