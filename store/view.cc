#include "store/view.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "store/key_codec.h"

namespace amicus::store {

View::View(std::vector<std::unique_ptr<rocksdb::Iterator>> iterators,
           uint64_t watermark, uint64_t state_id, OpenLater open_later,
           rocksdb::DB* db,
           const std::vector<rocksdb::ColumnFamilyHandle*>& handles)
    : iterators_(std::move(iterators)),
      open_later_(std::move(open_later)),
      db_(db),
      handles_(handles),
      watermark_(watermark),
      state_id_(state_id) {
  iterators_.resize(kCfCount);
}

rocksdb::Iterator* View::iterator(Cf family) {
  std::unique_ptr<rocksdb::Iterator>& it = iterators_[CfIndex(family)];
  if (it != nullptr) return it.get();
  it.reset(open_later_ ? open_later_(family) : nullptr);
  if (it == nullptr) {
    status_ = absl::AbortedError(absl::StrCat(
        "the database changed while a query read it (", CfName(family),
        " was not opened with its view); retry the query"));
    absl::string_view message = status_.message();
    it.reset(rocksdb::NewErrorIterator(rocksdb::Status::Aborted(
        rocksdb::Slice(message.data(), message.size()))));
  }
  return it.get();
}

std::optional<uint64_t> View::FindDocumentSeq(absl::string_view document_id) {
  std::optional<std::string> seq = Get(Cf::kDocumentIds, document_id);
  if (!seq.has_value() || seq->size() != kSeqBytes) return std::nullopt;
  return DecodeSeq(*seq);
}

std::optional<std::string> View::Get(Cf family, absl::string_view key) {
  rocksdb::Iterator* it = iterator(family);
  rocksdb::Slice target(key.data(), key.size());
  it->Seek(target);
  if (!it->Valid() || it->key() != target) return std::nullopt;
  return it->value().ToString();
}

Cursor View::Scan(const ScanSpec& spec) {
  if (IsRecordCf(spec.family)) return Cursor(iterator(spec.family), spec);
  return Cursor(iterator(spec.family), RecordsOf(spec.family), spec);
}

MergedCursor View::ScanMerged(const MergedScanSpec& spec) {
  return MergedCursor(iterator(spec.family), RecordsOf(spec.family), spec);
}

IntersectCursor View::ScanIntersect(const IntersectScanSpec& spec) {
  std::vector<rocksdb::Iterator*> iterators;
  for (const IndexTerm& term : spec.terms) {
    iterators.push_back(iterator(term.family));
  }
  Cf index = spec.terms.empty() ? Cf::kEventsByWord : spec.terms[0].family;
  return IntersectCursor(iterators, RecordsOf(index), spec);
}

RecordSource View::RecordsOf(Cf index) {
  Cf family = RecordCfOf(index);
  return {db_, handles_[CfIndex(family)], iterator(family)};
}

}  // namespace amicus::store
