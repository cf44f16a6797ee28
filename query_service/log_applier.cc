#include "query_service/log_applier.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "server/log.h"
#include "server/nats/log_stream.h"
#include "server/nats/nats_status.h"
#include "store/validate_extraction.h"

namespace amicus::query {
namespace {

constexpr jsErrCode kNoJsError = static_cast<jsErrCode>(0);
constexpr absl::Duration kConsumerHeartbeat = absl::Milliseconds(500);
constexpr int kPendingMessages = 200000;
constexpr int kPendingBytes = 256 << 20;
// An entry delivered or applied later than this after the stream stored
// it is logged (at most once per kLateLogInterval): the timeline of a slow
// visibility (bench/cluster) needs to tell the consumer from the writer.
constexpr absl::Duration kLate = absl::Seconds(1);
constexpr absl::Duration kLateLogInterval = absl::Seconds(5);

void Log(absl::string_view line) {
  server::LogLine(absl::StrCat("amicus-query: ", line));
}

// The store's form of a decoded entry; one it cannot apply becomes a skip
// (logged), so the position still advances past it.
store::LogEntry ToStoreEntry(nats::LogEntry decoded) {
  store::LogEntry entry;
  entry.sequence = decoded.sequence;
  std::string problem = decoded.problem;
  if (decoded.op == nats::LogEntry::Op::kPut) {
    absl::Status valid = store::ValidateExtraction(*decoded.extraction);
    if (valid.ok()) {
      entry.op = store::LogEntry::Op::kPut;
      entry.extraction = std::move(decoded.extraction);
      return entry;
    }
    problem = std::string(valid.message());
  } else if (decoded.op == nats::LogEntry::Op::kDelete) {
    entry.op = store::LogEntry::Op::kDelete;
    entry.document_id = std::move(decoded.document_id);
    return entry;
  }
  Log(absl::StrCat("skipping log entry ", decoded.sequence, " (document ",
                   decoded.document_id, "): ", problem));
  entry.op = store::LogEntry::Op::kSkip;
  return entry;
}

// Where a delivered message stands in the stream, and the stream's last
// sequence as the message tells it.
struct Delivery {
  uint64_t sequence = 0;
  uint64_t last = 0;
  std::string consumer;
  // When the stream stored the entry.
  absl::Time stored;
};

std::optional<Delivery> DeliveryOf(natsMsg* msg) {
  jsMsgMetaData* meta = nullptr;
  if (natsMsg_GetMetaData(&meta, msg) != NATS_OK) return std::nullopt;
  Delivery delivery{meta->Sequence.Stream, meta->Sequence.Stream + meta->NumPending,
                    meta->Consumer != nullptr ? meta->Consumer : "",
                    absl::FromUnixNanos(meta->Timestamp)};
  jsMsgMetaData_Destroy(meta);
  return delivery;
}

struct StreamInfoDeleter {
  void operator()(jsStreamInfo* info) const { jsStreamInfo_Destroy(info); }
};
using StreamInfoPtr = std::unique_ptr<jsStreamInfo, StreamInfoDeleter>;

// The stream's info; null with `js_error` set when NATS does not give it.
StreamInfoPtr StreamInfo(const nats::NatsConnection& connection,
                         jsErrCode* js_error) {
  jsStreamInfo* info = nullptr;
  natsStatus s = js_GetStreamInfo(&info, connection.jetstream(),
                                  nats::kStreamName, nullptr, js_error);
  if (s != NATS_OK) {
    jsStreamInfo_Destroy(info);
    return nullptr;
  }
  return StreamInfoPtr(info);
}

std::string IdentityOf(const jsStreamInfo& info) {
  return absl::StrCat("jetstream:", nats::kStreamName, ":created:", info.Created);
}

}  // namespace

LogApplier::LogApplier(const nats::NatsConnection* connection,
                       store::Writer* writer, store::Reader* reader,
                       LogApplierOptions options)
    : connection_(connection),
      writer_(writer),
      reader_(reader),
      options_(options),
      stall_(options.stall_timeout),
      applier_thread_([this] { Run(); }),
      catch_up_thread_([this] { CatchUpLoop(); }) {}

LogApplier::~LogApplier() {
  stop_.Notify();
  applier_thread_.join();
  {
    absl::MutexLock lock(&mu_);
    mu_.Await(absl::Condition(
        +[](int* in_flight) { return *in_flight == 0; }, &in_flight_));
    stopping_ = true;
  }
  catch_up_thread_.join();
}

absl::Status LogApplier::WaitUntilCaughtUp(absl::Duration wait,
                                           const absl::Notification& stop) {
  const absl::Time give_up = absl::Now() + wait;
  while (!stop.HasBeenNotified()) {
    std::optional<uint64_t> target;
    bool refused_now = false;
    {
      absl::MutexLock lock(&mu_);
      target = start_target_;
      refused_now = Refused();
    }
    if (refused_now) {  // health stays NOT_SERVING; the reason is logged
      stop.WaitForNotificationWithTimeout(absl::Milliseconds(100));
      continue;
    }
    if (target.has_value() && reader_->LatestSeq() >= *target) {
      Log(absl::StrCat("caught up with the log at position ",
                       reader_->LatestSeq(), "; serving"));
      return absl::OkStatus();
    }
    if (!target.has_value() && absl::Now() >= give_up) {
      Log(absl::StrCat("NATS at ", connection_->urls(),
                       " did not answer within ", absl::FormatDuration(wait),
                       " (--nats_wait); serving what is applied (position ",
                       reader_->LatestSeq(), "), stale until NATS answers"));
      return absl::OkStatus();
    }
    reader_->WaitForSeqAbove(reader_->LatestSeq(), absl::Milliseconds(50));
  }
  return absl::CancelledError("stopped while catching up with the log");
}

ReplicationSource::Progress LogApplier::progress() const {
  absl::MutexLock lock(&mu_);
  return Progress{log_last_, last_contact_};
}

void LogApplier::Run() {
  while (!stop_.HasBeenNotified()) ApplyLoop();
  Unsubscribe();
}

// One turn: (re)subscribe when needed, refresh the stream's last sequence
// when due, apply the next message if one comes within the poll.
void LogApplier::ApplyLoop() {
  if (!connection_->IsConnected()) {
    if (!logged_unreachable_) {
      Log(absl::StrCat("NATS unreachable at ", connection_->urls(),
                       "; serving what is applied, retrying"));
      logged_unreachable_ = true;
    }
    stop_.WaitForNotificationWithTimeout(options_.poll);
    return;
  }
  logged_unreachable_ = false;
  if (refused()) {
    Unsubscribe();
    stop_.WaitForNotificationWithTimeout(options_.poll);
    return;
  }
  RefreshIfDue();
  if (refused()) return;
  if (subscription_ != nullptr && Stalled()) {
    Log(absl::StrCat("the log consumer delivered nothing for ",
                     absl::FormatDuration(options_.stall_timeout),
                     " with entries pending; subscribing again"));
    Unsubscribe();
  }
  if (subscription_ == nullptr && !Subscribe()) {
    stop_.WaitForNotificationWithTimeout(options_.poll);
    return;
  }
  natsMsg* raw = nullptr;
  natsStatus s = natsSubscription_NextMsg(
      &raw, subscription_, absl::ToInt64Milliseconds(options_.poll));
  nats::MsgPtr msg(raw);
  if (s == NATS_OK) {
    stall_.Delivered(absl::Now());
    std::optional<Delivery> delivery = DeliveryOf(msg.get());
    if (delivery.has_value() && delivery->consumer != consumer_) {
      // The library recreated the consumer: on this stream, or on one
      // created since under the same name.
      if (!CheckStream()) {
        Unsubscribe();
        return;
      }
      consumer_ = delivery->consumer;
    }
    NoteContact(delivery ? std::optional<uint64_t>(delivery->last) : std::nullopt);
    if (delivery.has_value() && !FillGapBefore(delivery->sequence)) {
      Unsubscribe();  // again from what is applied, next turn
      return;
    }
    if (delivery.has_value()) {
      NoteIfLate(delivery->sequence, delivery->last, delivery->stored);
    }
    Apply(msg.get(), delivery ? delivery->stored : absl::InfiniteFuture());
  } else if (s != NATS_TIMEOUT) {
    // Dropped messages (slow consumer), missed heartbeats, a closed
    // subscription: start again from what is applied.
    Log(absl::StrCat("the log consumer failed (", natsStatus_GetText(s),
                     "); subscribing again"));
    Unsubscribe();
  }
}

bool LogApplier::Subscribe() {
  if (!stream_ensured_) {
    // Whichever process comes first creates the stream.
    absl::StatusOr<int64_t> replicas = nats::EnsureStream(*connection_);
    if (!replicas.ok()) {
      Log(absl::StrCat("cannot use the log stream: ",
                       replicas.status().message()));
      return false;
    }
    stream_ensured_ = true;
  }
  uint64_t first = 0;
  if (!CheckStream(&first)) return false;
  const uint64_t from = writer_->AppliedLogPosition() + 1;
  jsSubOptions options;
  jsSubOptions_Init(&options);
  options.Stream = nats::kStreamName;
  options.Ordered = true;
  // The library recreates an ordered consumer after missed heartbeats: at
  // its default of 5 s a consumer stuck across the cluster held a replica
  // seconds behind (bench/cluster); at 500 ms it is replaced within ~1 s.
  options.Config.Heartbeat = absl::ToInt64Nanoseconds(kConsumerHeartbeat);
  options.Config.DeliverPolicy = js_DeliverByStartSequence;
  options.Config.OptStartSeq = from;
  jsErrCode js_error = kNoJsError;
  natsStatus s =
      js_SubscribeSync(&subscription_, connection_->jetstream(),
                       nats::kStreamSubjects, nullptr, &options, &js_error);
  if (s != NATS_OK) {
    subscription_ = nullptr;
    Log(nats::FromNats(s, js_error, "subscribing to the log").message());
    return false;
  }
  // The library drops what a subscription holds past its limits (64 MB by
  // default) and the replica then starts over from what it applied: under
  // an ingest burst on a busy machine that happened every few seconds
  // (bench/cluster). A deeper buffer rides out the burst.
  natsSubscription_SetPendingLimits(subscription_, kPendingMessages, kPendingBytes);
  // A fresh consumer gets the stall timeout before it is judged.
  stall_.Delivered(absl::Now());
  // Entries before the stream's first one are compacted away: no gap to
  // look into there.
  next_expected_ = std::max(from, first);
  consumer_.clear();  // the first delivery names it
  Log(absl::StrCat("applying the log from position ", from));
  return true;
}

void LogApplier::Unsubscribe() {
  if (subscription_ == nullptr) return;
  natsSubscription_Unsubscribe(subscription_);
  natsSubscription_Destroy(subscription_);
  subscription_ = nullptr;
}

void LogApplier::RefreshIfDue() {
  const absl::Time now = absl::Now();
  if (now < next_refresh_) return;
  next_refresh_ = now + options_.refresh_interval;
  jsErrCode js_error = kNoJsError;
  StreamInfoPtr info = StreamInfo(*connection_, &js_error);
  if (info != nullptr) {
    // Before its last sequence counts: a recreated stream's would be
    // taken for the old one's.
    if (SameStream(*info)) NoteContact(info->State.LastSeq);
  } else if (js_error == JSStreamNotFoundErr) {
    NoteStreamGone();  // no stream (yet): nothing to apply
    // A deleted stream: no consumer of it is to be recreated by the
    // library on one created later without the check in Subscribe.
    Unsubscribe();
  }
}

bool LogApplier::CheckStream(uint64_t* first) {
  jsErrCode js_error = kNoJsError;
  StreamInfoPtr info = StreamInfo(*connection_, &js_error);
  if (info == nullptr) {
    Log(absl::StrCat("cannot read stream ", nats::kStreamName,
                     "'s info (jsErrCode ", static_cast<int>(js_error), ")"));
    return false;
  }
  if (first != nullptr) *first = info->State.FirstSeq;
  return SameStream(*info);
}

bool LogApplier::SameStream(const jsStreamInfo& info) {
  const std::string current = IdentityOf(info);
  if (identity_.empty()) {
    absl::StatusOr<std::string> stored = writer_->LogIdentity();
    if (!stored.ok()) {
      Log(absl::StrCat("cannot read the log identity: ", stored.status().message()));
      return false;
    }
    if (stored->empty()) {
      if (absl::Status set = writer_->SetLogIdentity(current); !set.ok()) {
        Log(absl::StrCat("cannot store the log identity: ", set.message()));
        return false;
      }
      if (writer_->AppliedLogPosition() > 0) {
        Log(absl::StrCat("the database predates log identities; taking it to "
                         "be of stream ", nats::kStreamName, " as it is now (",
                         current, ")"));
      }
      *stored = current;
    }
    identity_ = *stored;
  }
  if (identity_ == current) return true;
  Refuse(absl::FailedPreconditionError(absl::StrCat(
      "the log stream ", nats::kStreamName,
      " was deleted and recreated: this replica applied positions up to ",
      writer_->AppliedLogPosition(), " of ", identity_, ", the stream now is ",
      current, " and its positions start over, so what is applied here "
      "cannot be told from what is not; no longer applying the log. Remove "
      "the --db directory and restart to rebuild this replica from the new "
      "stream")));
  return false;
}

void LogApplier::Refuse(absl::Status reason) {
  absl::MutexLock lock(&mu_);
  if (!refusal_.ok()) return;
  Log(reason.message());
  refusal_ = std::move(reason);
}

bool LogApplier::refused() const {
  absl::MutexLock lock(&mu_);
  return !refusal_.ok();
}

absl::Status LogApplier::WaitUntilRefused(const absl::Notification& stop) const {
  while (!stop.HasBeenNotified()) {
    absl::MutexLock lock(&mu_);
    if (mu_.AwaitWithTimeout(absl::Condition(this, &LogApplier::Refused),
                             absl::Milliseconds(100))) {
      return refusal_;
    }
  }
  return absl::OkStatus();
}

void LogApplier::NoteContact(std::optional<uint64_t> last_sequence) {
  absl::MutexLock lock(&mu_);
  last_contact_ = absl::Now();
  if (!last_sequence.has_value()) return;
  if (!start_target_.has_value()) start_target_ = *last_sequence;
  // A delivery tells the stream's end as it was when the server sent it,
  // which can be long before the applier takes it from the subscription's
  // queue: never let it move the end back from what the stream's info
  // said since (the lag, and bench/cluster's drain, would read too small).
  log_last_ = std::max(log_last_, *last_sequence);
}

void LogApplier::NoteStreamGone() {
  absl::MutexLock lock(&mu_);
  last_contact_ = absl::Now();
  if (!start_target_.has_value()) start_target_ = 0;
  log_last_ = 0;
}

bool LogApplier::Stalled() {
  uint64_t last;
  {
    absl::MutexLock lock(&mu_);
    last = log_last_;
  }
  return stall_.Stalled(last > writer_->AppliedLogPosition(), absl::Now());
}

bool LogApplier::FillGapBefore(uint64_t sequence) {
  for (; next_expected_ < sequence; ++next_expected_) {
    natsMsg* raw = nullptr;
    jsErrCode js_error = kNoJsError;
    natsStatus s = js_GetMsg(&raw, connection_->jetstream(), nats::kStreamName,
                             next_expected_, nullptr, &js_error);
    nats::MsgPtr missed(raw);
    if (s == NATS_NOT_FOUND || js_error == JSNoMessageFoundErr) continue;  // compacted
    if (s != NATS_OK) {
      Log(nats::FromNats(s, js_error,
                         absl::StrCat("reading log entry ", next_expected_,
                                      " the consumer passed over"))
              .message());
      return false;
    }
    Log(absl::StrCat("the log consumer passed over entry ", next_expected_,
                     " (delivered ", sequence, "); read it from the stream"));
    Apply(missed.get(), absl::InfiniteFuture());
  }
  next_expected_ = std::max(next_expected_, sequence + 1);
  return true;
}

void LogApplier::NoteIfLate(uint64_t sequence, uint64_t last,
                            absl::Time stored) {
  const absl::Time now = absl::Now();
  const absl::Duration late = now - stored;
  if (late < kLate || now - last_late_delivery_log_ < kLateLogInterval) return;
  last_late_delivery_log_ = now;
  Log(absl::StrCat("log entry ", sequence, " delivered ",
                   absl::FormatDuration(late), " after the stream stored it (",
                   last - sequence, " entries behind it)"));
}

void LogApplier::Apply(natsMsg* msg, absl::Time stored) {
  absl::StatusOr<nats::LogEntry> decoded = nats::DecodeEntry(msg);
  if (!decoded.ok()) {
    // Not an entry of the stream at all: there is no position to advance.
    Log(absl::StrCat("ignoring a message: ", decoded.status().message()));
    return;
  }
  {
    absl::MutexLock lock(&mu_);
    ++in_flight_;
  }
  const uint64_t sequence = decoded->sequence;
  const absl::Time handed = absl::Now();
  writer_->ApplyAsync(
      ToStoreEntry(*std::move(decoded)),
      [this, sequence, stored, handed](absl::Status applied) {
        absl::MutexLock lock(&mu_);
        --in_flight_;
        if (applied.ok()) {
          applied_since_catch_up_ = true;
          NoteIfSlowApply(sequence, stored, handed);
        } else if (!logged_write_failure_) {
          // The writer refuses every later entry: the replica stays at
          // its position (GetReplicationStatus shows the lag) until it is
          // restarted.
          logged_write_failure_ = true;
          Log(absl::StrCat("cannot apply the log: ", applied.message()));
        }
      });
}

void LogApplier::NoteIfSlowApply(uint64_t sequence, absl::Time stored,
                                 absl::Time handed) {
  const absl::Time now = absl::Now();
  if (now - handed < kLate || now - last_slow_apply_log_ < kLateLogInterval) {
    return;
  }
  last_slow_apply_log_ = now;
  Log(absl::StrCat("log entry ", sequence, " applied ",
                   absl::FormatDuration(now - handed),
                   " after it was handed to the writer (",
                   stored == absl::InfiniteFuture()
                       ? std::string("read back from the stream")
                       : absl::StrCat(absl::FormatDuration(now - stored),
                                      " after the stream stored it"),
                   ")"));
}

void LogApplier::CatchUpLoop() {
  while (true) {
    {
      absl::MutexLock lock(&mu_);
      mu_.Await(absl::Condition(this, &LogApplier::CatchUpDue));
      if (stopping_) return;
      applied_since_catch_up_ = false;
    }
    // A failed catch-up is retried by the reader's own thread.
    reader_->CatchUp().IgnoreError();
  }
}

}  // namespace amicus::query
