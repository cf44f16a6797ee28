#ifndef AMICUS_CLI_USAGE_H_
#define AMICUS_CLI_USAGE_H_

#include "absl/status/status.h"

namespace amicus::cli {

// What `amicus help` prints.
extern const char kUsage[];

// absl's parser exits with status 1 on an unknown flag; a usage error must
// exit 2, so flags are checked against the registry first.
absl::Status CheckFlagsKnown(int argc, char** argv);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_USAGE_H_
