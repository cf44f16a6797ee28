#include "ingest_service/log_publisher.h"

#include <cstdint>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "ingest_service/log_writes.h"
#include "server/log.h"
#include "server/nats/log_stream.h"
#include "server/nats/nats_status.h"
#include "store/validate_extraction.h"

namespace amicus::ingest {
namespace {

// Room for the headers of an entry (Amicus-Op, Amicus-Encoding, Nats-Msg-Id
// and the Nats-Expected-* condition), which count towards max_payload.
constexpr int64_t kHeaderAllowance = 512;

// What the ingest replica fixes before the entry is published, so that
// every query replica stores the same document and the answer has its
// counts. The query replicas' writer fills in the rest, deterministically.
void AddLogFields(v1::Extraction* extraction) {
  v1::Document* document = extraction->mutable_document();
  const int64_t nanos = absl::ToUnixNanos(absl::Now());
  document->mutable_create_time()->set_seconds(nanos / 1000000000);
  document->mutable_create_time()->set_nanos(
      static_cast<int32_t>(nanos % 1000000000));
  document->set_event_count(extraction->events_size());
  document->set_quote_count(extraction->quotes_size());
  document->set_signatory_set_count(extraction->signatory_sets_size());
}

// Ids become a subject token: no dots, wildcards or spaces.
bool IsSubjectToken(absl::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '-' &&
        c != '_') {
      return false;
    }
  }
  return true;
}

}  // namespace

absl::StatusOr<std::unique_ptr<LogPublisher>> LogPublisher::Connect(
    LogPublisherOptions options) {
  std::unique_ptr<LogPublisher> publisher(new LogPublisher(std::move(options)));
  nats::NatsConnectionOptions connection;
  connection.urls = publisher->options_.urls;
  connection.name = publisher->options_.name;
  connection.request_timeout = publisher->options_.timeout;
  LogPublisher* self = publisher.get();
  connection.on_publish_ack = [self](natsMsg* msg, jsPubAck* ack,
                                     jsPubAckErr* error) {
    self->OnPublishAck(msg, ack, error);
  };
  absl::StatusOr<std::unique_ptr<nats::NatsConnection>> connected =
      nats::NatsConnection::Connect(std::move(connection));
  if (!connected.ok()) return connected.status();
  publisher->connection_ = *std::move(connected);
  publisher->conflict_thread_ =
      std::thread([self] { self->ResolveConflicts(); });
  return publisher;
}

LogPublisher::~LogPublisher() {
  {
    absl::MutexLock lock(&mu_);
    mu_.AwaitWithTimeout(absl::Condition(this, &LogPublisher::NothingPending),
                         options_.timeout + absl::Seconds(1));
    stopping_ = true;
  }
  conflict_thread_.join();
  connection_.reset();  // no PubAck is delivered after this
  absl::flat_hash_map<natsMsg*, Pending> unanswered;
  {
    absl::MutexLock lock(&mu_);
    unanswered.swap(pending_);
  }
  for (auto& [msg, pending] : unanswered) {
    pending.done(absl::UnavailableError(absl::StrCat(
        "amicus-ingest stopped before NATS acknowledged document ",
        pending.document.id(), "; it may or may not be stored: retry")));
  }
}

absl::Status LogPublisher::AwaitStream(const absl::Notification& stop) {
  std::string logged;
  while (true) {
    absl::StatusOr<int64_t> replicas = nats::EnsureStream(*connection_);
    if (replicas.ok()) {
      server::LogLine(absl::StrCat("stream ", nats::kStreamName, " ready on ",
                                   options_.urls, " (", *replicas,
                                   " replicas)"));
      return absl::OkStatus();
    }
    if (replicas.status().message() != logged) {
      logged = std::string(replicas.status().message());
      server::LogLine(absl::StrCat("waiting for NATS: ", logged));
    }
    if (stop.WaitForNotificationWithTimeout(absl::Milliseconds(250))) {
      return replicas.status();
    }
  }
}

void LogPublisher::PutAsync(v1::Extraction extraction, PutDone done) {
  if (absl::Status s = store::ValidateExtraction(extraction); !s.ok()) {
    done(s);
    return;
  }
  if (!connection_->IsConnected()) {
    done(connection_->Unreachable());
    return;
  }
  AddLogFields(&extraction);
  absl::StatusOr<nats::MsgPtr> msg =
      nats::EncodePut(extraction, options_.encoding);
  if (!msg.ok()) {
    done(msg.status());
    return;
  }
  const std::string id = extraction.document().id();
  const int64_t bytes = natsMsg_GetDataLength(msg->get()) + kHeaderAllowance;
  if (const int64_t max = connection_->MaxPayload(); max > 0 && bytes > max) {
    done(absl::ResourceExhaustedError(absl::StrCat(
        "document ", id, " makes a log entry of ", bytes,
        " bytes, over the NATS server's max_payload of ", max,
        " bytes; raise max_payload in the nats-server configuration (e.g. "
        "20MB for the default --max_document_bytes)")));
    return;
  }
  natsMsg* raw = msg->get();
  {
    absl::MutexLock lock(&mu_);
    pending_.emplace(raw, Pending{std::move(*extraction.mutable_document()),
                                  std::move(done)});
  }
  // Not under mu_: a full async window makes this wait for PubAcks, whose
  // handler takes mu_.
  jsPubOptions options;
  jsPubOptions_Init(&options);
  options.MsgId = id.c_str();
  options.ExpectNoMessage = true;
  options.MaxWait = absl::ToInt64Milliseconds(options_.timeout);
  const natsStatus s =
      js_PublishMsgAsync(connection_->jetstream(), &raw, &options);
  if (raw == nullptr) {  // the library owns it now, and will answer
    msg->release();
    return;
  }
  Pending refused;
  if (TakePending(raw, &refused)) {
    refused.done(PublishFailed(
        id, nats::FromNats(s, static_cast<jsErrCode>(0),
                           absl::StrCat("publishing document ", id,
                                        " to NATS at ", options_.urls))));
  }
}

absl::Status LogPublisher::Delete(absl::string_view document_id) {
  if (!IsSubjectToken(document_id)) {
    return absl::NotFoundError(
        absl::StrCat("document ", document_id, " not found"));
  }
  return PublishFailed(
      document_id, PublishDelete(*connection_, document_id, options_.timeout));
}

bool LogPublisher::NothingPending() const { return pending_.empty(); }

bool LogPublisher::TakePending(natsMsg* msg, Pending* out) {
  absl::MutexLock lock(&mu_);
  auto it = pending_.find(msg);
  if (it == pending_.end()) return false;
  *out = std::move(it->second);
  pending_.erase(it);
  return true;
}

void LogPublisher::OnPublishAck(natsMsg* msg, jsPubAck* ack,
                                jsPubAckErr* error) {
  Pending pending;
  if (!TakePending(msg, &pending)) return;
  if (ack != nullptr && !ack->Duplicate) {
    pending.done(
        store::PutResult{true, std::move(pending.document), ack->Sequence});
    return;
  }
  const bool taken =
      ack != nullptr || error->ErrCode == JSStreamWrongLastSequenceErr;
  if (taken) {
    absl::MutexLock lock(&mu_);
    if (!stopping_) {
      conflicts_.push_back(
          Conflict{nats::ExtractionOf(msg), std::move(pending.done)});
      return;
    }
  }
  const std::string what =
      absl::StrCat("publishing document ", pending.document.id(),
                   " to NATS at ", options_.urls);
  absl::Status status =
      taken ? absl::UnavailableError(absl::StrCat(what, ": shutting down"))
            : absl::Status(
                  nats::FromNats(error->Err, error->ErrCode, what).code(),
                  absl::StrCat(what, ": ",
                               error->ErrText != nullptr
                                   ? error->ErrText
                                   : natsStatus_GetText(error->Err)));
  pending.done(PublishFailed(pending.document.id(), status));
}

void LogPublisher::ResolveConflicts() {
  while (true) {
    Conflict conflict;
    {
      absl::MutexLock lock(&mu_);
      mu_.Await(absl::Condition(this, &LogPublisher::ConflictOrStop));
      if (conflicts_.empty()) return;
      conflict = std::move(conflicts_.front());
      conflicts_.pop_front();
    }
    Resolve(std::move(conflict));
  }
}

bool LogPublisher::ConflictOrStop() const {
  return stopping_ || !conflicts_.empty();
}

void LogPublisher::Resolve(Conflict conflict) {
  if (!conflict.extraction.ok()) {
    conflict.done(absl::InternalError(absl::StrCat(
        "published entry does not decode: ",
        conflict.extraction.status().message())));
    return;
  }
  const v1::Extraction& extraction = *conflict.extraction;
  absl::StatusOr<store::PutResult> result =
      PutAfterConflict(*connection_, extraction, options_.timeout,
                       options_.encoding);
  if (!result.ok()) {
    conflict.done(PublishFailed(extraction.document().id(), result.status()));
    return;
  }
  conflict.done(std::move(result));
}

absl::Status LogPublisher::PublishFailed(absl::string_view document_id,
                                         const absl::Status& status) const {
  if (status.code() != absl::StatusCode::kDeadlineExceeded) return status;
  // The entry may be stored: say so, and that a retry is safe.
  return absl::UnavailableError(absl::StrCat(
      "no answer from NATS at ", options_.urls, " within ",
      absl::FormatDuration(options_.timeout), " for document ", document_id,
      " (", status.message(),
      "); it may or may not have reached the log: retrying is safe"));
}

}  // namespace amicus::ingest
