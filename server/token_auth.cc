#include "server/token_auth.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "server/method_access.h"

namespace amicus::server {
namespace {

absl::string_view View(const grpc::string_ref& ref) {
  return absl::string_view(ref.data(), ref.size());
}

// The value of the first `key` entry, or empty.
absl::string_view Find(const grpc::AuthMetadataProcessor::InputMetadata& md,
                       absl::string_view key) {
  for (const auto& [name, value] : md) {
    if (View(name) == key) return View(value);
  }
  return {};
}

// "Bearer abc" -> "abc"; anything else -> empty.
absl::string_view BearerToken(absl::string_view authorization) {
  constexpr absl::string_view kScheme = "bearer ";
  if (!absl::StartsWithIgnoreCase(authorization, kScheme)) return {};
  return absl::StripAsciiWhitespace(authorization.substr(kScheme.size()));
}

}  // namespace

grpc::Status TokenAuthProcessor::Process(const InputMetadata& auth_metadata,
                                         grpc::AuthContext* /*context*/,
                                         OutputMetadata* consumed_auth_metadata,
                                         OutputMetadata* /*response_metadata*/) {
  const Access required = RequiredAccess(Find(auth_metadata, ":path"));
  if (required == Access::kNone) return grpc::Status::OK;
  const absl::string_view token =
      BearerToken(Find(auth_metadata, "authorization"));
  if (token.empty()) {
    return grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                        "missing bearer token (authorization: Bearer TOKEN)");
  }
  const Access granted = tokens_.Lookup(token);
  if (granted == Access::kNone) {
    return grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                        "unknown bearer token");
  }
  if (granted < required) {
    return grpc::Status(
        grpc::StatusCode::PERMISSION_DENIED,
        absl::StrCat("this method needs a ", AccessName(required),
                     " token; the token given is ", AccessName(granted),
                     "-only"));
  }
  // Handlers have no use for the token; keep it out of their reach (and so
  // out of anything they might log).
  consumed_auth_metadata->emplace("authorization",
                                  std::string(Find(auth_metadata, "authorization")));
  return grpc::Status::OK;
}

}  // namespace amicus::server
