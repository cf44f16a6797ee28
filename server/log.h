#ifndef AMICUS_SERVER_LOG_H_
#define AMICUS_SERVER_LOG_H_

#include "absl/strings/string_view.h"

namespace amicus::server {

// Writes one timestamped line to stderr in a single write, so lines from
// concurrent RPCs never interleave. Callers must not pass document text:
// only ids, sizes, source URIs and status messages.
void LogLine(absl::string_view line);

}  // namespace amicus::server

#endif  // AMICUS_SERVER_LOG_H_
