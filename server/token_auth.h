#ifndef AMICUS_SERVER_TOKEN_AUTH_H_
#define AMICUS_SERVER_TOKEN_AUTH_H_

#include <memory>

#include "grpcpp/security/auth_metadata_processor.h"
#include "server/token_table.h"

namespace amicus::server {

// Checks `authorization: Bearer TOKEN` on every call before any handler
// runs, so a refused call reads and writes nothing:
//   - health checks pass without a token (probes have none);
//   - no token or an unknown one: UNAUTHENTICATED;
//   - a read token on a write method: PERMISSION_DENIED.
// Refusals are not logged: a flood of bad calls must not flood the log,
// and the presented token must never reach it.
class TokenAuthProcessor final : public grpc::AuthMetadataProcessor {
 public:
  explicit TokenAuthProcessor(TokenTable tokens) : tokens_(std::move(tokens)) {}

  // Hashing a token and a table scan: cheap, no I/O, safe inline.
  bool IsBlocking() const override { return false; }

  grpc::Status Process(const InputMetadata& auth_metadata,
                       grpc::AuthContext* context,
                       OutputMetadata* consumed_auth_metadata,
                       OutputMetadata* response_metadata) override;

 private:
  TokenTable tokens_;
};

}  // namespace amicus::server

#endif  // AMICUS_SERVER_TOKEN_AUTH_H_
