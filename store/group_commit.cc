#include "store/group_commit.h"

#include <algorithm>
#include <utility>

namespace amicus::store {
namespace {

constexpr size_t kMaxReservedBytes = 4 << 20;

}  // namespace

GroupCommit::GroupCommit(rocksdb::DB* db, const rocksdb::WriteOptions* options,
                         std::mutex* mu)
    : db_(db), options_(options), mu_(mu), thread_([this] { Run(); }) {}

GroupCommit::~GroupCommit() { Stop(); }

void GroupCommit::Stop() {
  {
    std::lock_guard<std::mutex> lock(*mu_);
    stopping_ = true;
  }
  queued_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void GroupCommit::WaitUntilNotPending(std::unique_lock<std::mutex>& lock,
                                      const std::string& id) {
  written_.wait(lock, [&] { return pending_.count(id) == 0; });
}

void GroupCommit::Enqueue(const std::string& id, Done done) {
  open_ids_.push_back(id);
  open_done_.push_back(std::move(done));
  pending_.insert(id);
  // Only the group's thread waits on it.
  queued_.notify_one();
}

void GroupCommit::Run() {
  std::unique_lock<std::mutex> lock(*mu_);
  while (true) {
    queued_.wait(lock, [&] { return stopping_ || !open_done_.empty(); });
    if (open_done_.empty()) return;  // stopping, nothing left
    WriteOpenGroup(lock);
  }
}

void GroupCommit::WriteOpenGroup(std::unique_lock<std::mutex>& lock) {
  // The next group starts with room for one as large as this one (up to a
  // bound): grown from empty, a group's batch (~40 KB per document) was
  // copied at every doubling of its buffer.
  rocksdb::WriteBatch batch(std::min(open_.GetDataSize(), kMaxReservedBytes));
  std::swap(batch, open_);
  std::vector<std::string> ids = std::move(open_ids_);
  std::vector<Done> done = std::move(open_done_);
  open_ids_.clear();
  open_done_.clear();
  const rocksdb::Status halted = failure_;
  lock.unlock();
  const rocksdb::Status status =
      halted.ok() ? db_->Write(*options_, &batch) : halted;
  lock.lock();
  if (!status.ok() && halt_after_failure_) failure_ = status;
  for (const std::string& id : ids) pending_.erase(id);
  written_.notify_all();
  lock.unlock();
  for (Done& d : done) d(status);
  lock.lock();
}

}  // namespace amicus::store
