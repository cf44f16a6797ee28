// amicus: command-line client of amicus-ingest and amicus-query, and local
// extraction.
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/usage.h"
#include "server/mutex_checks.h"

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  using namespace amicus::cli;  // NOLINT: the file's whole vocabulary
  absl::SetProgramUsageMessage(kUsage);
  if (absl::Status known = CheckFlagsKnown(argc, argv); !known.ok()) {
    std::cerr << "amicus: " << known.message() << "\n";
    return kExitUsage;
  }
  std::vector<char*> positional = absl::ParseCommandLine(argc, argv);
  if (positional.size() < 2 || std::string(positional[1]) == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  const std::string command = positional[1];
  const std::vector<std::string> args(positional.begin() + 2,
                                      positional.end());
  if (command == "ingest") return RunIngest(args);
  if (command == "extract") return RunExtract(args);
  if (IsStreamCommand(command)) return RunStream(command, args);
  std::cerr << "amicus: unknown command \"" << command << "\"\n\n" << kUsage;
  return kExitUsage;
}
