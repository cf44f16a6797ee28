#include "query_service/corroboration.h"

#include <optional>
#include <string>
#include <vector>

#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/wire_format_lite.h"
#include "query_service/record_similarity.h"
#include "store/document_entries.h"
#include "store/entity_entries.h"
#include "store/entity_names.h"
#include "store/key_codec.h"

namespace amicus::query {
namespace {

using google::protobuf::internal::WireFormatLite;

// Candidates read per record, at most: corroboration must not turn a
// stream into a scan of a crowded month.
constexpr int kMaxCandidates = 500;

// Document.source_uri (field 2) read from a serialized Document without
// parsing its text, which can be megabytes.
std::string SourceUriOf(const std::string& serialized_document) {
  google::protobuf::io::CodedInputStream input(
      reinterpret_cast<const uint8_t*>(serialized_document.data()),
      static_cast<int>(serialized_document.size()));
  while (uint32_t tag = input.ReadTag()) {
    if (WireFormatLite::GetTagFieldNumber(tag) == 2 &&
        WireFormatLite::GetTagWireType(tag) ==
            WireFormatLite::WIRETYPE_LENGTH_DELIMITED) {
      std::string uri;
      return WireFormatLite::ReadString(&input, &uri) ? uri : "";
    }
    if (!WireFormatLite::SkipField(&input, tag)) return "";
  }
  return "";
}

// Every record under `prefix` of `index` from another document than
// `record`'s that `same` accepts, as sources.
template <typename Record, typename Same>
absl::Status Collect(store::View& view, store::Cf index,
                     const std::string& prefix, const Record& record,
                     Same same,
                     google::protobuf::RepeatedPtrField<
                         amicus::v1::CorroboratingSource>* out) {
  std::vector<std::pair<uint64_t, Record>> found;
  store::Cursor c =
      view.Scan({index, prefix, store::PrefixSuccessor(prefix)});
  for (int seen = 0; c.Valid() && seen < kMaxCandidates; c.Next(), ++seen) {
    Record candidate;
    if (!candidate.ParseFromArray(c.value().data(),
                                  static_cast<int>(c.value().size()))) {
      return absl::DataLossError("a stored record does not parse");
    }
    if (candidate.document_id() != record.document_id() &&
        same(record, candidate)) {
      found.emplace_back(store::DecodeSeq(c.record_key()), candidate);
    }
  }
  if (!c.status().ok()) return c.status();
  for (const auto& [seq, candidate] : found) {
    amicus::v1::CorroboratingSource* source = out->Add();
    source->set_document_id(candidate.document_id());
    source->set_record_id(candidate.id());
    std::optional<std::string> document =
        view.Get(store::Cf::kDocuments, store::EncodeSeq(seq));
    if (document.has_value()) source->set_source_uri(SourceUriOf(*document));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status AnnotateEvent(store::View& view, amicus::v1::Event* event) {
  event->clear_corroborating_sources();
  if (event->date().year() == 0 || event->date().month() == 0) {
    return absl::OkStatus();
  }
  return Collect(view, store::Cf::kEventsByTypeMonth,
                 store::TypeMonthPrefix(event->type(), event->date().year(),
                                        event->date().month()),
                 *event, SameEvent, event->mutable_corroborating_sources());
}

absl::Status AnnotateQuote(store::View& view, amicus::v1::Quote* quote) {
  quote->clear_corroborating_sources();
  std::vector<std::string> words = store::PersonWords(quote->speaker().name());
  if (words.empty()) return absl::OkStatus();
  return Collect(view, store::Cf::kQuotesBySpeaker,
                 store::NameIndexPrefix(words.back()), *quote, SameQuote,
                 quote->mutable_corroborating_sources());
}

absl::Status AnnotateExtraction(store::View& view,
                                amicus::v1::Extraction* extraction) {
  for (amicus::v1::Event& event : *extraction->mutable_events()) {
    if (absl::Status s = AnnotateEvent(view, &event); !s.ok()) return s;
  }
  for (amicus::v1::Quote& quote : *extraction->mutable_quotes()) {
    if (absl::Status s = AnnotateQuote(view, &quote); !s.ok()) return s;
  }
  return absl::OkStatus();
}

}  // namespace amicus::query
