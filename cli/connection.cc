#include "cli/connection.h"

#include <chrono>
#include <iostream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "cli/exit_codes.h"

namespace amicus::cli {

absl::StatusOr<std::shared_ptr<grpc::Channel>> Connect(
    const std::string& target) {
  grpc::ChannelArguments args;
  // Documents with their full text can be large; the server sets the limit.
  args.SetMaxReceiveMessageSize(-1);
  std::shared_ptr<grpc::Channel> channel = grpc::CreateCustomChannel(
      target, grpc::InsecureChannelCredentials(), args);
  if (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                 std::chrono::seconds(5))) {
    return absl::UnavailableError(absl::StrCat("cannot reach ", target));
  }
  return channel;
}

int ReportRpcFailure(const grpc::Status& status, const std::string& target) {
  if (status.error_code() == grpc::StatusCode::UNAVAILABLE) {
    std::cerr << "amicus: cannot reach " << target << ": "
              << status.error_message() << "\n";
    return kExitUsage;
  }
  std::cerr << "amicus: "
            << absl::StatusCodeToString(
                   static_cast<absl::StatusCode>(status.error_code()))
            << ": " << status.error_message() << "\n";
  return kExitFailed;
}

}  // namespace amicus::cli
