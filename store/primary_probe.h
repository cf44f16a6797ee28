#ifndef AMICUS_STORE_PRIMARY_PROBE_H_
#define AMICUS_STORE_PRIMARY_PROBE_H_

#include <sys/types.h>

#include <ctime>
#include <string>

namespace amicus::store {

// Tells, mostly with two stat calls, that the primary has acknowledged no
// write since a mark was taken, so a secondary's catch-up (a directory
// listing, the MANIFEST and WAL tails: ~15 system calls, 70 us on an idle
// database, and tens of ms when it opens the table files of a compaction)
// can be skipped without losing read-your-writes.
//
// Every acknowledged write is first appended to the newest WAL file, which
// the primary flushes to the OS before acknowledging, or to a newer WAL
// file, which is a new directory entry. So: the same newest WAL, of the
// same size => nothing written. Flushes and compactions change the
// directory (table files, MANIFEST) but no data a reader sees, so they
// cost a listing, not a catch-up: after bench/run's growth to 100k
// documents the writer compacted for minutes, and with the directory's
// mtime as the test GetDocument caught up at every request (p99 34.6 ms).
//
// The directory's mtime then only saves the listing: mtimes come from a
// coarse clock (one tick, up to 10 ms), so an mtime is trusted to rule out
// a new WAL only once it is older than kSettle, when a later change could
// not share its tick.
class PrimaryProbe {
 public:
  struct Mark {
    bool valid = false;
    std::string wal_path;
    off_t wal_size = 0;
    // The directory's mtime when it was last listed, if settled by then.
    bool dir_settled = false;
    timespec dir_mtime{};
  };

  explicit PrimaryProbe(std::string primary_path)
      : primary_path_(std::move(primary_path)) {}

  // The state now: lists the directory for the newest WAL. Take it before
  // a catch-up; the catch-up then saw at least everything the mark says.
  Mark Take() const;

  // True only if `mark` is valid and no write was acknowledged since it
  // was taken. May update the mark's directory mtime, to save the next
  // call a listing.
  bool Unchanged(Mark* mark) const;

 private:
  std::string primary_path_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_PRIMARY_PROBE_H_
