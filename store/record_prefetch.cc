#include "store/record_prefetch.h"

#include <algorithm>

#include "store/key_codec.h"
#include "store/rocks_status.h"

namespace amicus::store {

RecordPrefetch::RecordPrefetch(RecordSource source, size_t record_key_bytes)
    : source_(source), record_key_bytes_(record_key_bytes) {}

void RecordPrefetch::Add(absl::string_view position, absl::string_view record) {
  if (position.size() < record_key_bytes_) return;
  if (count_ == positions_.size()) {
    positions_.emplace_back();
    carried_.emplace_back();
    is_carried_.push_back(false);
  }
  positions_[count_].assign(position.data(), position.size());
  carried_[count_].assign(record.data(), record.size());
  is_carried_[count_] = !record.empty();
  ++count_;
}

absl::Status RecordPrefetch::Refill(absl::FunctionRef<bool()> read_one) {
  while (true) {
    count_ = 0;
    at_ = 0;
    // Entries read, counted apart from the batch, which ignores malformed
    // short keys: the range ends when nothing is read, not when nothing is
    // kept.
    size_t read = 0;
    while (count_ < limit_ && read_one()) ++read;
    if (read == 0) return absl::OkStatus();
    limit_ = std::min(limit_ * 4, kMaxBatch);
    absl::Status fetched = Fetch();
    if (!fetched.ok() || Valid()) return fetched;
  }
}

absl::Status RecordPrefetch::Fetch() {
  if (count_ == 0) return absl::OkStatus();
  keys_.clear();
  fetched_.clear();
  for (size_t i = 0; i < count_; ++i) {
    absl::string_view key = TrailingKey(positions_[i], record_key_bytes_);
    keys_.emplace_back(key.data(), key.size());
    if (!is_carried_[i]) fetched_.push_back(i);
  }
  // Pinned values hold block-cache handles: release the last batch's.
  values_.clear();
  values_.resize(count_);
  statuses_.assign(count_, rocksdb::Status());
  if (!fetched_.empty()) MultiGetFetched();
  for (size_t i = 0; i < count_; ++i) {
    if (statuses_[i].IsNotFound()) statuses_[i] = FetchFromView(i);
    if (!statuses_[i].ok() && !statuses_[i].IsNotFound()) {
      count_ = 0;
      return FromRocks(statuses_[i], "reading records");
    }
  }
  SkipMissing();
  return absl::OkStatus();
}

void RecordPrefetch::MultiGetFetched() {
  std::vector<rocksdb::Slice> keys;
  for (size_t i : fetched_) keys.push_back(keys_[i]);
  std::vector<rocksdb::PinnableSlice> values(keys.size());
  std::vector<rocksdb::Status> statuses(keys.size());
  source_.db->MultiGet(rocksdb::ReadOptions(), source_.family, keys.size(),
                       keys.data(), values.data(), statuses.data());
  for (size_t j = 0; j < fetched_.size(); ++j) {
    values_[fetched_[j]] = std::move(values[j]);
    statuses_[fetched_[j]] = statuses[j];
  }
}

rocksdb::Status RecordPrefetch::FetchFromView(size_t i) {
  rocksdb::Iterator* it = source_.view_records;
  it->Seek(keys_[i]);
  if (!it->Valid() || it->key() != keys_[i]) {
    return it->status().ok() ? rocksdb::Status::NotFound() : it->status();
  }
  values_[i].PinSelf(it->value());
  return rocksdb::Status::OK();
}

void RecordPrefetch::Next() {
  ++at_;
  SkipMissing();
}

void RecordPrefetch::SkipMissing() {
  while (at_ < count_ && !statuses_[at_].ok()) ++at_;
}

absl::string_view RecordPrefetch::record_key() const {
  return TrailingKey(positions_[at_], record_key_bytes_);
}

absl::string_view RecordPrefetch::value() const {
  if (is_carried_[at_]) return carried_[at_];
  const rocksdb::PinnableSlice& value = values_[at_];
  return absl::string_view(value.data(), value.size());
}

}  // namespace amicus::store
