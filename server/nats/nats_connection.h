#ifndef AMICUS_SERVER_NATS_NATS_CONNECTION_H_
#define AMICUS_SERVER_NATS_NATS_CONNECTION_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "nats/nats.h"

namespace amicus::nats {

// Owns a natsMsg (natsMsg_Destroy ignores null).
struct MsgDeleter {
  void operator()(natsMsg* msg) const { natsMsg_Destroy(msg); }
};
using MsgPtr = std::unique_ptr<natsMsg, MsgDeleter>;

struct NatsConnectionOptions {
  // The --nats flag: "nats://host:4222[,nats://other:4222...]" (the
  // "nats://" may be left out).
  std::string urls;
  // Client name, shown by the server and in this process's log lines
  // ("amicus-ingest").
  std::string name;
  // Between reconnect attempts; the connection retries forever.
  absl::Duration reconnect_wait = absl::Milliseconds(250);
  // Default bound on JetStream API requests (stream info, get message,
  // synchronous publish) and on connecting to one server.
  absl::Duration request_timeout = absl::Seconds(5);
  // Optional: the outcome of every js_PublishMsgAsync on this connection's
  // JetStream context, on the library's thread (exactly one of `ack` and
  // `error` is set; `msg` is the published message, destroyed after the
  // call). It must not block: no synchronous NATS calls in it.
  std::function<void(natsMsg* msg, jsPubAck* ack, jsPubAckErr* error)>
      on_publish_ack;
  // Bound on asynchronous publishes awaiting their PubAck.
  int64_t max_pending_async = 4096;
};

// A NATS connection and its JetStream context, for the life of the object.
// When no server answers at first it keeps trying in the background, and
// after a disconnect it reconnects forever by itself; disconnects and
// reconnects are logged once each. Thread-safe (nats.c is).
class NatsConnection {
 public:
  // Fails only on unusable options (an empty or malformed URL list).
  static absl::StatusOr<std::unique_ptr<NatsConnection>> Connect(
      NatsConnectionOptions options);
  ~NatsConnection();
  NatsConnection(const NatsConnection&) = delete;
  NatsConnection& operator=(const NatsConnection&) = delete;

  bool IsConnected() const;
  // UNAVAILABLE "NATS unreachable at URLS: <state>", for calls refused
  // while not connected.
  absl::Status Unreachable() const;
  // The server's max_payload (headers + data of one message), as told
  // when the connection was last established; 0 before that.
  int64_t MaxPayload() const;

  natsConnection* connection() const { return connection_; }
  jsCtx* jetstream() const { return jetstream_; }
  const std::string& urls() const { return options_.urls; }
  absl::Duration request_timeout() const { return options_.request_timeout; }

 private:
  explicit NatsConnection(NatsConnectionOptions options)
      : options_(std::move(options)) {}
  absl::Status Open();

  static void OnConnected(natsConnection*, void* self);
  static void OnDisconnected(natsConnection*, void* self);
  static void OnReconnected(natsConnection*, void* self);
  static void OnPublishAck(jsCtx*, natsMsg* msg, jsPubAck* ack,
                           jsPubAckErr* error, void* self);
  static void OnClosed(natsConnection*, void* self);

  const NatsConnectionOptions options_;
  natsOptions* nats_options_ = nullptr;
  natsConnection* connection_ = nullptr;
  jsCtx* jetstream_ = nullptr;
  // Set once the destructor runs: the callbacks still to come from nats.c
  // log nothing and call no one. Held (shared) by each callback, so the
  // destructor waits for those running.
  absl::Mutex callback_mu_;
  bool closing_ ABSL_GUARDED_BY(callback_mu_) = false;
  // The last callback of a connection.
  absl::Notification closed_;
};

}  // namespace amicus::nats

#endif  // AMICUS_SERVER_NATS_NATS_CONNECTION_H_
