#ifndef AMICUS_CLI_CLI_FLAGS_H_
#define AMICUS_CLI_CLI_FLAGS_H_

#include <cstdint>
#include <string>

#include "absl/flags/declare.h"

// Flags are global to the binary; each subcommand reads the ones it uses and
// refuses filters that do not apply to it.
ABSL_DECLARE_FLAG(std::string, target);
ABSL_DECLARE_FLAG(bool, json);
ABSL_DECLARE_FLAG(bool, follow);
ABSL_DECLARE_FLAG(bool, progress);
ABSL_DECLARE_FLAG(int64_t, limit);
ABSL_DECLARE_FLAG(int64_t, max_document_bytes);
ABSL_DECLARE_FLAG(std::string, from);
ABSL_DECLARE_FLAG(std::string, to);
ABSL_DECLARE_FLAG(std::string, actor);
ABSL_DECLARE_FLAG(std::string, type);
ABSL_DECLARE_FLAG(std::string, document);
ABSL_DECLARE_FLAG(std::string, contains);
ABSL_DECLARE_FLAG(std::string, min_confidence);
ABSL_DECLARE_FLAG(std::string, speaker);
ABSL_DECLARE_FLAG(std::string, organization);
ABSL_DECLARE_FLAG(std::string, kind);
ABSL_DECLARE_FLAG(std::string, tls_ca);
ABSL_DECLARE_FLAG(std::string, tls_cert);
ABSL_DECLARE_FLAG(std::string, tls_key);
ABSL_DECLARE_FLAG(std::string, token);
ABSL_DECLARE_FLAG(std::string, token_file);

#endif  // AMICUS_CLI_CLI_FLAGS_H_
