#ifndef AMICUS_SERVER_TRANSPORT_SECURITY_H_
#define AMICUS_SERVER_TRANSPORT_SECURITY_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "grpcpp/security/server_credentials.h"

namespace amicus::server {

// Paths of PEM files and the token file; empty means "not used".
struct SecurityOptions {
  // Server certificate chain and its private key: TLS when both are set.
  std::string tls_cert_file;
  std::string tls_key_file;
  // CA that signs client certificates: mutual TLS (a client without a
  // certificate from this CA cannot connect). Needs TLS.
  std::string tls_client_ca_file;
  // Bearer tokens (format in token_table.h). Needs TLS: gRPC 1.51 attaches
  // no per-call checks to plaintext ports, and a token sent in plaintext
  // would be a token given away.
  std::string token_file;
};

// Credentials for the listening port: plaintext when nothing is set, else
// TLS, mutual TLS and/or bearer tokens. Errors name the file at fault,
// never its contents.
absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> BuildServerCredentials(
    const SecurityOptions& options);

// "tls=off", "tls=on tokens=2 (1 read, 1 write)", "tls=mutual ...": for the
// start-up log line. Counts only, no secrets.
std::string DescribeSecurity(const SecurityOptions& options);

}  // namespace amicus::server

#endif  // AMICUS_SERVER_TRANSPORT_SECURITY_H_
