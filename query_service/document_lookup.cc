#include "query_service/document_lookup.h"

#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "store/key_codec.h"

namespace amicus::query {
namespace {

absl::Status NotFound(absl::string_view document_id) {
  return absl::NotFoundError(
      absl::StrCat("document ", document_id, " not found"));
}

absl::Status RequireId(absl::string_view document_id) {
  if (document_id.empty()) {
    return absl::InvalidArgumentError("document_id is empty");
  }
  return absl::OkStatus();
}

absl::StatusOr<uint64_t> FindSeq(store::View& view,
                                 absl::string_view document_id) {
  if (absl::Status s = RequireId(document_id); !s.ok()) return s;
  std::optional<uint64_t> seq = view.FindDocumentSeq(document_id);
  if (!seq.has_value()) return NotFound(document_id);
  return *seq;
}

// The seq the newest state files `document_id` under, if any.
absl::StatusOr<std::optional<uint64_t>> NewestSeq(
    store::Reader& reader, absl::string_view document_id) {
  auto seq = reader.Get(store::Cf::kDocumentIds, document_id);
  if (!seq.ok()) return seq.status();
  if (!seq->has_value() || (*seq)->size() != store::kSeqBytes) {
    return std::nullopt;
  }
  return store::DecodeSeq(**seq);
}

template <typename Record>
absl::Status AppendRecords(store::View& view, store::Cf family, uint64_t seq,
                           google::protobuf::RepeatedPtrField<Record>* out) {
  std::string prefix = store::EncodeSeq(seq);
  store::Cursor c =
      view.Scan({family, prefix, store::PrefixSuccessor(prefix)});
  for (; c.Valid(); c.Next()) {
    absl::string_view value = c.value();
    if (!out->Add()->ParseFromArray(value.data(),
                                    static_cast<int>(value.size()))) {
      return absl::DataLossError("a stored record does not parse");
    }
  }
  return c.status();
}

absl::StatusOr<std::string> DocumentBytesAt(store::View& view,
                                            uint64_t seq) {
  std::optional<std::string> value =
      view.Get(store::Cf::kDocuments, store::EncodeSeq(seq));
  if (!value.has_value()) {
    return absl::DataLossError("a stored document is missing");
  }
  return *std::move(value);
}

absl::StatusOr<amicus::v1::Document> DocumentAt(store::View& view,
                                                uint64_t seq) {
  absl::StatusOr<std::string> value = DocumentBytesAt(view, seq);
  if (!value.ok()) return value.status();
  amicus::v1::Document document;
  if (!document.ParseFromString(*value)) {
    return absl::DataLossError("a stored document is corrupt");
  }
  return document;
}

}  // namespace

absl::StatusOr<std::string> LookupDocumentBytes(
    store::Reader& reader, absl::string_view document_id) {
  if (absl::Status s = RequireId(document_id); !s.ok()) return s;
  // The two reads see whatever catch-ups ran between them: a document
  // deleted in between is gone, and one deleted and ingested again has a
  // new seq, so a missing document sends us back to its id once.
  std::optional<uint64_t> tried;
  for (int attempt = 0; attempt < 2; ++attempt) {
    absl::StatusOr<std::optional<uint64_t>> seq = NewestSeq(reader, document_id);
    if (!seq.ok()) return seq.status();
    if (!seq->has_value()) return NotFound(document_id);
    if (*seq == tried) {
      return absl::DataLossError("a stored document is missing");
    }
    auto document = reader.Get(store::Cf::kDocuments, store::EncodeSeq(**seq));
    if (!document.ok()) return document.status();
    if (document->has_value()) return **std::move(document);
    tried = *seq;
  }
  return absl::AbortedError(absl::StrCat(
      "document ", document_id, " was replaced while being read; retry"));
}

absl::StatusOr<amicus::v1::Extraction> LookupExtraction(
    store::View& view, absl::string_view document_id) {
  absl::StatusOr<uint64_t> seq = FindSeq(view, document_id);
  if (!seq.ok()) return seq.status();
  absl::StatusOr<amicus::v1::Document> document = DocumentAt(view, *seq);
  if (!document.ok()) return document.status();
  amicus::v1::Extraction extraction;
  extraction.set_source_uri(document->source_uri());
  *extraction.mutable_document() = *std::move(document);
  absl::Status s =
      AppendRecords(view, store::Cf::kEvents, *seq, extraction.mutable_events());
  if (s.ok()) {
    s = AppendRecords(view, store::Cf::kQuotes, *seq,
                      extraction.mutable_quotes());
  }
  if (s.ok()) {
    s = AppendRecords(view, store::Cf::kSignatorySets, *seq,
                      extraction.mutable_signatory_sets());
  }
  if (!s.ok()) return s;
  return extraction;
}

}  // namespace amicus::query
