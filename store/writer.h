#ifndef AMICUS_STORE_WRITER_H_
#define AMICUS_STORE_WRITER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"

namespace rocksdb {
class ColumnFamilyHandle;
class DB;
class Env;
}  // namespace rocksdb

namespace amicus::store {

// A writer's open database, for a Reader in the same process
// (Reader::OnWriter): both stay the writer's, and live as long as it.
struct SharedDatabase {
  rocksdb::DB* db = nullptr;
  // Indexed by Cf.
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
};

struct WriterOptions {
  // fsync the WAL before acknowledging each document.
  bool sync = true;
  // Compress the tables flushed from memtables (level 0) as those of the
  // levels below. Off for a query replica, whose database can be rebuilt
  // from the log: Snappy at flush time was ~5% of a replica's instructions
  // (callgrind, BENCHMARKS.md "Replica CPU"), and compaction then reads
  // level 0 without decompressing it; the levels below stay compressed,
  // so only the few level-0 files take more disk.
  bool compress_level0 = true;
  // Run compactions at the lowest CPU priority (nice 19) of the process's
  // RocksDB background threads. They reorganize data readers already see,
  // so nothing waits on them but a later write stall; on a machine whose
  // cores amicus-query shares, a compaction after a bulk load otherwise
  // takes a core from the queries for seconds (BENCHMARKS.md, "Compactions
  // behind the queries"). Flushes keep normal priority: writes wait on them.
  bool low_priority_compactions = true;
  // Memtable bytes of all families together (DBOptions::db_write_buffer_size).
  // 48 MiB suits amicus-ingest, whose unflushed writes every amicus-query
  // secondary replays into memtables of its own (writer.cc says more).
  size_t memtable_bytes = 48 << 20;
  // Level-0 files of a family that start a compaction into level 1
  // (RocksDB's default, 4). A larger buffer and trigger suit a query
  // replica: fewer, larger flushes, and each compaction merges more at once,
  // for fewer rewrites of the same entries (BENCHMARKS.md, "A replica's
  // flushes and compactions").
  int level0_compaction_trigger = 4;
  // Create the database directory if it does not exist.
  bool create_if_missing = true;
  // For tests: the Env RocksDB does its file I/O through (one whose files
  // fail on demand, say); it must outlive the writer. nullptr: the default.
  rocksdb::Env* env = nullptr;
};

struct PutResult {
  // False when a document with the same id was already stored; nothing was
  // written then.
  bool created = false;
  // The document as stored (with create_time), or as already stored.
  amicus::v1::Document document;
  // Where the document's entry is in the store's order: the seq it was
  // stored at, or was found at; in distributed mode the stream sequence of
  // its put (IngestResponse.log_position).
  uint64_t log_position = 0;
};

// One entry of a replicated log (distributed mode: the JetStream stream
// every query replica applies), as Writer::ApplyAsync takes it.
struct LogEntry {
  enum class Op {
    kPut,     // store `extraction`, in place of a copy stored before
    kDelete,  // remove document `document_id` if it is stored
    kSkip,    // nothing to apply (an entry the applier cannot read)
  };
  // The entry's position in the log: > 0, increasing, with gaps.
  uint64_t sequence = 0;
  Op op = Op::kSkip;
  // kPut: the document as the ingest replica stored it, create_time set.
  std::optional<amicus::v1::Extraction> extraction;
  // kDelete.
  std::string document_id;
};

// The single writer of the database: the ingest service owns one, and in
// distributed mode each query replica owns one for its local copy.
// Thread-safe.
class Writer {
 public:
  virtual ~Writer() = default;

  // Opens (creating every column family) the database at `path`.
  static absl::StatusOr<std::unique_ptr<Writer>> Open(
      const std::string& path, const WriterOptions& options);

  // Called with the outcome of a PutAsync, exactly once.
  using PutDone = std::function<void(absl::StatusOr<PutResult>)>;

  // Stores a document and all its records and index entries in one atomic
  // WriteBatch, unless a document with the same id is already stored.
  // Returns once the document's place in the store order is fixed, or it is
  // known to be a duplicate or invalid; `done` runs then (for those) or,
  // once the write is durable, on the writer's own thread, which it must
  // not block for long. Documents are stored in the order their PutAsync
  // calls returned, and those queued while a write is in flight share the
  // next WAL sync (group commit): one thread putting a stream of documents
  // gets the throughput of concurrent writers and the order of a
  // sequential one. Taken by value: the writer fills in the store's fields
  // in place, so a caller done with its extraction moves it in rather than
  // have it copied. After a failed write (a full disk, say) every later
  // put, delete or apply is refused with that write's status (UNAVAILABLE
  // for an I/O error), and nothing queued behind it is acknowledged:
  // reopen the writer once the cause is fixed.
  virtual void PutAsync(amicus::v1::Extraction extraction, PutDone done) = 0;

  // PutAsync, waiting for its outcome.
  absl::StatusOr<PutResult> Put(amicus::v1::Extraction extraction);

  // Removes a document, its records and index entries in one atomic
  // WriteBatch. NOT_FOUND if there is no such document.
  virtual absl::Status Delete(absl::string_view document_id) = 0;

  // Called with the outcome of an ApplyAsync, exactly once.
  using ApplyDone = std::function<void(absl::Status)>;

  // Applies one log entry, for a database that mirrors a replicated log
  // (never mixed with PutAsync/Delete on one database). Records are keyed
  // by the entry's sequence instead of a seq of the store's own, and
  // next_seq is set to sequence + 1 in the same WriteBatch, so the applied
  // position is durable with exactly the records it covers and every
  // replica of the log holds the same keys. An entry at or below the
  // applied position is skipped (done(OK) at once): a replica restarted
  // from an older position applies each entry exactly once. Entries go
  // through the same group commit as PutAsync, in call order, deletes
  // included; done runs once the entry is durable.
  // - kPut keeps the entry's create_time. A document already stored (at
  //   an earlier sequence: the log dropped the delete between the two
  //   puts when it compacted the document's subject) is replaced, so the
  //   replica holds the keys a fresh one would.
  // - kDelete of a missing document, kSkip: only the position advances.
  // An invalid extraction is refused (INVALID_ARGUMENT) without advancing.
  // After a failed write the writer refuses further entries (the log must
  // be applied without a gap): reopen it to resume from the durable
  // position. The base implementation refuses every entry (UNIMPLEMENTED).
  virtual void ApplyAsync(LogEntry entry, ApplyDone done);

  // The position ApplyAsync has reached (entries queued included); 0 when
  // nothing was applied. Resume the log after it.
  virtual uint64_t AppliedLogPosition() const;

  // What names the log this database mirrors, as SetLogIdentity stored it;
  // empty if none was. A replica compares it with the log's before it
  // applies (a recreated log restarts its positions at 1).
  virtual absl::StatusOr<std::string> LogIdentity() const;
  // Stores it durably (synced), on its own. The base implementation
  // refuses (UNIMPLEMENTED).
  virtual absl::Status SetLogIdentity(absl::string_view identity);

  // The database this writer writes, for reading it in the same process
  // without a secondary instance; db is nullptr for a writer without one.
  virtual SharedDatabase shared_database() const;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_WRITER_H_
