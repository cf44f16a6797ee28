#ifndef AMICUS_SERVER_SERVER_FLAGS_H_
#define AMICUS_SERVER_SERVER_FLAGS_H_

#include "absl/status/status.h"
#include "server/serve.h"

// Flags shared by amicus-ingest and amicus-query: transport security,
// bearer tokens and limits (see RELIABILITY.md, "Authentication and
// transport security" and "Load and limits"):
//   --tls_cert, --tls_key, --tls_client_ca, --token_file,
//   --max_concurrent_streams, --max_message_bytes, --keepalive_time,
//   --keepalive_timeout, --min_client_ping_interval.

namespace amicus::server {

// Lets `--tls-cert=...` mean `--tls_cert=...`: the documented spellings
// use dashes, absl flags use underscores. Rewrites flag names in place, up
// to a lone "--"; values are left alone. Call before ParseCommandLine.
void AcceptDashedFlagNames(int argc, char** argv);

// Copies the shared flags into `options`. --max_message_bytes overrides
// options->limits.max_message_bytes only when given (non-zero), so each
// service keeps its own default. Refuses nonsensical values.
absl::Status ApplyServerFlags(ServeOptions* options);

}  // namespace amicus::server

#endif  // AMICUS_SERVER_SERVER_FLAGS_H_
