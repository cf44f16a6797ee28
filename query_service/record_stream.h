#ifndef AMICUS_QUERY_SERVICE_RECORD_STREAM_H_
#define AMICUS_QUERY_SERVICE_RECORD_STREAM_H_

#include <memory>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "grpcpp/support/sync_stream.h"
#include "query_service/batch_policy.h"
#include "query_service/log_position.h"
#include "query_service/resume_token.h"
#include "query_service/stream_context.h"
#include "query_service/stream_plan.h"
#include "query_service/wire_batch.h"
#include "server/grpc_status.h"
#include "store/key_codec.h"

namespace amicus::query {

// Runs one streaming RPC: the stored records in index order, then records
// ingested since, in seq order, and with follow, records ingested while the
// stream stays open. Sends batches (see BatchPolicy), each with the token
// of the position after its last record. Batches are encoded by WireBatch
// in the public responses' wire format: a record that no filter has to look
// at and nothing changes goes out as the stored bytes, never parsed. Each
// batch says the log position of the view it was read from.
template <typename Record>
class RecordStream {
 public:
  using Writer = grpc::internal::WriterInterface<grpc::ByteBuffer>;

  RecordStream(StreamPlan<Record> plan, const StreamContext& context,
               Writer* writer)
      : plan_(std::move(plan)),
        context_(context),
        writer_(writer),
        batch_policy_(context.batch) {}

  // Starts once the reader shows the log up to `min_log_position`, and up
  // to where the resume token's server had read.
  grpc::Status Run(absl::string_view resume_token, bool follow,
                   int64_t min_log_position) {
    if (!Await(min_log_position)) return status_;
    StartView();
    if (resume_token.empty()) {
      state_.stream = plan_.stream;
      state_.filter_digest = plan_.filter_digest;
      state_.watermark = view_->watermark();
    } else {
      auto token = DecodeResumeToken(resume_token, plan_.stream,
                                     plan_.filter_digest);
      if (!token.ok()) return server::ToGrpcStatus(token.status());
      state_ = *std::move(token);
      const uint64_t token_position = TokenPosition(state_);
      if (token_position > view_->watermark()) {
        // The token comes from a server further along (another replica):
        // what it had read is not visible here yet.
        if (!Await(static_cast<int64_t>(token_position))) return status_;
        StartView();
      }
    }
    if (state_.phase == ResumeToken::Phase::kStored) {
      if (!ScanStored(*view_)) return status_;
      state_.phase = ResumeToken::Phase::kNewer;
      state_.next_key = store::EncodeSeq(state_.watermark + 1);
    }
    if (!ScanNewer(*view_) || !Flush(/*even_if_empty=*/sent_ == 0)) {
      return status_;
    }
    return follow ? Follow(view_->watermark()) : grpc::Status::OK;
  }

 private:
  bool Await(int64_t position) {
    absl::Status reached =
        AwaitLogPosition(*context_.reader, position, *context_.rpc,
                         context_.poll_interval);
    return reached.ok() || Fail(reached);
  }

  // How far the server that issued `token` had read, at least: its stored
  // phase's watermark, or the seq before the next key of its newer phase.
  static uint64_t TokenPosition(const ResumeToken& token) {
    if (token.phase == ResumeToken::Phase::kStored ||
        token.next_key.size() < store::kSeqBytes) {
      return token.watermark;
    }
    return std::max(token.watermark, store::DecodeSeq(token.next_key) - 1);
  }

  void StartView() {
    // A failed catch-up leaves the last good state, which is still a
    // consistent answer; the background thread retries.
    context_.reader->CatchUp().IgnoreError();
    NewView();
  }

  // The view to read from (only the plan's families), with its companion
  // for annotations when the plan has them, and the plan's names resolved
  // in it.
  void NewView() {
    std::vector<std::unique_ptr<store::View>> views =
        context_.reader->NewViews(plan_.annotate ? 2 : 1, plan_.reads);
    if (plan_.annotate) companion_ = std::move(views[1]);
    view_ = std::move(views[0]);
    if (plan_.resolve) plan_.resolve(*view_);
    log_position_ = view_->watermark();
  }

  // Phase 1: the plan's index range, records up to the watermark only.
  bool ScanStored(store::View& view) {
    if (plan_.intersect_scan) {
      store::IntersectScanSpec spec = plan_.intersect_scan(view);
      if (state_.next_key > spec.start) spec.start = state_.next_key;
      store::IntersectCursor c = view.ScanIntersect(spec);
      return ReadStored(c);
    }
    if (plan_.merged_scan) {
      store::MergedScanSpec spec = plan_.merged_scan(view);
      if (state_.next_key > spec.start) spec.start = state_.next_key;
      store::MergedCursor c = view.ScanMerged(spec);
      return ReadStored(c);
    }
    store::ScanSpec spec = plan_.stored_scan(view);
    if (state_.next_key > spec.lower) spec.lower = state_.next_key;
    store::Cursor c = view.Scan(spec);
    return ReadStored(c);
  }

  template <typename Cursor>
  bool ReadStored(Cursor& c) {
    bool by_position =
        plan_.matches_position && !plan_.finish && !plan_.annotate;
    for (; c.Valid(); c.Next()) {
      // Records past the watermark are the newer phase's.
      bool stored = store::DecodeSeq(c.record_key()) <= state_.watermark;
      if (stored && by_position) {
        if (plan_.matches_position(c.position())) Keep(c.value());
      } else if (stored && !Consider(c.value(), StoredMatches())) {
        return false;
      }
      SetSuccessor(c.position(), &state_.next_key);
      if (!Checkpoint()) return false;
    }
    return c.status().ok() || Fail(c.status());
  }

  const std::function<bool(const Record&)>& StoredMatches() const {
    return plan_.stored_matches ? plan_.stored_matches : plan_.matches;
  }

  // Phase 2: the record family in seq order from next_key.
  bool ScanNewer(store::View& view) {
    // The view holds no seq above its watermark: a seek there would only
    // find the family's end, after a search of every table file (~20,000
    // instructions, more when their last blocks are not cached).
    if (state_.next_key.size() >= store::kSeqBytes &&
        store::DecodeSeq(state_.next_key) > view.watermark()) {
      return true;
    }
    store::ScanSpec spec{plan_.record_family, state_.next_key, ""};
    store::Cursor c = view.Scan(spec);
    for (; c.Valid(); c.Next()) {
      if (!Consider(c.value(), plan_.matches)) return false;
      SetSuccessor(c.record_key(), &state_.next_key);
      if (!Checkpoint()) return false;
    }
    return c.status().ok() || Fail(c.status());
  }

  grpc::Status Follow(uint64_t seen) {
    while (true) {
      if (context_.rpc->IsCancelled()) {
        return grpc::Status(grpc::StatusCode::CANCELLED, "stream cancelled");
      }
      if (context_.draining->load()) {
        // The client gets the position it reached, to resume elsewhere.
        Flush(/*even_if_empty=*/true);
        return status_;
      }
      if (!context_.reader->WaitForSeqAbove(seen, context_.poll_interval)) {
        continue;
      }
      NewView();
      if (!ScanNewer(*view_) || !Flush(/*even_if_empty=*/false)) return status_;
      seen = view_->watermark();
    }
  }

  // Adds a stored record to the pending batch if `matches`: as stored
  // when nothing needs it parsed, else parsed, checked, and (only when
  // finished or annotated) serialized again.
  bool Consider(absl::string_view value,
                const std::function<bool(const Record&)>& matches) {
    if (!matches && !plan_.finish && !plan_.annotate) {
      Keep(value);
      return true;
    }
    if (!record_.ParseFromArray(value.data(), static_cast<int>(value.size()))) {
      return Fail(absl::DataLossError("a stored record does not parse"));
    }
    if (matches && !matches(record_)) return true;
    if (!plan_.finish && !plan_.annotate) {
      Keep(value);
      return true;
    }
    if (plan_.finish) plan_.finish(&record_);
    if (plan_.annotate) {
      absl::Status annotated = plan_.annotate(*companion_, &record_);
      if (!annotated.ok()) return Fail(annotated);
    }
    Keep(record_.SerializeAsString());
    return true;
  }

  void Keep(absl::string_view bytes) {
    if (pending_.records() == 0) batch_started_ = absl::Now();
    pending_.Add(bytes);
  }

  // After each consumed entry: sends the batch when full or overdue, and
  // notices cancelled clients during long scans.
  bool Checkpoint() {
    int count = pending_.records();
    if (count > 0 && batch_policy_.Full(count, pending_.bytes())) {
      return Flush(false);
    }
    if (++since_clock_check_ < 64) return true;
    since_clock_check_ = 0;
    if (context_.rpc->IsCancelled()) {
      status_ = grpc::Status(grpc::StatusCode::CANCELLED, "stream cancelled");
      return false;
    }
    if (count > 0 && batch_policy_.Overdue(batch_started_, absl::Now())) {
      return Flush(false);
    }
    return true;
  }

  bool Flush(bool even_if_empty) {
    // A family opened late after the state changed: what the batch holds
    // may miss records (store::View).
    if (!view_->status().ok()) return Fail(view_->status());
    if (pending_.records() == 0 && !even_if_empty) return true;
    if (!writer_->Write(
            pending_.Finish(EncodeResumeToken(state_), log_position_))) {
      status_ = grpc::Status(grpc::StatusCode::CANCELLED, "client went away");
      return false;
    }
    ++sent_;
    batch_policy_.Sent();
    return true;
  }

  bool Fail(const absl::Status& status) {
    status_ = server::ToGrpcStatus(status);
    return false;
  }

  // The first key after `key`, written over `out` (reusing its buffer: this
  // runs once per record, and a fresh string each time showed in profiles).
  static void SetSuccessor(absl::string_view key, std::string* out) {
    out->assign(key.data(), key.size());
    out->push_back('\0');
  }

  StreamPlan<Record> plan_;
  // The view being read.
  std::unique_ptr<store::View> view_;
  // Same state as the view being read; annotations read from it.
  std::unique_ptr<store::View> companion_;
  StreamContext context_;
  Writer* writer_;
  BatchPolicy batch_policy_;
  ResumeToken state_;
  // The watermark of the view being read.
  uint64_t log_position_ = 0;
  WireBatch pending_;
  // Scratch for records that must be parsed (reused: no allocation each).
  Record record_;
  absl::Time batch_started_;
  int since_clock_check_ = 0;
  int sent_ = 0;
  grpc::Status status_ = grpc::Status::OK;
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_RECORD_STREAM_H_
