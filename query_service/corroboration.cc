#include "query_service/corroboration.h"

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"

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
// The sources one GetExtraction may list in all, well below the query
// server's 64 MiB message limit: a document of thousands of events each
// reported by hundreds of others would otherwise be built in memory
// before the send fails (a 170,000-event one took amicus-query to 21 GB).
constexpr size_t kMaxExtractionSourceBytes = 32 << 20;

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

template <typename Record>
using TraitsFor = decltype(TraitsOf(std::declval<const Record&>()));

// A record of another document that may corroborate, prepared for the
// comparisons.
template <typename Record>
struct Candidate {
  uint64_t seq = 0;
  std::string document_id;
  std::string record_id;
  TraitsFor<Record> traits;
};

// Where to look for a record's candidates: the index and its prefix.
struct CandidateRange {
  store::Cf index;
  std::string prefix;
};

std::optional<CandidateRange> RangeOf(const amicus::v1::Event& event) {
  if (event.date().year() == 0 || event.date().month() == 0) {
    return std::nullopt;
  }
  return CandidateRange{store::Cf::kEventsByTypeMonth,
                        store::TypeMonthPrefix(event.type(), event.date().year(),
                                               event.date().month())};
}

std::optional<CandidateRange> RangeOf(const amicus::v1::Quote& quote) {
  std::vector<std::string> words = store::PersonWords(quote.speaker().name());
  if (words.empty()) return std::nullopt;
  return CandidateRange{store::Cf::kQuotesBySpeaker,
                        store::NameIndexPrefix(words.back())};
}

// The records under `range`: at most kMaxCandidates of them, not counting
// those of document `skipped_id` (if not empty), which are passed over and
// left out (a caller that reads them once for all of its records can
// afford it).
template <typename Record>
absl::StatusOr<std::vector<Candidate<Record>>> ReadCandidates(
    store::View& view, const CandidateRange& range,
    absl::string_view skipped_id) {
  std::vector<Candidate<Record>> found;
  store::Cursor c = view.Scan(
      {range.index, range.prefix, store::PrefixSuccessor(range.prefix)});
  for (int counted = 0; c.Valid() && counted < kMaxCandidates; c.Next()) {
    Record candidate;
    if (!candidate.ParseFromArray(c.value().data(),
                                  static_cast<int>(c.value().size()))) {
      return absl::DataLossError("a stored record does not parse");
    }
    if (!skipped_id.empty() && candidate.document_id() == skipped_id) continue;
    ++counted;
    found.push_back({store::DecodeSeq(c.record_key()), candidate.document_id(),
                     candidate.id(), TraitsOf(candidate)});
  }
  if (!c.status().ok()) return c.status();
  return found;
}

// Source URIs by document seq, each read once.
class SourceUris {
 public:
  // `view` shows the state the URIs were read in.
  const std::string& Of(store::View& view, uint64_t seq) {
    auto [it, added] = uris_.try_emplace(seq);
    if (added) {
      std::optional<std::string> document =
          view.Get(store::Cf::kDocuments, store::EncodeSeq(seq));
      if (document.has_value()) it->second = SourceUriOf(*document);
    }
    return it->second;
  }

 private:
  absl::flat_hash_map<uint64_t, std::string> uris_;
};

bool Same(const EventTraits& a, const EventTraits& b) { return SameEvent(a, b); }
bool Same(const QuoteTraits& a, const QuoteTraits& b) { return SameQuote(a, b); }

// Adds the candidates that report the same as `record`; returns the bytes
// their ids and URIs take.
template <typename Record>
size_t AddSources(store::View& view, const Record& record,
                  const std::vector<Candidate<Record>>& candidates,
                  SourceUris& uris,
                  google::protobuf::RepeatedPtrField<
                      amicus::v1::CorroboratingSource>* out) {
  const TraitsFor<Record> traits = TraitsOf(record);
  size_t bytes = 0;
  for (const Candidate<Record>& candidate : candidates) {
    if (candidate.document_id == record.document_id() ||
        !Same(traits, candidate.traits)) {
      continue;
    }
    amicus::v1::CorroboratingSource* source = out->Add();
    source->set_document_id(candidate.document_id);
    source->set_record_id(candidate.record_id);
    source->set_source_uri(uris.Of(view, candidate.seq));
    bytes += candidate.document_id.size() + candidate.record_id.size() +
             source->source_uri().size();
  }
  return bytes;
}

// The candidates of the ranges read so far, each range read once, up to
// `max_ranges` ranges at a time (then they are read again). All from one
// view state, whose documents `skipped_id` (if not empty) names the one
// left out.
template <typename Record>
class CandidateCache {
 public:
  CandidateCache(std::string skipped_id, size_t max_ranges)
      : skipped_id_(std::move(skipped_id)), max_ranges_(max_ranges) {}

  absl::StatusOr<const std::vector<Candidate<Record>>*> For(
      store::View& view, const CandidateRange& range) {
    auto it = by_prefix_.find(range.prefix);
    if (it == by_prefix_.end()) {
      auto candidates = ReadCandidates<Record>(view, range, skipped_id_);
      if (!candidates.ok()) return candidates.status();
      if (by_prefix_.size() >= max_ranges_) by_prefix_.clear();
      it = by_prefix_.emplace(range.prefix, *std::move(candidates)).first;
    }
    return &it->second;
  }

  void Clear() { by_prefix_.clear(); }

 private:
  std::string skipped_id_;
  size_t max_ranges_;
  absl::flat_hash_map<std::string, std::vector<Candidate<Record>>> by_prefix_;
};

// A stream's records come in index order, so neighbours often share a
// range: each range's candidates are read once per view state, for a
// bounded number of ranges at a time.
constexpr size_t kMaxCachedRanges = 64;

template <typename Record>
class StreamAnnotator {
 public:
  absl::Status Annotate(store::View& view, Record* record) {
    record->clear_corroborating_sources();
    std::optional<CandidateRange> range = RangeOf(*record);
    if (!range.has_value()) return absl::OkStatus();
    if (view.state_id() != state_id_) {
      state_id_ = view.state_id();
      candidates_.Clear();
      uris_ = SourceUris();
    }
    auto candidates = candidates_.For(view, *range);
    if (!candidates.ok()) return candidates.status();
    AddSources(view, *record, **candidates, uris_,
               record->mutable_corroborating_sources());
    return absl::OkStatus();
  }

 private:
  uint64_t state_id_ = 0;
  // A stream's records come from many documents: none is left out.
  CandidateCache<Record> candidates_{"", kMaxCachedRanges};
  SourceUris uris_;
};

template <typename Record>
std::function<absl::Status(store::View&, Record*)> NewStreamAnnotator() {
  auto annotator = std::make_shared<StreamAnnotator<Record>>();
  return [annotator](store::View& view, Record* record) {
    return annotator->Annotate(view, record);
  };
}

// Every record of one document: the records sharing a range share its
// candidates, read once.
template <typename Record>
absl::Status AnnotateAll(store::View& view, const std::string& document_id,
                         google::protobuf::RepeatedPtrField<Record>* records,
                         SourceUris& uris, size_t* source_bytes) {
  CandidateCache<Record> candidates(document_id,
                                    std::numeric_limits<size_t>::max());
  for (Record& record : *records) {
    record.clear_corroborating_sources();
    std::optional<CandidateRange> range = RangeOf(record);
    if (!range.has_value()) continue;
    auto found = candidates.For(view, *range);
    if (!found.ok()) return found.status();
    *source_bytes += AddSources(view, record, **found, uris,
                                record.mutable_corroborating_sources());
    if (*source_bytes > kMaxExtractionSourceBytes) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "the corroborating sources of document ", document_id,
          " pass ", kMaxExtractionSourceBytes >> 20,
          " MiB; StreamEvents and StreamQuotes with document_id and "
          "with_corroboration give them record by record"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

std::function<absl::Status(store::View&, amicus::v1::Event*)>
EventStreamAnnotator() {
  return NewStreamAnnotator<amicus::v1::Event>();
}

std::function<absl::Status(store::View&, amicus::v1::Quote*)>
QuoteStreamAnnotator() {
  return NewStreamAnnotator<amicus::v1::Quote>();
}

absl::Status AnnotateExtraction(store::View& view,
                                amicus::v1::Extraction* extraction) {
  const std::string& id = extraction->document().id();
  SourceUris uris;
  size_t source_bytes = 0;
  absl::Status s =
      AnnotateAll(view, id, extraction->mutable_events(), uris, &source_bytes);
  if (s.ok()) {
    s = AnnotateAll(view, id, extraction->mutable_quotes(), uris,
                    &source_bytes);
  }
  return s;
}

}  // namespace amicus::query
