#ifndef AMICUS_CLI_ENUM_NAMES_H_
#define AMICUS_CLI_ENUM_NAMES_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"

namespace amicus::cli {

// Command-line spelling of the proto enums: the value name without its
// prefix, lowercase ("threat" for EVENT_TYPE_THREAT, "joint_letter" for
// DOCUMENT_KIND_JOINT_LETTER). The UNSPECIFIED values are not accepted.
absl::StatusOr<v1::EventType> ParseEventType(absl::string_view name);
absl::StatusOr<v1::DocumentKind> ParseDocumentKind(absl::string_view name);

std::string EventTypeName(v1::EventType type);
std::string DocumentKindName(v1::DocumentKind kind);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_ENUM_NAMES_H_
