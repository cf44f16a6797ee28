#ifndef AMICUS_CLI_DOCUMENT_FILES_H_
#define AMICUS_CLI_DOCUMENT_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace amicus::cli {

// Expands command-line paths into document files: a directory contributes
// every .txt/.md/.html/.htm/.pdf file below it (recursively, sorted, case-
// insensitive extension); any other path is kept as given, so a missing
// or unreadable file is reported when it is read.
std::vector<std::string> ExpandDocumentPaths(
    const std::vector<std::string>& paths);

// The file's bytes; NOT_FOUND / PERMISSION_DENIED / FAILED_PRECONDITION with
// the system's reason otherwise, and RESOURCE_EXHAUSTED, before reading it,
// for a file over `max_bytes` (the message amicus-ingest gives).
absl::StatusOr<std::string> ReadFileBytes(
    const std::string& path, int64_t max_bytes = INT64_MAX);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_DOCUMENT_FILES_H_
