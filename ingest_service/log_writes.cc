#include "ingest_service/log_writes.h"

#include <cstdint>
#include <utility>

#include "absl/strings/str_cat.h"
#include "server/nats/nats_status.h"

namespace amicus::ingest {
namespace {

using nats::LogEntry;

// Writers racing on one document each win a round; more rounds than
// replicas racing means something keeps rewriting it.
constexpr int kMaxRounds = 8;
constexpr jsErrCode kNoJsError = static_cast<jsErrCode>(0);

struct Published {
  uint64_t sequence = 0;
  bool duplicate = false;  // the message id was seen within the window
  bool conflict = false;   // 10071: the subject's newest entry moved on
};

// Publishes `msg` on condition that its subject's newest entry is
// `last_sequence` (0: that it has none).
absl::StatusOr<Published> PublishAfter(const nats::NatsConnection& connection,
                                       natsMsg* msg, uint64_t last_sequence,
                                       const std::string& message_id,
                                       absl::Duration timeout) {
  if (!connection.IsConnected()) return connection.Unreachable();
  jsPubOptions options;
  jsPubOptions_Init(&options);
  options.MsgId = message_id.c_str();
  options.MaxWait = absl::ToInt64Milliseconds(timeout);
  if (last_sequence == 0) {
    options.ExpectNoMessage = true;
  } else {
    options.ExpectLastSubjectSeq = last_sequence;
  }
  jsPubAck* ack = nullptr;
  jsErrCode js_error = kNoJsError;
  natsStatus s =
      js_PublishMsg(&ack, connection.jetstream(), msg, &options, &js_error);
  if (s != NATS_OK) {
    if (js_error == JSStreamWrongLastSequenceErr) {
      return Published{0, false, true};
    }
    return nats::FromNats(
        s, js_error,
        absl::StrCat("publishing to ", natsMsg_GetSubject(msg), " on NATS at ",
                     connection.urls()));
  }
  Published published{ack->Sequence, ack->Duplicate, false};
  jsPubAck_Destroy(ack);
  return published;
}

absl::Status TooManyRounds(absl::string_view document_id) {
  return absl::AbortedError(absl::StrCat("document ", document_id,
                                         " kept changing under ", kMaxRounds,
                                         " attempts to write it; retry"));
}

}  // namespace

absl::StatusOr<std::optional<LogEntry>> LastEntry(
    const nats::NatsConnection& connection, absl::string_view document_id) {
  if (!connection.IsConnected()) return connection.Unreachable();
  const std::string subject = nats::SubjectFor(document_id);
  natsMsg* raw = nullptr;
  jsErrCode js_error = kNoJsError;
  natsStatus s = js_GetLastMsg(&raw, connection.jetstream(), nats::kStreamName,
                               subject.c_str(), nullptr, &js_error);
  nats::MsgPtr msg(raw);
  if (s != NATS_OK) {
    if (js_error == JSNoMessageFoundErr) return std::optional<LogEntry>();
    return nats::FromNats(s, js_error,
                          absl::StrCat("reading the newest entry of ", subject,
                                       " on NATS at ", connection.urls()));
  }
  absl::StatusOr<LogEntry> entry = nats::DecodeEntry(msg.get());
  if (!entry.ok()) return entry.status();
  return std::optional<LogEntry>(*std::move(entry));
}

absl::StatusOr<store::PutResult> PutAfterConflict(
    const nats::NatsConnection& connection, const v1::Extraction& extraction,
    absl::Duration timeout, nats::PutEncoding encoding) {
  const std::string& id = extraction.document().id();
  for (int round = 0; round < kMaxRounds; ++round) {
    absl::StatusOr<std::optional<LogEntry>> last = LastEntry(connection, id);
    if (!last.ok()) return last.status();
    if (last->has_value() && (*last)->op == LogEntry::Op::kPut) {
      return store::PutResult{
          false, std::move(*(*last)->extraction->mutable_document()),
          (*last)->sequence};
    }
    // None, a tombstone, or an entry nobody understands: this put follows
    // it. The message id names the entry it follows, so a retried publish
    // is deduplicated but a put after a later tombstone is not.
    const uint64_t after = last->has_value() ? (*last)->sequence : 0;
    absl::StatusOr<nats::MsgPtr> msg = nats::EncodePut(extraction, encoding);
    if (!msg.ok()) return msg.status();
    absl::StatusOr<Published> published = PublishAfter(
        connection, msg->get(), after, absl::StrCat(id, ".", after), timeout);
    if (!published.ok()) return published.status();
    if (!published->conflict && !published->duplicate) {
      return store::PutResult{true, extraction.document(), published->sequence};
    }
  }
  return TooManyRounds(id);
}

absl::Status PublishDelete(const nats::NatsConnection& connection,
                           absl::string_view document_id,
                           absl::Duration timeout) {
  for (int round = 0; round < kMaxRounds; ++round) {
    absl::StatusOr<std::optional<LogEntry>> last =
        LastEntry(connection, document_id);
    if (!last.ok()) return last.status();
    if (!last->has_value() || (*last)->op != LogEntry::Op::kPut) {
      return absl::NotFoundError(
          absl::StrCat("document ", document_id, " not found"));
    }
    const uint64_t put = (*last)->sequence;
    absl::StatusOr<nats::MsgPtr> tombstone = nats::EncodeDelete(document_id);
    if (!tombstone.ok()) return tombstone.status();
    absl::StatusOr<Published> published =
        PublishAfter(connection, tombstone->get(), put,
                     absl::StrCat("delete.", document_id, ".", put), timeout);
    if (!published.ok()) return published.status();
    // A duplicate is this very tombstone, published by a concurrent delete.
    if (!published->conflict) return absl::OkStatus();
  }
  return TooManyRounds(document_id);
}

}  // namespace amicus::ingest
