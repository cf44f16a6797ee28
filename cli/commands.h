#ifndef AMICUS_CLI_COMMANDS_H_
#define AMICUS_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace amicus::cli {

// Each subcommand gets its positional arguments (flags are already parsed)
// and returns the process exit code (see exit_codes.h).

// amicus ingest FILE|DIR...
int RunIngest(const std::vector<std::string>& paths);

// amicus events|quotes|signatories|documents
bool IsStreamCommand(absl::string_view command);
int RunStream(absl::string_view command, const std::vector<std::string>& args);

// amicus extract FILE...
int RunExtract(const std::vector<std::string>& paths);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_COMMANDS_H_
