#include "tests/cluster/service_process.h"

#include <thread>

#include "absl/strings/str_cat.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {

using ::grpc::health::v1::Health;
using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;

absl::StatusOr<std::unique_ptr<ServiceProcess>> ServiceProcess::Start(
    const std::string& binary, std::vector<std::string> flags) {
  std::unique_ptr<ServiceProcess> service(new ServiceProcess());
  service->argv_.push_back(Binary(binary));
  for (std::string& flag : flags) service->argv_.push_back(std::move(flag));
  service->argv_.push_back("--listen=127.0.0.1:0");
  if (absl::Status launched = service->Launch(); !launched.ok()) return launched;
  return service;
}

absl::Status ServiceProcess::Launch() {
  absl::StatusOr<std::unique_ptr<Subprocess>> process = Subprocess::Start(argv_);
  if (!process.ok()) return process.status();
  absl::StatusOr<std::string> address = (*process)->WaitForListenAddress(absl::Seconds(60));
  if (!address.ok()) {
    return absl::Status(address.status().code(),
                        absl::StrCat(argv_[0], ": ", address.status().message()));
  }
  absl::MutexLock lock(&mu_);
  process_ = *std::move(process);
  channel_ = grpc::CreateChannel(*address, grpc::InsecureChannelCredentials());
  return absl::OkStatus();
}

absl::Status ServiceProcess::Kill() {
  absl::MutexLock lock(&mu_);
  if (process_ == nullptr) return absl::FailedPreconditionError("not running");
  absl::StatusOr<int> code = process_->Kill(absl::Seconds(30));
  absl::StrAppend(&past_logs_, process_->Stderr(), "--- killed -9\n");
  process_.reset();
  return code.status();
}

absl::Status ServiceProcess::Stop() {
  absl::MutexLock lock(&mu_);
  if (process_ == nullptr) return absl::FailedPreconditionError("not running");
  absl::StatusOr<int> code = process_->Terminate(absl::Seconds(60));
  absl::StrAppend(&past_logs_, process_->Stderr(), "--- stopped\n");
  process_.reset();
  if (code.ok() && *code != 0) {
    return absl::InternalError(absl::StrCat(argv_[0], " exited with ", *code));
  }
  return code.status();
}

absl::Status ServiceProcess::Restart() {
  if (running()) return absl::FailedPreconditionError("still running");
  return Launch();
}

bool ServiceProcess::running() const {
  absl::MutexLock lock(&mu_);
  return process_ != nullptr;
}

absl::Status ServiceProcess::WaitUntilServing(const std::string& service,
                                              absl::Duration timeout) const {
  std::unique_ptr<Health::Stub> health = Health::NewStub(channel());
  absl::Time deadline = absl::Now() + timeout;
  HealthCheckResponse::ServingStatus last = HealthCheckResponse::UNKNOWN;
  while (absl::Now() < deadline) {
    HealthCheckRequest request;
    request.set_service(service);
    HealthCheckResponse response;
    grpc::ClientContext context;
    context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(2)));
    if (health->Check(&context, request, &response).ok()) {
      last = response.status();
      if (last == HealthCheckResponse::SERVING) return absl::OkStatus();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return absl::DeadlineExceededError(absl::StrCat(
      argv_[0], " not SERVING within ", absl::FormatDuration(timeout), " (last: ",
      HealthCheckResponse::ServingStatus_Name(last), ")"));
}

std::shared_ptr<grpc::Channel> ServiceProcess::channel() const {
  absl::MutexLock lock(&mu_);
  return channel_;
}

std::unique_ptr<v1::IngestService::Stub> ServiceProcess::IngestStub() const {
  return v1::IngestService::NewStub(channel());
}

std::unique_ptr<v1::QueryService::Stub> ServiceProcess::QueryStub() const {
  return v1::QueryService::NewStub(channel());
}

std::string ServiceProcess::Log() const {
  absl::MutexLock lock(&mu_);
  return past_logs_ + (process_ ? process_->Stderr() : "");
}

}  // namespace amicus::testing
