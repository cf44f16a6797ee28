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
    case Cf::kEventsByWord:
      return Cf::kEvents;
    case Cf::kQuotesBySpeaker:
    case Cf::kQuotesByOrganization:
    case Cf::kQuotesByDate:
    case Cf::kQuotesByWord:
      return Cf::kQuotes;
    case Cf::kSignatorySetsByOrganization:
      return Cf::kSignatorySets;
    case Cf::kDocumentsByKind:
    case Cf::kDocumentsByWord:
      return Cf::kDocuments;
    default:
      return family;
  }
}

size_t RecordKeyBytesOf(Cf family) {
  return RecordCfOf(family) == Cf::kDocuments ? kSeqBytes : kRecordKeyBytes;
}

bool IsRecordCf(Cf family) { return RecordCfOf(family) == family; }

Cursor::Cursor(rocksdb::Iterator* scan, ScanSpec spec)
    : scan_(scan), spec_(std::move(spec)) {
  scan_->Seek(spec_.lower);
  valid_ = SkipToWanted();
}

Cursor::Cursor(rocksdb::Iterator* scan, RecordSource records, ScanSpec spec)
    : scan_(scan),
      spec_(std::move(spec)),
      prefetch_(std::in_place, records, RecordKeyBytesOf(spec_.family)) {
  scan_->Seek(spec_.lower);
  Refill();
}

void Cursor::Next() {
  if (!prefetch_.has_value()) {
    scan_->Next();
    valid_ = SkipToWanted();
    return;
  }
  prefetch_->Next();
  if (!prefetch_->Valid()) Refill();
}

bool Cursor::SkipToWanted() {
  while (scan_->Valid()) {
    absl::string_view key = AsStringView(scan_->key());
    if (!spec_.upper.empty() && key >= spec_.upper) return false;
    const std::string* end = GapEnd(key);
    if (end == nullptr) return true;
    scan_->Seek(*end);
  }
  return false;
}

void Cursor::Refill() {
  fetch_status_ = prefetch_->Refill([this] {
    if (!SkipToWanted()) return false;
    prefetch_->Add(AsStringView(scan_->key()), AsStringView(scan_->value()));
    scan_->Next();
    return true;
  });
  valid_ = fetch_status_.ok() && prefetch_->Valid();
}

const std::string* Cursor::GapEnd(absl::string_view key) {
  const std::vector<KeyGap>& gaps = spec_.gaps;
  while (next_gap_ < gaps.size() && key >= gaps[next_gap_].to) ++next_gap_;
  if (next_gap_ == gaps.size() || key < gaps[next_gap_].from) return nullptr;
  return &gaps[next_gap_].to;
}

absl::string_view Cursor::position() const {
  return prefetch_.has_value() ? prefetch_->position()
                               : AsStringView(scan_->key());
}

absl::string_view Cursor::record_key() const {
  return prefetch_.has_value() ? prefetch_->record_key()
                               : AsStringView(scan_->key());
}

absl::string_view Cursor::value() const {
  return prefetch_.has_value() ? prefetch_->value()
                               : AsStringView(scan_->value());
}

absl::Status Cursor::status() const {
  absl::Status status = FromRocks(scan_->status(), "scanning");
  if (status.ok()) status = fetch_status_;
  return status;
}

}  // namespace amicus::store
