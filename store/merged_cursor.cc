#include "store/merged_cursor.h"

#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "store/cursor.h"
#include "store/key_codec.h"
#include "store/rocks_status.h"

namespace amicus::store {
namespace {

absl::string_view AsStringView(const rocksdb::Slice& slice) {
  return absl::string_view(slice.data(), slice.size());
}

}  // namespace

MergedCursor::MergedCursor(rocksdb::Iterator* index,
                           rocksdb::Iterator* records, MergedScanSpec spec)
    : index_(index),
      records_(records),
      spec_(std::move(spec)),
      record_key_bytes_(RecordKeyBytesOf(spec_.family)) {
  for (size_t i = 0; i < spec_.prefixes.size(); ++i) {
    heads_.push_back(HeadAt(i, spec_.start));
  }
  Settle();
}

std::string MergedCursor::HeadAt(size_t i, absl::string_view from) {
  const std::string& prefix = spec_.prefixes[i];
  // Settle only moves a prefix past its own head, so when the iterator
  // still sits on that head, the next key is a Next away: a Seek costs a
  // binary search in every level, and a selective query made one per record.
  if (at_ == i) {
    index_->Next();
  } else {
    index_->Seek(absl::StrCat(prefix, from));
  }
  at_ = kNowhere;
  // Keys under the prefix are prefix + record key; anything longer belongs
  // to a longer name that happens to start with this one plus 0x00.
  for (; index_->Valid(); index_->Next()) {
    ++index_entries_read_;
    absl::string_view key = AsStringView(index_->key());
    if (!absl::StartsWith(key, prefix)) return "";
    if (key.size() == prefix.size() + record_key_bytes_) {
      at_ = i;
      return std::string(key.substr(prefix.size()));
    }
  }
  return "";
}

void MergedCursor::Settle() {
  valid_ = false;
  while (true) {
    const std::string* smallest = nullptr;
    for (const std::string& head : heads_) {
      if (!head.empty() && (smallest == nullptr || head < *smallest)) {
        smallest = &head;
      }
    }
    if (smallest == nullptr) return;
    current_ = *smallest;
    std::string after = absl::StrCat(current_, absl::string_view("\0", 1));
    for (size_t i = 0; i < heads_.size(); ++i) {
      if (heads_[i] == current_) heads_[i] = HeadAt(i, after);
    }
    // Seek, not Get: Get would read the newest state, not this view's.
    records_->Seek(current_);
    if (records_->Valid() && AsStringView(records_->key()) == current_) {
      valid_ = true;
      return;
    }
  }
}

void MergedCursor::Next() { Settle(); }

absl::string_view MergedCursor::value() const {
  return AsStringView(records_->value());
}

absl::Status MergedCursor::status() const {
  absl::Status status = FromRocks(index_->status(), "scanning");
  if (status.ok()) status = FromRocks(records_->status(), "reading records");
  return status;
}

}  // namespace amicus::store
