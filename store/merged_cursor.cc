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

MergedCursor::MergedCursor(rocksdb::Iterator* index, RecordSource records,
                           MergedScanSpec spec)
    : index_(index),
      spec_(std::move(spec)),
      record_key_bytes_(RecordKeyBytesOf(spec_.family)),
      prefetch_(records, record_key_bytes_) {
  head_values_.resize(spec_.prefixes.size());
  for (size_t i = 0; i < spec_.prefixes.size(); ++i) {
    heads_.push_back(HeadAt(i, spec_.start));
  }
  Refill();
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
      head_values_[i].assign(index_->value().data(), index_->value().size());
      return std::string(key.substr(prefix.size()));
    }
  }
  return "";
}

bool MergedCursor::TakeSmallestHead(std::string* head, std::string* value) {
  const std::string* smallest = nullptr;
  size_t best = 0;
  for (size_t i = 0; i < heads_.size(); ++i) {
    const std::string& h = heads_[i];
    if (!h.empty() && (smallest == nullptr || h < *smallest)) {
      smallest = &h;
      best = i;
    }
  }
  if (smallest == nullptr) return false;
  *head = *smallest;
  value->swap(head_values_[best]);  // taken: the prefix moves past it
  std::string after = absl::StrCat(*head, absl::string_view("\0", 1));
  for (size_t i = 0; i < heads_.size(); ++i) {
    if (heads_[i] == *head) heads_[i] = HeadAt(i, after);
  }
  return true;
}

void MergedCursor::Refill() {
  fetch_status_ = prefetch_.Refill([this] {
    if (!TakeSmallestHead(&current_, &current_value_)) return false;
    prefetch_.Add(current_, current_value_);
    return true;
  });
  valid_ = fetch_status_.ok() && prefetch_.Valid();
}

void MergedCursor::Next() {
  prefetch_.Next();
  if (!prefetch_.Valid()) Refill();
}

absl::string_view MergedCursor::value() const { return prefetch_.value(); }

absl::Status MergedCursor::status() const {
  absl::Status status = FromRocks(index_->status(), "scanning");
  if (status.ok()) status = fetch_status_;
  return status;
}

}  // namespace amicus::store
