#ifndef AMICUS_STORE_GROUP_COMMIT_H_
#define AMICUS_STORE_GROUP_COMMIT_H_

#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "rocksdb/db.h"
#include "rocksdb/write_batch.h"

namespace amicus::store {

// Group commit for the Writer: documents queued while a write is in flight
// go out together in the next WriteBatch, with one WAL sync for all of them,
// in the order they were queued. Each document stays atomic (its entries
// are in one batch) and is acknowledged only once its batch is durable.
//
// One thread of its own writes the groups and runs each document's
// completion, so a caller queues a document and goes on: no thread waits
// per document in flight.
class GroupCommit {
 public:
  using Done = std::function<void(const rocksdb::Status&)>;

  // `db`, `options` and `mu` must outlive this object; `options` is read at
  // each write. `mu` guards the open group: the methods below are called
  // with it held (through `lock` where they may wait).
  GroupCommit(rocksdb::DB* db, const rocksdb::WriteOptions* options,
              std::mutex* mu);
  // Stop() if not called before.
  ~GroupCommit();

  // Writes what is queued, runs its completions, and ends the thread.
  // Called without `mu` held, before the database goes away.
  void Stop();

  // Blocks while a queued, not yet durable document has this id (so the
  // caller's duplicate check sees it stored).
  void WaitUntilNotPending(std::unique_lock<std::mutex>& lock,
                           const std::string& id);
  // The open group's batch: a document adds its entries here, then calls
  // Enqueue.
  rocksdb::WriteBatch* open_batch() { return &open_; }
  // Closes a document's entries into the open group. `done` runs on the
  // group's thread, without `mu` held, once the group is written (with the
  // write's status), after the completions of every earlier group.
  void Enqueue(const std::string& id, Done done);

  // From now on a failed write also fails every group after it (their
  // completions get its status, nothing more is written) and failure()
  // says so: for a writer whose groups must not leave a gap.
  void HaltAfterFailure() { halt_after_failure_ = true; }
  // The failed write's status once halted; OK until then.
  const rocksdb::Status& failure() const { return failure_; }
  // A write of the caller's own (outside the groups) that failed halts the
  // groups too, when halting; called with `mu` held.
  void NoteFailure(const rocksdb::Status& status) {
    if (!status.ok() && halt_after_failure_ && failure_.ok()) failure_ = status;
  }

 private:
  void Run();
  // Writes the open group; `lock` is released meanwhile and while the
  // completions run.
  void WriteOpenGroup(std::unique_lock<std::mutex>& lock);

  rocksdb::DB* db_;
  const rocksdb::WriteOptions* options_;
  std::mutex* mu_;
  std::condition_variable queued_;   // the thread waits for documents
  std::condition_variable written_;  // WaitUntilNotPending waits for writes
  rocksdb::WriteBatch open_;
  std::vector<std::string> open_ids_;
  std::vector<Done> open_done_;
  // Ids queued or being written.
  std::unordered_set<std::string> pending_;
  bool stopping_ = false;
  bool halt_after_failure_ = false;
  rocksdb::Status failure_;
  std::thread thread_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_GROUP_COMMIT_H_
