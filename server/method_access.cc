#include "server/method_access.h"

#include "absl/strings/match.h"

namespace amicus::server {

Access RequiredAccess(absl::string_view path) {
  if (absl::StartsWith(path, "/grpc.health.v1.Health/")) return Access::kNone;
  // Every IngestService method changes the database: Ingest, IngestStream
  // and DeleteDocument. A method added later is write until shown otherwise.
  if (absl::StartsWith(path, "/amicus.v1.IngestService/")) {
    return Access::kWrite;
  }
  return Access::kRead;
}

absl::string_view AccessName(Access access) {
  switch (access) {
    case Access::kNone:
      return "none";
    case Access::kRead:
      return "read";
    case Access::kWrite:
      return "write";
  }
  return "none";
}

}  // namespace amicus::server
