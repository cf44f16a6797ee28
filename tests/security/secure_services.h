#ifndef AMICUS_TESTS_SECURITY_SECURE_SERVICES_H_
#define AMICUS_TESTS_SECURITY_SECURE_SERVICES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "grpcpp/grpcpp.h"
#include "tests/e2e/subprocess.h"
#include "tests/security/test_certificates.h"

namespace amicus::testing {

// The real amicus-ingest and amicus-query over one fresh database, both
// started with the same extra flags (TLS, tokens, limits).
class SecureServices {
 public:
  absl::Status Start(const std::vector<std::string>& extra_flags);
  ~SecureServices();

  const std::string& ingest_address() const { return ingest_address_; }
  const std::string& query_address() const { return query_address_; }
  // Both processes' stderr, concatenated.
  std::string Logs() const;

 private:
  std::string data_dir_;
  std::string ingest_address_;
  std::string query_address_;
  std::unique_ptr<Subprocess> ingest_;
  std::unique_ptr<Subprocess> query_;
};

// Client sides of a TLS connection.
struct ClientTls {
  std::string ca_cert;  // empty: plaintext
  std::string client_cert, client_key;  // empty: no client certificate
};

// A channel to `address` with `tls`; the token, if any, goes per call.
std::shared_ptr<grpc::Channel> Channel(const std::string& address,
                                       const ClientTls& tls);

// A context with a 10 s deadline and, if `token` is not empty,
// `authorization: Bearer token`.
std::unique_ptr<grpc::ClientContext> CallContext(const std::string& token);

// grpc.health.v1 Check of the whole server, without a token.
grpc::Status CheckHealth(const std::shared_ptr<grpc::Channel>& channel);

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_SECURITY_SECURE_SERVICES_H_
