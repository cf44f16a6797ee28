#ifndef AMICUS_CLI_CONNECTION_H_
#define AMICUS_CLI_CONNECTION_H_

#include <memory>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/status/statusor.h"
#include "grpcpp/grpcpp.h"

namespace amicus::cli {

// Channel credentials from --tls_ca, --tls_cert/--tls_key and --token or
// --token_file: plaintext when none is given; a token needs TLS.
absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>>
ChannelCredentialsFromFlags();

// A channel to `target` (credentials from the flags above) that is already
// connected; UNAVAILABLE with
// "cannot reach HOST:PORT" if no connection comes up within a few seconds.
absl::StatusOr<std::shared_ptr<grpc::Channel>> Connect(
    const std::string& target);

// Prints why an RPC failed to stderr and returns the exit code: usage for
// an unreachable server, failure otherwise.
int ReportRpcFailure(const grpc::Status& status, const std::string& target);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_CONNECTION_H_
