#include "store/reader.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <utility>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "store/family_options.h"
#include "store/key_codec.h"
#include "store/meta_keys.h"
#include "store/rocks_status.h"

namespace amicus::store {
namespace {

constexpr char kIncompletePayload[] = "amicus.store/incomplete-database";

absl::Status Incomplete(absl::Status status) {
  status.SetPayload(kIncompletePayload, absl::Cord());
  return status;
}

absl::Status NoDatabase(const std::string& path) {
  return Incomplete(absl::NotFoundError(
      absl::StrCat("no database at ", path, ": start amicus-ingest first")));
}

}  // namespace

bool IsIncompleteDatabase(const absl::Status& status) {
  return status.GetPayload(kIncompletePayload).has_value();
}

absl::StatusOr<std::unique_ptr<Reader>> Reader::OpenAsSecondary(
    const std::string& primary_path, const ReaderOptions& options) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), primary_path,
                                       &names)
           .ok()) {
    return NoDatabase(primary_path);
  }
  std::error_code error;
  std::filesystem::create_directories(options.secondary_path, error);
  if (error) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot create secondary directory ",
                     options.secondary_path, ": ", error.message()));
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  std::shared_ptr<rocksdb::Cache> cache = NewBlockCache();
  for (const std::string& name : names) {
    descriptors.emplace_back(name, FamilyOptions(name, cache));
  }
  rocksdb::Options db_options;
  // A secondary must keep every table file open: the primary deletes files
  // after compactions, and only open ones stay readable.
  db_options.max_open_files = -1;
  // Every catch-up reloads table handlers for each column family, with up
  // to this many fresh threads each time: 16 (the default) made a catch-up
  // cost ~10 ms of thread creation even when nothing changed.
  db_options.max_file_opening_threads = 1;
  std::vector<rocksdb::ColumnFamilyHandle*> all_handles;
  rocksdb::DB* raw_db = nullptr;
  rocksdb::Status s = rocksdb::DB::OpenAsSecondary(
      db_options, primary_path, options.secondary_path, descriptors,
      &all_handles, &raw_db);
  if (!s.ok()) {
    return FromRocks(s, absl::StrCat("cannot open database at ", primary_path,
                                     " as secondary"));
  }
  std::unique_ptr<rocksdb::DB> db(raw_db);
  std::unique_ptr<Reader> reader(
      new Reader(primary_path, std::move(db), all_handles));
  for (int i = 0; i < kCfCount; ++i) {
    if (reader->handles_[i] == nullptr) {
      return Incomplete(absl::FailedPreconditionError(absl::StrCat(
          "database at ", primary_path, " has no column family ",
          CfName(static_cast<Cf>(i)),
          ": not an amicus database, written by another version, or still "
          "being created by amicus-ingest")));
    }
  }
  if (absl::Status caught_up = reader->CatchUp(); !caught_up.ok()) {
    return caught_up;
  }
  if (options.catch_up_interval > absl::ZeroDuration()) {
    reader->StartCatchUpThread(options.catch_up_interval,
                               options.on_catch_up_change);
  }
  return reader;
}

Reader::Reader(std::string primary_path, std::unique_ptr<rocksdb::DB> db,
               std::vector<rocksdb::ColumnFamilyHandle*> all_handles)
    : primary_path_(std::move(primary_path)),
      db_(std::move(db)),
      handles_(kCfCount, nullptr),
      all_handles_(std::move(all_handles)),
      probe_(primary_path_) {
  std::vector<std::string> names = AllCfNames();
  for (rocksdb::ColumnFamilyHandle* handle : all_handles_) {
    auto it = std::find(names.begin(), names.end(), handle->GetName());
    if (it != names.end()) handles_[it - names.begin()] = handle;
  }
}

Reader::~Reader() {
  stop_.Notify();
  if (catch_up_thread_.joinable()) catch_up_thread_.join();
  for (rocksdb::ColumnFamilyHandle* handle : all_handles_) {
    db_->DestroyColumnFamilyHandle(handle);
  }
}

void Reader::StartCatchUpThread(
    absl::Duration interval,
    std::function<void(const absl::Status&)> on_change) {
  catch_up_thread_ = std::thread([this, interval, on_change] {
    bool failing = false;
    while (!stop_.WaitForNotificationWithTimeout(interval)) {
      // A failed catch-up is retried at the next tick; readers keep the
      // last good state meanwhile.
      absl::Status status = FullCatchUp();
      if (status.ok() == !failing) continue;
      failing = !status.ok();
      if (on_change) on_change(status);
    }
  });
}

absl::Status Reader::CatchUp() {
  PrimaryProbe::Mark mark;
  {
    absl::MutexLock lock(&mark_mu_);
    mark = mark_;
  }
  if (probe_.Unchanged(&mark)) {
    // Keep the directory's newer mtime (saves the next calls a listing),
    // unless a catch-up replaced the mark meanwhile.
    absl::MutexLock lock(&mark_mu_);
    if (mark_.wal_path == mark.wal_path && mark_.wal_size == mark.wal_size) {
      mark_ = std::move(mark);
    }
    return absl::OkStatus();
  }
  return FullCatchUp();
}

absl::Status Reader::FullCatchUp() {
  uint64_t latest;
  {
    std::unique_lock<std::shared_mutex> lock(catch_up_mu_);
    PrimaryProbe::Mark mark = probe_.Take();
    rocksdb::Status s = db_->TryCatchUpWithPrimary();
    if (!s.ok()) {
      return FromRocks(s, absl::StrCat("catching up with ", primary_path_));
    }
    latest = ReadLatestSeq();
    absl::MutexLock mark_lock(&mark_mu_);
    mark_ = std::move(mark);
  }
  absl::MutexLock lock(&seq_mu_);
  latest_seq_ = std::max(latest_seq_, latest);
  return absl::OkStatus();
}

uint64_t Reader::ReadLatestSeq() {
  absl::StatusOr<std::optional<std::string>> value = Get(Cf::kMeta, kNextSeqKey);
  if (!value.ok() || !value->has_value() || (*value)->size() != kSeqBytes) {
    return 0;
  }
  return DecodeSeq(**value) - 1;
}

std::unique_ptr<View> Reader::NewView() {
  return std::move(NewViews(1).front());
}

std::vector<std::unique_ptr<View>> Reader::NewViews(int count) {
  std::vector<std::vector<rocksdb::Iterator*>> raw(count);
  {
    std::shared_lock<std::shared_mutex> lock(catch_up_mu_);
    for (std::vector<rocksdb::Iterator*>& set : raw) {
      rocksdb::Status s =
          db_->NewIterators(rocksdb::ReadOptions(), handles_, &set);
      if (s.ok()) continue;
      // NewIterators fails only for unsupported options; fall back to
      // creating them one by one under the same lock.
      set.clear();
      for (rocksdb::ColumnFamilyHandle* handle : handles_) {
        set.push_back(db_->NewIterator(rocksdb::ReadOptions(), handle));
      }
    }
  }
  std::vector<std::unique_ptr<View>> views;
  for (const std::vector<rocksdb::Iterator*>& set : raw) {
    std::vector<std::unique_ptr<rocksdb::Iterator>> iterators;
    for (rocksdb::Iterator* it : set) iterators.emplace_back(it);
    views.push_back(
        std::make_unique<View>(std::move(iterators), db_.get(), handles_));
  }
  return views;
}

absl::StatusOr<std::optional<std::string>> Reader::Get(
    Cf family, absl::string_view key) {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[CfIndex(family)],
                               rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::nullopt;
  if (!s.ok()) return FromRocks(s, absl::StrCat("reading ", CfName(family)));
  return value;
}

uint64_t Reader::LatestSeq() const {
  absl::MutexLock lock(&seq_mu_);
  return latest_seq_;
}

bool Reader::WaitForSeqAbove(uint64_t seq, absl::Duration timeout) const {
  absl::MutexLock lock(&seq_mu_);
  auto newer = [this, seq]() ABSL_SHARED_LOCKS_REQUIRED(seq_mu_) {
    return latest_seq_ > seq;
  };
  return seq_mu_.AwaitWithTimeout(absl::Condition(&newer), timeout);
}

}  // namespace amicus::store
