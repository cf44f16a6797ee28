#include "store/cursor.h"

#include <utility>

#include "store/key_codec.h"
#include "store/rocks_status.h"

namespace amicus::store {
namespace {

absl::string_view AsStringView(const rocksdb::Slice& slice) {
  return absl::string_view(slice.data(), slice.size());
}

}  // namespace

Cf RecordCfOf(Cf family) {
  switch (family) {
    case Cf::kEventsByDate:
    case Cf::kEventsByActor:
    case Cf::kEventsByType:
    case Cf::kEventsByTypeMonth:
      return Cf::kEvents;
    case Cf::kQuotesBySpeaker:
    case Cf::kQuotesByOrganization:
    case Cf::kQuotesByDate:
      return Cf::kQuotes;
    case Cf::kSignatorySetsByOrganization:
      return Cf::kSignatorySets;
    case Cf::kDocumentsByKind:
      return Cf::kDocuments;
    default:
      return family;
  }
}

size_t RecordKeyBytesOf(Cf family) {
  return RecordCfOf(family) == Cf::kDocuments ? kSeqBytes : kRecordKeyBytes;
}

bool IsRecordCf(Cf family) { return RecordCfOf(family) == family; }

Cursor::Cursor(rocksdb::Iterator* scan, rocksdb::Iterator* records,
               ScanSpec spec)
    : scan_(scan),
      records_(records),
      spec_(std::move(spec)),
      record_key_bytes_(RecordKeyBytesOf(spec_.family)) {
  scan_->Seek(spec_.lower);
  Settle();
}

void Cursor::Next() {
  scan_->Next();
  Settle();
}

void Cursor::Settle() {
  valid_ = false;
  while (scan_->Valid()) {
    absl::string_view key = AsStringView(scan_->key());
    if (!spec_.upper.empty() && key >= spec_.upper) return;
    if (const std::string* end = GapEnd(key)) {
      scan_->Seek(*end);
      continue;
    }
    if (scan_ == records_ || HasRecord(key)) {
      valid_ = true;
      return;
    }
    scan_->Next();
  }
}

const std::string* Cursor::GapEnd(absl::string_view key) {
  const std::vector<KeyGap>& gaps = spec_.gaps;
  while (next_gap_ < gaps.size() && key >= gaps[next_gap_].to) ++next_gap_;
  if (next_gap_ == gaps.size() || key < gaps[next_gap_].from) return nullptr;
  return &gaps[next_gap_].to;
}

bool Cursor::HasRecord(absl::string_view key) {
  absl::string_view record_key = TrailingKey(key, record_key_bytes_);
  if (record_key.empty()) return false;
  // Seek, not Get: Get would read the newest state, not this view's.
  records_->Seek(rocksdb::Slice(record_key.data(), record_key.size()));
  return records_->Valid() && AsStringView(records_->key()) == record_key;
}

absl::string_view Cursor::position() const { return AsStringView(scan_->key()); }

absl::string_view Cursor::record_key() const {
  return scan_ == records_ ? AsStringView(scan_->key())
                           : TrailingKey(AsStringView(scan_->key()), record_key_bytes_);
}

absl::string_view Cursor::value() const { return AsStringView(records_->value()); }

absl::Status Cursor::status() const {
  absl::Status status = FromRocks(scan_->status(), "scanning");
  if (status.ok() && records_ != scan_) {
    status = FromRocks(records_->status(), "reading records");
  }
  return status;
}

}  // namespace amicus::store
