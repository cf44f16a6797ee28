#ifndef AMICUS_TESTS_RELIABILITY_HOSTILE_INPUTS_H_
#define AMICUS_TESTS_RELIABILITY_HOSTILE_INPUTS_H_

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "amicus/v1/records.pb.h"
#include "grpcpp/support/status.h"

namespace amicus::testing {

// One entry of the hostile-input catalogue (the table in RELIABILITY.md):
// what is sent to Ingest and the documented outcome.
struct HostileInput {
  std::string name;
  std::string source_uri;
  std::string media_type;
  // Built only when the case runs: some inputs are hundreds of megabytes.
  std::function<std::string()> content;
  // OK means the input is valid and must be stored.
  grpc::StatusCode code = grpc::StatusCode::OK;
  // Words (case-insensitive) the error message must contain.
  std::vector<std::string> message_words;
  // Text the stored document must contain (stored cases only).
  std::vector<std::string> stored_text;
  // Further checks of what was stored (stored cases only); may be empty.
  std::function<void(const v1::Extraction&)> check_stored;
};

// Test names stay readable in ctest instead of a byte dump.
inline void PrintTo(const HostileInput& input, std::ostream* os) {
  *os << input.name;
}

// The whole catalogue, each case with its documented outcome (the table in
// RELIABILITY.md).
std::vector<HostileInput> HostileInputs();

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_HOSTILE_INPUTS_H_
