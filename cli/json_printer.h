#ifndef AMICUS_CLI_JSON_PRINTER_H_
#define AMICUS_CLI_JSON_PRINTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"

namespace amicus::cli {

// Prints messages as proto3 JSON, byte for byte what
// google::protobuf::util::MessageToJsonString prints with default options
// (protobuf 3.21: no whitespace, lowerCamelCase names, fields in field
// number order, fields at their default omitted, 64-bit integers as
// strings, enums by name or by number when unknown, floats as SimpleFtoa /
// doubles as SimpleDtoa print them, Timestamps in RFC 3339, strings escaped
// as protobuf's JsonEscaping does), many times faster: Event, Quote,
// SignatorySet and Document (with their nested messages) through
// hand-written printers, other messages by walking their fields through
// reflection with a plan made once per type, instead of serializing the
// message and re-reading it through a type resolver. Messages it has no
// plan for (maps, groups, recursive types,
// well-known types other than Timestamp) go to MessageToJsonString.
// tests/ingest/json_printer_test.cc compares the two.
//
// Not thread-safe (plans and a float cache are built as it goes): one per
// thread.
class JsonPrinter {
 public:
  JsonPrinter();
  ~JsonPrinter();
  JsonPrinter(const JsonPrinter&) = delete;
  JsonPrinter& operator=(const JsonPrinter&) = delete;

  // Appends `message` as JSON to `out`. Returns false, appending nothing,
  // where MessageToJsonString fails (a Timestamp out of its range).
  bool Append(const google::protobuf::Message& message, std::string* out);

  // Whether Event, Quote, SignatorySet and Document go through the
  // hand-written printers (records.proto has no field they do not know).
  bool uses_record_printers() const { return records_match_; }

 private:
  struct MessagePlan;
  struct FieldPlan;

  // The plan for `type`, made on first use; null when `type` needs
  // MessageToJsonString.
  const MessagePlan* PlanFor(const google::protobuf::Descriptor* type);
  bool AppendMessage(const MessagePlan& plan,
                     const google::protobuf::Message& message, bool generated,
                     std::string* out);
  bool AppendValue(const FieldPlan& field,
                   const google::protobuf::Message& message,
                   const google::protobuf::Reflection* reflection,
                   bool generated, int index, std::string* out);

  absl::flat_hash_map<const google::protobuf::Descriptor*,
                      std::unique_ptr<MessagePlan>>
      plans_;
  // Types whose plan is being made (recursion) or could not be made.
  absl::flat_hash_map<const google::protobuf::Descriptor*, bool> unplanned_;

  // Whether records.proto still has the fields the hand-written record
  // printers print (else reflection prints the records too).
  const bool records_match_;
  std::string scratch_;
};

// Appends `text` to `out` escaped exactly as protobuf 3.21's JSON printer
// escapes strings (without the quotes): ", \ and control characters; <, >,
// U+007F-U+009F, U+2028/U+2029 and a few other invisible or formatting
// code points as \uXXXX; other UTF-8 as it is; invalid UTF-8 sequences
// dropped.
void AppendJsonEscaped(absl::string_view text, std::string* out);

// Each number of `values` with its JSON text, the quoted name of its first
// value (aliases print as the first name, as protobuf prints them).
absl::flat_hash_map<int, std::string> EnumJsonNames(
    const google::protobuf::EnumDescriptor* values);

// The same for well-formed UTF-8 (IsValidUtf8), in one pass; false at the
// first ill-formed sequence, `out` then holding part of the text.
bool AppendWellFormedJsonEscaped(absl::string_view text, std::string* out);

// Whether `text` is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF), as protobuf checks proto3 strings on parse.
bool IsValidUtf8(absl::string_view text);

// `value` as protobuf's SimpleFtoa / SimpleDtoa print it: the shortest of
// %.6g / %.9g (%.15g / %.17g for doubles) that reads back as the same
// value.
std::string FormatJsonFloat(float value);
std::string FormatJsonDouble(double value);

// A float field's value as the JSON mapping writes it (FormatJsonFloat,
// or "NaN", "Infinity", "-Infinity" in quotes).
void AppendJsonFloat(float value, std::string* out);

// A google.protobuf.Timestamp as the JSON mapping writes it, quotes
// included; false, appending nothing, out of its range.
bool AppendJsonTimestamp(int64_t seconds, int32_t nanos, std::string* out);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_JSON_PRINTER_H_
