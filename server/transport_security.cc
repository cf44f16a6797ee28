#include "server/transport_security.h"

#include <fstream>
#include <sstream>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/token_auth.h"
#include "server/token_table.h"

namespace amicus::server {
namespace {

absl::StatusOr<std::string> ReadPem(const std::string& path,
                                    const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot read ", what, " ", path));
  }
  std::stringstream text;
  text << in.rdbuf();
  // gRPC only says "handshake failed" later; catch a wrong file now.
  if (!absl::StrContains(text.str(), "-----BEGIN ")) {
    return absl::InvalidArgumentError(
        absl::StrCat(what, " ", path, " is not PEM"));
  }
  return text.str();
}

absl::Status CheckCombination(const SecurityOptions& options) {
  const bool tls = !options.tls_cert_file.empty();
  if (tls != !options.tls_key_file.empty()) {
    return absl::InvalidArgumentError(
        "--tls_cert and --tls_key must be given together");
  }
  if (!tls && !options.tls_client_ca_file.empty()) {
    return absl::InvalidArgumentError(
        "--tls_client_ca needs --tls_cert and --tls_key");
  }
  if (!tls && !options.token_file.empty()) {
    return absl::InvalidArgumentError(
        "--token_file needs --tls_cert and --tls_key: bearer tokens must not "
        "travel in plaintext");
  }
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> TlsCredentials(
    const SecurityOptions& options) {
  absl::StatusOr<std::string> cert =
      ReadPem(options.tls_cert_file, "TLS certificate");
  if (!cert.ok()) return cert.status();
  absl::StatusOr<std::string> key = ReadPem(options.tls_key_file, "TLS key");
  if (!key.ok()) return key.status();
  grpc::SslServerCredentialsOptions ssl;
  ssl.pem_key_cert_pairs.push_back({*key, *cert});
  if (!options.tls_client_ca_file.empty()) {
    absl::StatusOr<std::string> ca =
        ReadPem(options.tls_client_ca_file, "client CA");
    if (!ca.ok()) return ca.status();
    ssl.pem_root_certs = *ca;
    ssl.client_certificate_request =
        GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
  }
  return grpc::SslServerCredentials(ssl);
}

}  // namespace

absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> BuildServerCredentials(
    const SecurityOptions& options) {
  if (absl::Status ok = CheckCombination(options); !ok.ok()) return ok;
  if (options.tls_cert_file.empty()) return grpc::InsecureServerCredentials();
  absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials =
      TlsCredentials(options);
  if (!credentials.ok() || options.token_file.empty()) return credentials;
  absl::StatusOr<TokenTable> tokens = TokenTable::Load(options.token_file);
  if (!tokens.ok()) return tokens.status();
  (*credentials)->SetAuthMetadataProcessor(
      std::make_shared<TokenAuthProcessor>(*std::move(tokens)));
  return credentials;
}

std::string DescribeSecurity(const SecurityOptions& options) {
  std::string out = options.tls_cert_file.empty()          ? "tls=off"
                    : options.tls_client_ca_file.empty() ? "tls=on"
                                                         : "tls=mutual";
  if (options.token_file.empty()) return absl::StrCat(out, " tokens=off");
  absl::StatusOr<TokenTable> tokens = TokenTable::Load(options.token_file);
  if (!tokens.ok()) return absl::StrCat(out, " tokens=unreadable");
  return absl::StrCat(out, " tokens=", tokens->size(), " (",
                      tokens->CountWith(Access::kRead), " read, ",
                      tokens->CountWith(Access::kWrite), " write)");
}

}  // namespace amicus::server
