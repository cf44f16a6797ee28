#ifndef AMICUS_TESTS_CLUSTER_JETSTREAM_CLIENT_H_
#define AMICUS_TESTS_CLUSTER_JETSTREAM_CLIENT_H_

#include <nats/nats.h>

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace amicus::testing {

// What a test asks of a stream: its state and which peers hold it.
struct StreamState {
  uint64_t messages = 0;
  uint64_t last_sequence = 0;
  std::string leader;
  int replicas = 0;          // peers besides the leader
  int current_replicas = 0;  // of those, caught up with the leader
};

// A test's own libnats connection (with its JetStream context) to a list of
// servers, independent of the amicus code under test, so the tests can
// check the log itself. Reconnects for ever, like the services.
class JetStreamClient {
 public:
  static absl::StatusOr<std::unique_ptr<JetStreamClient>> Connect(
      const std::string& urls);
  ~JetStreamClient();

  jsCtx* js() const { return js_; }

  // Adds a file-storage stream on `subjects` with `replicas` replicas.
  absl::Status AddStream(const std::string& name, const std::string& subjects,
                         int replicas);
  absl::StatusOr<StreamState> State(const std::string& name);
  // A synchronous publish with a message id (so a retry is deduplicated);
  // returns the stream sequence of the acknowledgement.
  absl::StatusOr<uint64_t> Publish(const std::string& subject,
                                   const std::string& payload,
                                   const std::string& message_id,
                                   absl::Duration timeout);

 private:
  JetStreamClient() = default;
  natsConnection* connection_ = nullptr;
  jsCtx* js_ = nullptr;
};

// A libnats status (and JetStream error code, when there is one) as a Status.
absl::Status NatsError(const char* what, natsStatus status,
                       jsErrCode code = static_cast<jsErrCode>(0));

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_CLUSTER_JETSTREAM_CLIENT_H_
