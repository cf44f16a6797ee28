// How fast one query replica applies the log (bench/cluster): started right
// after a fresh, empty replica, it reads the position a caught-up replica
// (--reference) has applied, then polls the fresh one (--target) until it
// has applied as far, and reports the documents in the log (--docs) over
// the time that took. The time includes the replica's start, so the rate
// is a lower bound.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/report.h"
#include "grpcpp/grpcpp.h"
#include "server/mutex_checks.h"

ABSL_FLAG(std::string, target, "", "the fresh amicus-query replica");
ABSL_FLAG(std::string, reference, "",
          "a caught-up amicus-query replica; empty: the log's last position "
          "as the target last saw it");
ABSL_FLAG(int64_t, docs, 0, "documents in the log");
ABSL_FLAG(int, timeout_s, 600, "give up after this long");

namespace amicus::bench {
namespace {

// The replica's status, or nullopt while it does not answer (it may not
// be listening yet, or still be catching up with health NOT_SERVING).
std::optional<v1::ReplicationStatus> Status(v1::QueryService::Stub* replica) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(1));
  v1::GetReplicationStatusRequest request;
  v1::ReplicationStatus status;
  if (!replica->GetReplicationStatus(&context, request, &status).ok()) {
    return std::nullopt;
  }
  return status;
}

int64_t Applied(v1::QueryService::Stub* replica) {
  std::optional<v1::ReplicationStatus> status = Status(replica);
  return status ? status->applied_log_position() : -1;
}

// Without a reference: the log's last position as the replica last saw it.
int64_t Goal(v1::QueryService::Stub* fresh, v1::QueryService::Stub* reference) {
  if (reference != nullptr) return Applied(reference);
  std::optional<v1::ReplicationStatus> status = Status(fresh);
  return status ? status->log_last_position() : -1;
}

std::unique_ptr<v1::QueryService::Stub> Stub(const std::string& target) {
  return v1::QueryService::NewStub(
      grpc::CreateChannel(target, grpc::InsecureChannelCredentials()));
}

int Run() {
  Stopwatch clock;
  auto fresh = Stub(absl::GetFlag(FLAGS_target));
  std::unique_ptr<v1::QueryService::Stub> reference;
  if (!absl::GetFlag(FLAGS_reference).empty()) {
    reference = Stub(absl::GetFlag(FLAGS_reference));
  }
  int64_t goal = Goal(fresh.get(), reference.get());
  // A replica busy applying may not answer within the first second.
  while (goal <= 0 && clock.Seconds() < absl::GetFlag(FLAGS_timeout_s)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    goal = Goal(fresh.get(), reference.get());
  }
  if (goal <= 0) {
    std::fprintf(stderr, "no position to catch up with\n");
    return 1;
  }
  while (Applied(fresh.get()) < goal) {
    if (clock.Seconds() > absl::GetFlag(FLAGS_timeout_s)) {
      std::fprintf(stderr, "the fresh replica did not catch up\n");
      return 1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const double seconds = clock.Seconds();
  Report("apply_catch_up_s", seconds);
  Report("apply_docs_per_s",
         static_cast<double>(absl::GetFlag(FLAGS_docs)) / seconds);
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
