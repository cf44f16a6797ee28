#ifndef AMICUS_INGEST_SERVICE_LOG_PUBLISHER_H_
#define AMICUS_INGEST_SERVICE_LOG_PUBLISHER_H_

#include <deque>
#include <memory>
#include <string>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "amicus/v1/records.pb.h"
#include "server/nats/log_stream.h"
#include "server/nats/nats_connection.h"
#include "store/writer.h"

namespace amicus::ingest {

struct LogPublisherOptions {
  // --nats: "nats://HOST:PORT[,...]".
  std::string urls;
  // --nats_timeout: how long one publish or lookup may wait for NATS.
  absl::Duration timeout = absl::Seconds(5);
  // For NATS's client list and the log.
  std::string name = "amicus-ingest";
  // --nats_compress: how puts are published (log_stream.h).
  nats::PutEncoding encoding = nats::PutEncoding::kZstd;
};

// The store::Writer of distributed mode: a put or delete is an entry
// published to the JetStream log (NATS_DESIGN.md), answered only once
// JetStream acknowledged it as stored, never while NATS is unreachable.
// Puts are published asynchronously over one connection, so many are in
// flight and the log holds them in PutAsync order; `done` runs on the NATS
// library's thread, or on this publisher's conflict thread for a document
// whose subject was taken (a duplicate, or a put after a delete).
class LogPublisher : public store::Writer {
 public:
  // Fails only on unusable options; NATS itself may come later.
  static absl::StatusOr<std::unique_ptr<LogPublisher>> Connect(
      LogPublisherOptions options);
  // Waits for the puts still in flight (at most the timeout), failing
  // those that never got an answer.
  ~LogPublisher() override;

  // For ServeOptions::prepare: returns once NATS answered and the stream
  // exists, retrying until then or until `stop`.
  absl::Status AwaitStream(const absl::Notification& stop);

  void PutAsync(v1::Extraction extraction, PutDone done) override;
  absl::Status Delete(absl::string_view document_id) override;

 private:
  // A put awaiting its PubAck.
  struct Pending {
    v1::Document document;  // for the answer
    PutDone done;
  };
  // A put whose subject was taken, for the conflict thread.
  struct Conflict {
    absl::StatusOr<v1::Extraction> extraction;  // as published
    PutDone done;
  };

  explicit LogPublisher(LogPublisherOptions options)
      : options_(std::move(options)) {}
  void OnPublishAck(natsMsg* msg, jsPubAck* ack, jsPubAckErr* error);
  // Moves the put awaiting `msg`'s PubAck to `out`; false if there is
  // none (already answered).
  bool TakePending(natsMsg* msg, Pending* out);
  bool NothingPending() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  bool ConflictOrStop() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void ResolveConflicts();
  void Resolve(Conflict conflict);
  absl::Status PublishFailed(absl::string_view document_id,
                             const absl::Status& status) const;

  const LogPublisherOptions options_;
  std::unique_ptr<nats::NatsConnection> connection_;

  absl::Mutex mu_;
  absl::flat_hash_map<natsMsg*, Pending> pending_ ABSL_GUARDED_BY(mu_);
  std::deque<Conflict> conflicts_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread conflict_thread_;
};

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_LOG_PUBLISHER_H_
