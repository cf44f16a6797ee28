// GetDocument at a steady request rate (open loop: each request has a
// scheduled send time, and its latency counts from that time, so a stalled
// server is not hidden by the client waiting). Document ids come from
// ListDocuments first.
//
// Each request leaves on time: a plain sleep_until overshot by ~100 us
// here (timer slack and wake-up), which the open-loop latency would have
// charged to the server. Threads sleep with a 1 ns timer slack to shortly
// before the due time and spin the rest.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <sys/prctl.h>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/report.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "server/mutex_checks.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "amicus-query address");
ABSL_FLAG(double, rate, 1000, "requests per second, all threads together");
ABSL_FLAG(double, seconds, 5, "how long to send");
ABSL_FLAG(int, threads, 4, "sending threads");
ABSL_FLAG(std::string, rpc, "get_document",
          "get_document, or health (the transport's floor)");
ABSL_FLAG(std::string, timeline_out, "",
          "If set, one line per request to this file: its due time (Unix "
          "epoch, seconds) and latency in ms, to place slow requests in "
          "time against the server's logs.");

namespace amicus::bench {
namespace {

using Clock = std::chrono::steady_clock;

// Covers the sleep's overshoot with the timer slack at 1 ns (~55 us p50,
// ~90 us p99 on this machine).
constexpr auto kSpin = std::chrono::microseconds(100);

void WaitUntil(Clock::time_point due) {
  std::this_thread::sleep_until(due - kSpin);
  while (Clock::now() < due) {
  }
}

std::vector<std::string> DocumentIds(v1::QueryService::Stub* stub) {
  grpc::ClientContext context;
  v1::ListDocumentsRequest request;
  request.set_omit_text(true);
  auto reader = stub->ListDocuments(&context, request);
  std::vector<std::string> ids;
  v1::ListDocumentsResponse response;
  while (reader->Read(&response)) {
    for (const v1::Document& d : response.documents()) ids.push_back(d.id());
  }
  reader->Finish();
  return ids;
}

struct Results {
  std::mutex mu;
  std::vector<double> latencies_ms;
  std::vector<double> due_s;  // the same requests' due times, epoch seconds
  int64_t errors = 0;
};

// One request of the kind measured; false if it failed.
class Caller {
 public:
  Caller(std::shared_ptr<grpc::Channel> channel, bool health)
      : query_(v1::QueryService::NewStub(channel)),
        health_(health ? grpc::health::v1::Health::NewStub(channel) : nullptr) {
    if (!health_) ids_ = DocumentIds(query_.get());
  }

  bool ready() const { return health_ || !ids_.empty(); }

  bool Call(std::mt19937_64& random) const {
    grpc::ClientContext context;
    if (health_) {
      grpc::health::v1::HealthCheckRequest request;
      grpc::health::v1::HealthCheckResponse response;
      return health_->Check(&context, request, &response).ok();
    }
    v1::GetDocumentRequest request;
    request.set_document_id(ids_[random() % ids_.size()]);
    v1::Document document;
    return query_->GetDocument(&context, request, &document).ok();
  }

 private:
  std::unique_ptr<v1::QueryService::Stub> query_;
  std::unique_ptr<grpc::health::v1::Health::Stub> health_;
  std::vector<std::string> ids_;
};

// One thread's share: requests every `interval`, starting at `start`.
void Send(const Caller* caller, Clock::time_point start,
          Clock::duration interval, int64_t count, uint64_t seed,
          Results* results) {
  prctl(PR_SET_TIMERSLACK, 1UL);
  std::mt19937_64 random(seed);
  std::vector<double> latencies;
  std::vector<double> dues;
  int64_t errors = 0;
  // steady_clock has no epoch; the timeline wants wall time.
  const auto wall_offset = std::chrono::system_clock::now().time_since_epoch() -
                           Clock::now().time_since_epoch();
  for (int64_t i = 0; i < count; ++i) {
    Clock::time_point due = start + interval * i;
    WaitUntil(due);
    if (!caller->Call(random)) ++errors;
    latencies.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - due).count());
    dues.push_back(std::chrono::duration<double>(due.time_since_epoch() +
                                                 wall_offset)
                       .count());
  }
  std::lock_guard<std::mutex> lock(results->mu);
  results->latencies_ms.insert(results->latencies_ms.end(), latencies.begin(),
                               latencies.end());
  results->due_s.insert(results->due_s.end(), dues.begin(), dues.end());
  results->errors += errors;
}

int Run() {
  const std::string rpc = absl::GetFlag(FLAGS_rpc);
  if (rpc != "get_document" && rpc != "health") {
    std::fprintf(stderr, "--rpc must be get_document or health\n");
    return 2;
  }
  const Caller caller(grpc::CreateChannel(absl::GetFlag(FLAGS_target),
                                          grpc::InsecureChannelCredentials()),
                      rpc == "health");
  if (!caller.ready()) {
    std::fprintf(stderr, "no documents to get\n");
    return 1;
  }
  const std::string name = rpc == "health" ? "grpc_health" : "get_document";
  int threads = absl::GetFlag(FLAGS_threads);
  double per_thread_rate = absl::GetFlag(FLAGS_rate) / threads;
  auto interval = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(1.0 / per_thread_rate));
  auto count = static_cast<int64_t>(absl::GetFlag(FLAGS_seconds) *
                                    per_thread_rate);
  Results results;
  Stopwatch clock;
  Clock::time_point start = Clock::now();
  std::vector<std::thread> senders;
  for (int t = 0; t < threads; ++t) {
    // Threads interleave evenly inside each interval.
    senders.emplace_back(Send, &caller, start + interval * t / threads,
                         interval, count, static_cast<uint64_t>(t + 1),
                         &results);
  }
  for (std::thread& t : senders) t.join();
  double seconds = clock.Seconds();
  Report(name + "_p50_ms", Percentile(results.latencies_ms, 50));
  Report(name + "_p99_ms", Percentile(results.latencies_ms, 99));
  Report(name + "_achieved_per_s",
         static_cast<double>(results.latencies_ms.size()) / seconds);
  Report(name + "_errors", static_cast<double>(results.errors));
  if (std::string path = absl::GetFlag(FLAGS_timeline_out); !path.empty()) {
    std::ofstream out(path);
    char line[64];
    for (size_t i = 0; i < results.due_s.size(); ++i) {
      std::snprintf(line, sizeof line, "%.6f %.3f\n", results.due_s[i],
                    results.latencies_ms[i]);
      out << line;
    }
  }
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
