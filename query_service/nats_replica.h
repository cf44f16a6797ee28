#ifndef AMICUS_QUERY_SERVICE_NATS_REPLICA_H_
#define AMICUS_QUERY_SERVICE_NATS_REPLICA_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "query_service/log_applier.h"
#include "server/nats/nats_connection.h"
#include "store/reader.h"
#include "store/writer.h"

namespace amicus::query {

struct NatsReplicaOptions {
  // The --nats flag.
  std::string nats_urls;
  // The replica's own database directory (--db), created if missing.
  std::string db;
  LogApplierOptions applier;
};

// A query replica of distributed mode: its own database, written only by
// the LogApplier from the NATS log and read in the same process through a
// Reader on the writer's database (Reader::OnWriter).
class NatsReplica {
 public:
  // Fails if the database cannot be opened or the URLs are unusable; an
  // unreachable NATS is not an error (the applier waits for it).
  static absl::StatusOr<std::unique_ptr<NatsReplica>> Open(
      const NatsReplicaOptions& options);

  store::Reader* reader() const { return reader_.get(); }
  LogApplier* applier() const { return applier_.get(); }

 private:
  NatsReplica() = default;

  // Destroyed in reverse: the applier first, the connection last.
  std::unique_ptr<nats::NatsConnection> connection_;
  std::unique_ptr<store::Writer> writer_;
  std::unique_ptr<store::Reader> reader_;
  std::unique_ptr<LogApplier> applier_;
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_NATS_REPLICA_H_
