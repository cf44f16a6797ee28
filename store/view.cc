#include "store/view.h"

#include <utility>

#include "store/key_codec.h"
#include "store/meta_keys.h"

namespace amicus::store {

View::View(std::vector<std::unique_ptr<rocksdb::Iterator>> iterators,
           rocksdb::DB* db,
           const std::vector<rocksdb::ColumnFamilyHandle*>& handles)
    : iterators_(std::move(iterators)), db_(db), handles_(handles) {
  std::optional<std::string> next_seq = Get(Cf::kMeta, kNextSeqKey);
  if (next_seq.has_value() && next_seq->size() == kSeqBytes) {
    watermark_ = DecodeSeq(*next_seq) - 1;
  }
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
