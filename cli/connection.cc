#include "cli/connection.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "cli/cli_flags.h"
#include "cli/exit_codes.h"

namespace amicus::cli {
namespace {

absl::StatusOr<std::string> ReadFile(const std::string& path,
                                     const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot read ", what, " ", path));
  }
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The token from --token or the first line of --token_file; empty if
// neither is given.
absl::StatusOr<std::string> BearerToken() {
  std::string token = absl::GetFlag(FLAGS_token);
  const std::string file = absl::GetFlag(FLAGS_token_file);
  if (!token.empty() && !file.empty()) {
    return absl::InvalidArgumentError("give --token or --token_file, not both");
  }
  if (!file.empty()) {
    absl::StatusOr<std::string> text = ReadFile(file, "token file");
    if (!text.ok()) return text.status();
    token = text->substr(0, text->find('\n'));
  }
  return std::string(absl::StripAsciiWhitespace(token));
}

absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> TlsCredentials() {
  grpc::SslCredentialsOptions ssl;
  const std::string ca = absl::GetFlag(FLAGS_tls_ca);
  const std::string cert = absl::GetFlag(FLAGS_tls_cert);
  const std::string key = absl::GetFlag(FLAGS_tls_key);
  if (cert.empty() != key.empty()) {
    return absl::InvalidArgumentError(
        "--tls_cert and --tls_key must be given together");
  }
  if (!ca.empty()) {
    absl::StatusOr<std::string> pem = ReadFile(ca, "CA bundle");
    if (!pem.ok()) return pem.status();
    ssl.pem_root_certs = *pem;
  }
  if (!cert.empty()) {
    absl::StatusOr<std::string> cert_pem = ReadFile(cert, "certificate");
    if (!cert_pem.ok()) return cert_pem.status();
    absl::StatusOr<std::string> key_pem = ReadFile(key, "key");
    if (!key_pem.ok()) return key_pem.status();
    ssl.pem_cert_chain = *cert_pem;
    ssl.pem_private_key = *key_pem;
  }
  return grpc::SslCredentials(ssl);
}

}  // namespace

absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>>
ChannelCredentialsFromFlags() {
  absl::StatusOr<std::string> token = BearerToken();
  if (!token.ok()) return token.status();
  const bool tls = !absl::GetFlag(FLAGS_tls_ca).empty() ||
                   !absl::GetFlag(FLAGS_tls_cert).empty();
  if (!tls) {
    if (!token->empty()) {
      return absl::InvalidArgumentError(
          "--token/--token_file need TLS (--tls_ca): a token must not travel "
          "in plaintext");
    }
    return grpc::InsecureChannelCredentials();
  }
  absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> credentials =
      TlsCredentials();
  if (!credentials.ok() || token->empty()) return credentials;
  // Sent as `authorization: Bearer TOKEN` on every call.
  return grpc::CompositeChannelCredentials(
      *credentials, grpc::AccessTokenCredentials(*token));
}

absl::StatusOr<std::shared_ptr<grpc::Channel>> Connect(
    const std::string& target) {
  absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> credentials =
      ChannelCredentialsFromFlags();
  if (!credentials.ok()) return credentials.status();
  grpc::ChannelArguments args;
  // Documents with their full text can be large; the server sets the limit.
  args.SetMaxReceiveMessageSize(-1);
  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateCustomChannel(target, *credentials, args);
  if (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                 std::chrono::seconds(5))) {
    return absl::UnavailableError(absl::StrCat(
        "cannot reach ", target,
        " (a TLS server needs --tls_ca; mutual TLS also --tls_cert/--tls_key)"));
  }
  return channel;
}

int ReportRpcFailure(const grpc::Status& status, const std::string& target) {
  if (status.error_code() == grpc::StatusCode::UNAVAILABLE) {
    std::cerr << "amicus: cannot reach " << target << ": "
              << status.error_message() << "\n";
    return kExitUsage;
  }
  std::cerr << "amicus: "
            << absl::StatusCodeToString(
                   static_cast<absl::StatusCode>(status.error_code()))
            << ": " << status.error_message() << "\n";
  return kExitFailed;
}

}  // namespace amicus::cli
