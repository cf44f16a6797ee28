#ifndef AMICUS_CLI_WIRE_JSON_H_
#define AMICUS_CLI_WIRE_JSON_H_

#include <memory>
#include <string>

#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"

namespace amicus::cli {

// Prints a serialized record as proto3 JSON straight from its wire format,
// with no parse into a message: parsing cost the JSON export more than
// printing (a malloc per string of every record, and the copies). The
// output is JsonPrinter's (protobuf's JSON mapping of the parsed record)
// for the bytes it accepts: the canonical encoding a protobuf serializer
// writes, fields in number order, each singular field once, no unknown
// fields, strings valid UTF-8. For any other bytes Append returns false
// and appends nothing, and the caller parses the record and prints it
// through JsonPrinter, which gives the same answer protobuf would
// (tests/ingest/json_printer_test.cc compares both with protobuf).
//
// Thread-compatible: the plan is read-only after construction.
class WireJsonPrinter {
 public:
  // A printer for records of `type`. Types with a field kind it does not
  // print (see the .cc) get an empty plan: Append always returns false.
  explicit WireJsonPrinter(const google::protobuf::Descriptor* type);
  ~WireJsonPrinter();
  WireJsonPrinter(const WireJsonPrinter&) = delete;
  WireJsonPrinter& operator=(const WireJsonPrinter&) = delete;

  // Whether any record of the type can be printed here.
  bool has_plan() const { return root_ != nullptr; }

  // Appends the record serialized in `wire` as JSON; false (nothing
  // appended) when the bytes are not ones it accepts.
  bool Append(absl::string_view wire, std::string* out) const;

  struct Message;

 private:
  std::unique_ptr<Message> root_;
};

}  // namespace amicus::cli

#endif  // AMICUS_CLI_WIRE_JSON_H_
