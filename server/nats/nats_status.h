#ifndef AMICUS_SERVER_NATS_NATS_STATUS_H_
#define AMICUS_SERVER_NATS_NATS_STATUS_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "nats/nats.h"

namespace amicus::nats {

// The absl::Status for a failed nats.c call: `action` ("publishing to
// amicus.doc.ab12..."), the nats status text, the library's last error
// text of this thread, and the JetStream error code when there is one
// (jsErrCode 0 = none). Connection trouble and timeouts are UNAVAILABLE
// and DEADLINE_EXCEEDED, an oversized message RESOURCE_EXHAUSTED, a
// missing stream or message NOT_FOUND, a failed expectation on the last
// sequence (10071) FAILED_PRECONDITION.
absl::Status FromNats(natsStatus status, jsErrCode js_error,
                      absl::string_view action);

}  // namespace amicus::nats

#endif  // AMICUS_SERVER_NATS_NATS_STATUS_H_
