#ifndef AMICUS_STORE_READER_H_
#define AMICUS_STORE_READER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "rocksdb/db.h"
#include "store/family_options.h"
#include "store/primary_probe.h"
#include "store/view.h"
#include "store/writer.h"

namespace amicus::store {

struct ReaderOptions {
  // Where the secondary instance keeps its own files (info log). Created if
  // missing; must not be the primary's directory.
  std::string secondary_path;
  // How often a background thread catches up with the primary; zero or
  // less disables the thread (call CatchUp yourself).
  absl::Duration catch_up_interval = absl::Milliseconds(100);
  // Told when the background catch-up starts failing (its first error) and
  // when it succeeds again (OK status), from the catch-up thread; reads
  // keep the last good state meanwhile, so without it a reader that falls
  // ever further behind would look healthy. Once per change, not per tick.
  std::function<void(const absl::Status&)> on_catch_up_change;
  // Bytes for the block cache and the memtables the secondary replays the
  // primary's log into, together (NewReaderMemory).
  size_t memory_bytes = kReaderMemoryBytes;
};

// Whether OpenAsSecondary failed because there is no database at the path
// yet, or one without all of amicus's column families: what a reader sees
// while amicus-ingest creates a database (RocksDB writes CURRENT first and
// adds the column families after), and what may change if it waits.
bool IsIncompleteDatabase(const absl::Status& status);

// Read-only access to a database another process (amicus-ingest) writes,
// as a RocksDB secondary instance; or (OnWriter) to the database a writer
// of the same process writes. Thread-safe.
class Reader {
 public:
  // Fails with NOT_FOUND "no database at DIR: start amicus-ingest first" if
  // the primary has never been created, and FAILED_PRECONDITION if it lacks
  // a column family (both IsIncompleteDatabase).
  static absl::StatusOr<std::unique_ptr<Reader>> OpenAsSecondary(
      const std::string& primary_path, const ReaderOptions& options);

  // Reads `writer`'s own database (a query replica of distributed mode,
  // whose applier writes in-process): what is written is readable at
  // once, with none of a secondary's replay of the WAL into memtables of
  // its own (in bench/cluster that replay cost each replica more CPU than
  // its writes). CatchUp only reads the applied position. `writer` must
  // outlive the reader. FAILED_PRECONDITION for a writer without a
  // database.
  static absl::StatusOr<std::unique_ptr<Reader>> OnWriter(
      const Writer& writer, const std::string& path);

  ~Reader();

  // Replays what the primary wrote since the last catch-up; waits for no
  // view (reader.cc, TryNewViews, says how views stay of one state).
  // Returns at once (two stat calls, or a directory listing after flushes
  // and compactions) when the primary has acknowledged no write since then
  // (primary_probe.h), so a caller may call it before every read to see
  // every acknowledged write; the background thread applies the primary's
  // flushes and compactions (at most once a second while nothing is
  // written).
  absl::Status CatchUp();

  // A consistent view of the state as of the last catch-up, reading
  // `families` (others are opened on first use while the state lasts;
  // see View). On a writer's database (OnWriter): of the state at this
  // call, with every family opened, since a later open could not see it.
  std::unique_ptr<View> NewView(const CfSet& families = AllFamilies());

  // `count` views of one and the same state, for a stream that reads
  // records with one while looking up related records with another; the
  // first opens `first_families`, the others every family.
  std::vector<std::unique_ptr<View>> NewViews(
      int count, const CfSet& first_families = AllFamilies());

  // The value under `key` in `family` in the state of the last catch-up,
  // or nullopt. A point read with no iterator, for lookups that need no
  // other read to agree with them: creating even the three iterators of a
  // narrow view cost GetDocument more than its lookups.
  absl::StatusOr<std::optional<std::string>> Get(Cf family,
                                                  absl::string_view key);

  // Highest seq seen by the last catch-up.
  uint64_t LatestSeq() const;

  // Blocks until a catch-up has seen a seq above `seq`, or `timeout`
  // passes; returns whether it has. For follow streams.
  bool WaitForSeqAbove(uint64_t seq, absl::Duration timeout) const;

  const std::string& primary_path() const { return primary_path_; }

  // Bytes the block cache holds, counting the memtables charged to it
  // (ReaderOptions::memory_bytes); 0 on a writer's database.
  size_t CachedBytes() const;

 private:
  // `owned` is null for OnWriter: `db` and `handles` stay the writer's.
  Reader(std::string primary_path, std::unique_ptr<rocksdb::DB> owned,
         rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> handles);
  void StartCatchUpThread(
      absl::Duration interval,
      std::function<void(const absl::Status&)> on_change);
  // Whether the primary acknowledged a write since the last catch-up's
  // mark (primary_probe.h).
  bool WriteSinceLastCatchUp();
  // CatchUp without the shortcut: the background thread's, so that the
  // primary's flushes and compactions reach the secondary too.
  absl::Status FullCatchUp();
  uint64_t ReadLatestSeq(
      const rocksdb::ReadOptions& options = rocksdb::ReadOptions());
  // The state the last catch-up left: the database's sequence number then,
  // and the id naming it (View::state_id).
  struct State {
    uint64_t seq = 0;
    uint64_t id = 0;
  };
  State PublishedState() const;
  // After a catch-up: a new state id if the sequence number moved (or the
  // catch-up failed partway). Requires catch_up_mu_.
  void PublishState(bool failed);
  // The views' iterators (and watermark) if they all read the published
  // state; else none. See NewViews.
  bool TryNewViews(
      int count, const CfSet& first_families,
      std::vector<std::vector<std::unique_ptr<rocksdb::Iterator>>>* sets,
      uint64_t* watermark, State* state);
  // An iterator over `family` if the state is still `state`, else nullptr
  // (View::OpenLater).
  rocksdb::Iterator* OpenIfState(const State& state, Cf family);
  rocksdb::Iterator* TryOpenInState(const State& state, Cf family);

  const std::string primary_path_;
  std::unique_ptr<rocksdb::DB> owned_db_;
  rocksdb::DB* db_;
  // A secondary's cache and the manager charging its memtables to it.
  ReaderMemory memory_;
  // Indexed by Cf; every handle of the database is in all_handles_.
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::vector<rocksdb::ColumnFamilyHandle*> all_handles_;
  // Held by each catch-up, and by view creation only when a view built
  // without it straddled one (NewViews): a catch-up that only applies the
  // primary's flushes and compactions took 2-100 ms while the writer
  // compacted after growth, and views waited for it.
  absl::Mutex catch_up_mu_;
  mutable absl::Mutex state_mu_;
  State state_ ABSL_GUARDED_BY(state_mu_);

  PrimaryProbe probe_;
  // The primary's state just before the last successful catch-up.
  absl::Mutex mark_mu_;
  PrimaryProbe::Mark mark_ ABSL_GUARDED_BY(mark_mu_);

  mutable absl::Mutex seq_mu_;
  uint64_t latest_seq_ ABSL_GUARDED_BY(seq_mu_) = 0;

  absl::Notification stop_;
  std::thread catch_up_thread_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_READER_H_
