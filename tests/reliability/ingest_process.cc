#include "tests/reliability/ingest_process.h"

#include <signal.h>

#include <filesystem>
#include <fstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "grpcpp/grpcpp.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {

absl::StatusOr<std::unique_ptr<IngestProcess>> IngestProcess::Start(
    const std::string& db, const std::vector<std::string>& extra_flags) {
  std::unique_ptr<IngestProcess> ingest(new IngestProcess());
  ingest->pid_file_ = db + ".pid";
  std::string command = absl::StrCat(
      "echo $$ > '", ingest->pid_file_, "'; exec '", Binary("amicus-ingest"),
      "' --db='", db, "' --listen=127.0.0.1:0 ", absl::StrJoin(extra_flags, " "));
  absl::StatusOr<std::unique_ptr<Subprocess>> process =
      Subprocess::Start({"/bin/sh", "-c", command});
  if (!process.ok()) return process.status();
  ingest->process_ = *std::move(process);
  absl::StatusOr<std::string> address =
      ingest->process_->WaitForListenAddress(absl::Seconds(60));
  if (!address.ok()) return address.status();
  ingest->address_ = *address;
  std::ifstream pid_in(ingest->pid_file_);
  if (!(pid_in >> ingest->pid_)) {
    return absl::InternalError("no pid in " + ingest->pid_file_);
  }
  std::filesystem::remove(ingest->pid_file_);
  ingest->stub_ = v1::IngestService::NewStub(grpc::CreateChannel(
      ingest->address_, grpc::InsecureChannelCredentials()));
  return ingest;
}

absl::Status IngestProcess::Kill() {
  if (kill(pid_, SIGKILL) != 0) {
    return absl::InternalError(absl::StrCat("kill ", pid_, " failed"));
  }
  absl::StatusOr<int> code = process_->Wait(absl::Seconds(30));
  if (!code.ok()) return code.status();
  return absl::OkStatus();
}

absl::StatusOr<int> IngestProcess::Terminate() {
  return process_->Terminate(absl::Seconds(60));
}

bool IngestProcess::Running() {
  return !process_->Wait(absl::Milliseconds(30)).ok();
}

}  // namespace amicus::testing
