#include "cli/enum_names.h"

#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/descriptor.h"

namespace amicus::cli {
namespace {

using google::protobuf::EnumDescriptor;
using google::protobuf::EnumValueDescriptor;

std::string ShortName(const EnumValueDescriptor& value,
                      absl::string_view prefix) {
  return absl::AsciiStrToLower(
      absl::string_view(value.name()).substr(prefix.size()));
}

// Looks the name up in the enum's descriptor, so new enum values work on
// the command line without touching this file.
absl::StatusOr<int> ParseEnum(const EnumDescriptor& descriptor,
                              absl::string_view prefix,
                              absl::string_view what, absl::string_view name) {
  std::vector<std::string> known;
  for (int i = 0; i < descriptor.value_count(); ++i) {
    const EnumValueDescriptor& value = *descriptor.value(i);
    if (value.number() == 0) continue;
    known.push_back(ShortName(value, prefix));
    if (known.back() == absl::AsciiStrToLower(name)) return value.number();
  }
  return absl::InvalidArgumentError(absl::StrCat("unknown ", what, " \"", name,
                                                 "\"; expected one of ",
                                                 absl::StrJoin(known, ", ")));
}

std::string EnumName(const EnumDescriptor& descriptor,
                     absl::string_view prefix, int number) {
  const EnumValueDescriptor* value = descriptor.FindValueByNumber(number);
  if (value == nullptr) return absl::StrCat(number);
  return ShortName(*value, prefix);
}

}  // namespace

absl::StatusOr<v1::EventType> ParseEventType(absl::string_view name) {
  absl::StatusOr<int> number =
      ParseEnum(*v1::EventType_descriptor(), "EVENT_TYPE_", "event type", name);
  if (!number.ok()) return number.status();
  return static_cast<v1::EventType>(*number);
}

absl::StatusOr<v1::DocumentKind> ParseDocumentKind(absl::string_view name) {
  absl::StatusOr<int> number = ParseEnum(
      *v1::DocumentKind_descriptor(), "DOCUMENT_KIND_", "document kind", name);
  if (!number.ok()) return number.status();
  return static_cast<v1::DocumentKind>(*number);
}

std::string EventTypeName(v1::EventType type) {
  return EnumName(*v1::EventType_descriptor(), "EVENT_TYPE_", type);
}

std::string DocumentKindName(v1::DocumentKind kind) {
  return EnumName(*v1::DocumentKind_descriptor(), "DOCUMENT_KIND_", kind);
}

}  // namespace amicus::cli
