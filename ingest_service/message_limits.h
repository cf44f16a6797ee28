#ifndef AMICUS_INGEST_SERVICE_MESSAGE_LIMITS_H_
#define AMICUS_INGEST_SERVICE_MESSAGE_LIMITS_H_

#include <cstdint>

#include "absl/status/statusor.h"

namespace amicus::ingest {

// The gRPC message limit for a given document limit: larger by 1 MiB, so a
// document just over its limit still reaches the service and gets a clear
// RESOURCE_EXHAUSTED naming its size instead of a transport error.
// INVALID_ARGUMENT when the document limit is not positive or too large for
// gRPC's int-sized limits.
absl::StatusOr<int> MaxMessageBytesFor(int64_t max_document_bytes);

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_MESSAGE_LIMITS_H_
