#include "tests/replica/replica_process.h"

#include <chrono>
#include <thread>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "grpcpp/grpcpp.h"

namespace amicus::testing {
namespace {

void SetDeadline(grpc::ClientContext* context) {
  context->set_deadline(std::chrono::system_clock::now() +
                        std::chrono::seconds(60));
}

absl::Status FromGrpc(const grpc::Status& status, absl::string_view what) {
  if (status.ok()) return absl::OkStatus();
  return absl::InternalError(absl::StrCat(what, ": ", status.error_code(), " ",
                                          status.error_message()));
}

// Appends the serialized records of one whole stream to `out`.
template <typename Response, typename Request, typename Call, typename Records>
absl::Status ReadStream(v1::QueryService::Stub& stub, Call call,
                        Records records, std::vector<std::string>* out) {
  grpc::ClientContext context;
  SetDeadline(&context);
  auto reader = (stub.*call)(&context, Request());
  Response response;
  while (reader->Read(&response)) {
    for (const auto& record : records(response)) {
      out->push_back(record.SerializeAsString());
    }
  }
  return FromGrpc(reader->Finish(), "reading a stream");
}

}  // namespace

absl::StatusOr<std::unique_ptr<ReplicaProcess>> ReplicaProcess::Start(
    const std::string& nats_url, const std::string& db) {
  std::unique_ptr<ReplicaProcess> replica(new ReplicaProcess());
  auto process = Subprocess::Start(
      {std::string(AMICUS_BIN_DIR) + "/amicus-query", "--nats=" + nats_url,
       "--db=" + db, "--listen=127.0.0.1:0", "--nats_wait=2s"});
  if (!process.ok()) return process.status();
  replica->process_ = *std::move(process);
  auto address = replica->process_->WaitForListenAddress(absl::Seconds(60));
  if (!address.ok()) return address.status();
  auto channel =
      grpc::CreateChannel(*address, grpc::InsecureChannelCredentials());
  replica->stub_ = v1::QueryService::NewStub(channel);
  replica->health_ = grpc::health::v1::Health::NewStub(channel);
  return replica;
}

absl::StatusOr<v1::ReplicationStatus> ReplicaProcess::Status() {
  grpc::ClientContext context;
  SetDeadline(&context);
  v1::ReplicationStatus status;
  absl::Status s =
      FromGrpc(stub_->GetReplicationStatus(
                   &context, v1::GetReplicationStatusRequest(), &status),
               "GetReplicationStatus");
  if (!s.ok()) return s;
  return status;
}

absl::Status ReplicaProcess::WaitUntilServing(absl::Duration timeout) {
  return WaitForHealth(/*serving=*/true, timeout);
}

absl::Status ReplicaProcess::WaitForHealth(bool serving, absl::Duration timeout) {
  using grpc::health::v1::HealthCheckResponse;
  const HealthCheckResponse::ServingStatus wanted =
      serving ? HealthCheckResponse::SERVING : HealthCheckResponse::NOT_SERVING;
  const absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    grpc::ClientContext context;
    SetDeadline(&context);
    HealthCheckResponse response;
    if (health_
            ->Check(&context, grpc::health::v1::HealthCheckRequest(), &response)
            .ok() &&
        response.status() == wanted) {
      return absl::OkStatus();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return absl::DeadlineExceededError(absl::StrCat(
      "the replica never said ", serving ? "SERVING" : "NOT_SERVING"));
}

absl::StatusOr<v1::ReplicationStatus> ReplicaProcess::WaitForPosition(
    int64_t position, absl::Duration timeout) {
  const absl::Time deadline = absl::Now() + timeout;
  while (true) {
    absl::StatusOr<v1::ReplicationStatus> status = Status();
    if (!status.ok() || status->applied_log_position() >= position ||
        absl::Now() > deadline) {
      return status;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

absl::StatusOr<std::vector<std::string>> ReplicaProcess::AllRecords() {
  using Stub = v1::QueryService::Stub;
  std::vector<std::string> out;
  absl::Status s =
      ReadStream<v1::ListDocumentsResponse, v1::ListDocumentsRequest>(
          *stub_, &Stub::ListDocuments,
          [](const auto& r) -> const auto& { return r.documents(); }, &out);
  if (s.ok()) {
    s = ReadStream<v1::StreamEventsResponse, v1::StreamEventsRequest>(
        *stub_, &Stub::StreamEvents,
        [](const auto& r) -> const auto& { return r.events(); }, &out);
  }
  if (s.ok()) {
    s = ReadStream<v1::StreamQuotesResponse, v1::StreamQuotesRequest>(
        *stub_, &Stub::StreamQuotes,
        [](const auto& r) -> const auto& { return r.quotes(); }, &out);
  }
  if (s.ok()) {
    s = ReadStream<v1::StreamSignatorySetsResponse,
                   v1::StreamSignatorySetsRequest>(
        *stub_, &Stub::StreamSignatorySets,
        [](const auto& r) -> const auto& { return r.signatory_sets(); }, &out);
  }
  if (!s.ok()) return s;
  return out;
}

}  // namespace amicus::testing
