#include "store/group_commit.h"

#include <utility>

namespace amicus::store {

void GroupCommit::WaitUntilNotPending(std::unique_lock<std::mutex>& lock,
                                      const std::string& id) {
  changed_.wait(lock, [&] { return pending_.count(id) == 0; });
}

uint64_t GroupCommit::Enqueue(const std::string& id) {
  open_ids_.push_back(id);
  pending_.insert(id);
  return ++queued_;
}

rocksdb::Status GroupCommit::Wait(std::unique_lock<std::mutex>& lock,
                                  uint64_t ticket) {
  while (written_ < ticket) {
    if (writing_) {
      changed_.wait(lock);
    } else {
      WriteOpenGroup(lock);
    }
  }
  auto it = failed_.find(ticket);
  if (it == failed_.end()) return rocksdb::Status::OK();
  rocksdb::Status status = it->second;
  failed_.erase(it);
  return status;
}

void GroupCommit::WriteOpenGroup(std::unique_lock<std::mutex>& lock) {
  writing_ = true;
  rocksdb::WriteBatch batch;
  std::swap(batch, open_);
  std::vector<std::string> ids = std::move(open_ids_);
  open_ids_.clear();
  uint64_t first = written_ + 1;
  uint64_t last = queued_;
  lock.unlock();
  rocksdb::Status status = db_->Write(*options_, &batch);
  lock.lock();
  if (!status.ok()) {
    for (uint64_t t = first; t <= last; ++t) failed_[t] = status;
  }
  for (const std::string& id : ids) pending_.erase(id);
  written_ = last;
  writing_ = false;
  changed_.notify_all();
}

}  // namespace amicus::store
