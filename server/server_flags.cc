#include "server/server_flags.h"

#include <cstring>
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"

ABSL_FLAG(std::string, tls_cert, "",
          "PEM server certificate chain; with --tls_key, serve TLS only.");
ABSL_FLAG(std::string, tls_key, "", "PEM private key of --tls_cert.");
ABSL_FLAG(std::string, tls_client_ca, "",
          "PEM CA bundle: require client certificates signed by it (mutual "
          "TLS). Needs --tls_cert.");
ABSL_FLAG(std::string, token_file, "",
          "Bearer tokens, one `TOKEN read|write` per line; every call but "
          "health checks then needs `authorization: Bearer TOKEN`. Needs "
          "--tls_cert.");
ABSL_FLAG(int, max_concurrent_streams, 4096,
          "Calls (streams included) handled at once; more get "
          "RESOURCE_EXHAUSTED.");
ABSL_FLAG(int, max_message_bytes, 0,
          "Largest message sent or received; 0: the service's default "
          "(amicus-ingest: from --max_document_bytes; amicus-query: 64 MiB).");
ABSL_FLAG(absl::Duration, keepalive_time, absl::Seconds(60),
          "Ping a connection after this long without traffic.");
ABSL_FLAG(absl::Duration, keepalive_timeout, absl::Seconds(20),
          "Close a connection whose ping is not answered within this.");
ABSL_FLAG(absl::Duration, min_client_ping_interval, absl::Seconds(10),
          "Clients pinging more often than this get their connection "
          "closed.");

namespace amicus::server {

void AcceptDashedFlagNames(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    char* arg = argv[i];
    if (std::strcmp(arg, "--") == 0) return;
    if (arg[0] != '-') continue;
    // Skip the leading dashes, then rewrite up to '='.
    char* name = arg + (arg[1] == '-' ? 2 : 1);
    for (char* c = name; *c != '\0' && *c != '='; ++c) {
      if (*c == '-') *c = '_';
    }
  }
}

absl::Status ApplyServerFlags(ServeOptions* options) {
  SecurityOptions& security = options->security;
  security.tls_cert_file = absl::GetFlag(FLAGS_tls_cert);
  security.tls_key_file = absl::GetFlag(FLAGS_tls_key);
  security.tls_client_ca_file = absl::GetFlag(FLAGS_tls_client_ca);
  security.token_file = absl::GetFlag(FLAGS_token_file);

  LimitOptions& limits = options->limits;
  limits.max_concurrent_streams = absl::GetFlag(FLAGS_max_concurrent_streams);
  if (limits.max_concurrent_streams <= 0) {
    return absl::InvalidArgumentError("--max_concurrent_streams must be positive");
  }
  const int max_message_bytes = absl::GetFlag(FLAGS_max_message_bytes);
  if (max_message_bytes < 0) {
    return absl::InvalidArgumentError("--max_message_bytes must not be negative");
  }
  if (max_message_bytes > 0) limits.max_message_bytes = max_message_bytes;
  limits.keepalive_time = absl::GetFlag(FLAGS_keepalive_time);
  limits.keepalive_timeout = absl::GetFlag(FLAGS_keepalive_timeout);
  limits.min_client_ping_interval = absl::GetFlag(FLAGS_min_client_ping_interval);
  if (limits.keepalive_time <= absl::ZeroDuration() ||
      limits.keepalive_timeout <= absl::ZeroDuration() ||
      limits.min_client_ping_interval <= absl::ZeroDuration()) {
    return absl::InvalidArgumentError(
        "--keepalive_time, --keepalive_timeout and --min_client_ping_interval "
        "must be positive");
  }
  return absl::OkStatus();
}

}  // namespace amicus::server
