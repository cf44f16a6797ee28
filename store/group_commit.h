#ifndef AMICUS_STORE_GROUP_COMMIT_H_
#define AMICUS_STORE_GROUP_COMMIT_H_

#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
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
// Every method is called with the Writer's mutex held through `lock`; Wait
// releases it while writing or waiting.
class GroupCommit {
 public:
  // Both must outlive this object; `options` is read at each write.
  GroupCommit(rocksdb::DB* db, const rocksdb::WriteOptions* options)
      : db_(db), options_(options) {}

  // Blocks while a queued, not yet durable document has this id (so the
  // caller's duplicate check sees it stored).
  void WaitUntilNotPending(std::unique_lock<std::mutex>& lock,
                           const std::string& id);
  // The open group's batch: a document adds its entries here, then calls
  // Enqueue.
  rocksdb::WriteBatch* open_batch() { return &open_; }
  // Closes a document's entries into the open group; returns its ticket.
  uint64_t Enqueue(const std::string& id);
  // Until the ticket's group is written: the first waiter with nothing in
  // flight writes the open group (its own included) for everyone.
  rocksdb::Status Wait(std::unique_lock<std::mutex>& lock, uint64_t ticket);

 private:
  void WriteOpenGroup(std::unique_lock<std::mutex>& lock);

  rocksdb::DB* db_;
  const rocksdb::WriteOptions* options_;
  std::condition_variable changed_;
  rocksdb::WriteBatch open_;
  std::vector<std::string> open_ids_;
  // Ids queued or being written.
  std::unordered_set<std::string> pending_;
  uint64_t queued_ = 0;
  uint64_t written_ = 0;
  bool writing_ = false;
  // Tickets whose group failed, until their waiter collects the status.
  std::map<uint64_t, rocksdb::Status> failed_;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_GROUP_COMMIT_H_
