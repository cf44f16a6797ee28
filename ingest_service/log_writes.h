#ifndef AMICUS_INGEST_SERVICE_LOG_WRITES_H_
#define AMICUS_INGEST_SERVICE_LOG_WRITES_H_

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "amicus/v1/records.pb.h"
#include "server/nats/log_stream.h"
#include "server/nats/nats_connection.h"
#include "store/writer.h"

// The synchronous, conditional writes of distributed mode (NATS_DESIGN.md,
// "Publishing a put" steps 2-3 and "Deleting"): look at a document's
// newest entry, then publish expecting exactly that entry to be the
// newest, and look again when another writer came first.
namespace amicus::ingest {

// The document's newest entry; nullopt if it never had one.
absl::StatusOr<std::optional<nats::LogEntry>> LastEntry(
    const nats::NatsConnection& connection, absl::string_view document_id);

// After the first, unconditional attempt of a put found the subject taken
// (10071, or a PubAck marked duplicate): created=false with the stored
// document if the newest entry is a put, otherwise publishes `extraction`
// after the tombstone. Each publish waits at most `timeout`.
absl::StatusOr<store::PutResult> PutAfterConflict(
    const nats::NatsConnection& connection, const v1::Extraction& extraction,
    absl::Duration timeout, nats::PutEncoding encoding);

// Publishes the tombstone of a stored document; NOT_FOUND if there is none.
absl::Status PublishDelete(const nats::NatsConnection& connection,
                           absl::string_view document_id,
                           absl::Duration timeout);

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_LOG_WRITES_H_
