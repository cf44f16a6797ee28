#include "tests/security/secure_services.h"

#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "grpc/health/v1/health.grpc.pb.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {
namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

absl::StatusOr<std::unique_ptr<Subprocess>> StartService(
    std::vector<std::string> argv, const std::vector<std::string>& extra,
    std::string* address) {
  argv.insert(argv.end(), extra.begin(), extra.end());
  absl::StatusOr<std::unique_ptr<Subprocess>> process = Subprocess::Start(argv);
  if (!process.ok()) return process.status();
  absl::StatusOr<std::string> bound =
      (*process)->WaitForListenAddress(absl::Seconds(30));
  if (!bound.ok()) return bound.status();
  *address = *bound;
  return process;
}

}  // namespace

absl::Status SecureServices::Start(const std::vector<std::string>& extra_flags) {
  char dir_template[] = "/tmp/amicus-security-XXXXXX";
  if (mkdtemp(dir_template) == nullptr) {
    return absl::InternalError("mkdtemp failed");
  }
  data_dir_ = dir_template;
  auto ingest = StartService({Binary("amicus-ingest"), "--db=" + data_dir_ + "/db",
                              "--listen=127.0.0.1:0"},
                             extra_flags, &ingest_address_);
  if (!ingest.ok()) return ingest.status();
  ingest_ = *std::move(ingest);
  auto query = StartService(
      {Binary("amicus-query"), "--db=" + data_dir_ + "/db",
       "--secondary_dir=" + data_dir_ + "/secondary", "--listen=127.0.0.1:0"},
      extra_flags, &query_address_);
  if (!query.ok()) return query.status();
  query_ = *std::move(query);
  return absl::OkStatus();
}

SecureServices::~SecureServices() {
  if (query_) (void)query_->Terminate(absl::Seconds(30));
  if (ingest_) (void)ingest_->Terminate(absl::Seconds(30));
  if (!data_dir_.empty()) std::filesystem::remove_all(data_dir_);
}

std::string SecureServices::Logs() const {
  return (ingest_ ? ingest_->Stderr() : "") + (query_ ? query_->Stderr() : "");
}

std::shared_ptr<grpc::Channel> Channel(const std::string& address,
                                       const ClientTls& tls) {
  if (tls.ca_cert.empty()) {
    return grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
  }
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = Read(tls.ca_cert);
  if (!tls.client_cert.empty()) {
    ssl.pem_cert_chain = Read(tls.client_cert);
    ssl.pem_private_key = Read(tls.client_key);
  }
  return grpc::CreateChannel(address, grpc::SslCredentials(ssl));
}

std::unique_ptr<grpc::ClientContext> CallContext(const std::string& token) {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(10));
  if (!token.empty()) context->AddMetadata("authorization", "Bearer " + token);
  return context;
}

grpc::Status CheckHealth(const std::shared_ptr<grpc::Channel>& channel) {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::health::v1::HealthCheckRequest request;
  grpc::health::v1::HealthCheckResponse response;
  std::unique_ptr<grpc::ClientContext> context = CallContext("");
  grpc::Status status = stub->Check(context.get(), request, &response);
  if (status.ok() &&
      response.status() != grpc::health::v1::HealthCheckResponse::SERVING) {
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "not SERVING");
  }
  return status;
}

}  // namespace amicus::testing
