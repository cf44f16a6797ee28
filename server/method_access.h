#ifndef AMICUS_SERVER_METHOD_ACCESS_H_
#define AMICUS_SERVER_METHOD_ACCESS_H_

#include "absl/strings/string_view.h"

namespace amicus::server {

// What a bearer token must grant for a call. Ordered: a token granting
// kWrite may also make kRead calls.
enum class Access { kNone = 0, kRead = 1, kWrite = 2 };

// The access a call to `path` ("/amicus.v1.IngestService/Ingest") needs:
// kNone for grpc.health.v1 (probes carry no token), kWrite for every
// IngestService method (they store or delete), kRead for everything else
// (QueryService, reflection). Unknown paths get kRead at least, so nothing
// unlisted is ever reachable without a token.
Access RequiredAccess(absl::string_view path);

absl::string_view AccessName(Access access);

}  // namespace amicus::server

#endif  // AMICUS_SERVER_METHOD_ACCESS_H_
