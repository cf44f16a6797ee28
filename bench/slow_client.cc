// A client that reads a full StreamEvents slowly (one response per pause),
// so flow control pushes back on the server; bench/run samples the query
// server's memory meanwhile. Reports how many responses it read.
#include <chrono>
#include <cstdint>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/report.h"
#include "grpcpp/grpcpp.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "amicus-query address");
ABSL_FLAG(int, pause_ms, 200, "pause after each response");
ABSL_FLAG(double, seconds, 5, "how long to read before hanging up");
ABSL_FLAG(int, clients, 4, "concurrent slow streams");

namespace amicus::bench {
namespace {

int64_t ReadSlowly(v1::QueryService::Stub* stub) {
  grpc::ClientContext context;
  auto reader = stub->StreamEvents(&context, v1::StreamEventsRequest());
  v1::StreamEventsResponse response;
  int64_t responses = 0;
  Stopwatch clock;
  while (clock.Seconds() < absl::GetFlag(FLAGS_seconds) &&
         reader->Read(&response)) {
    ++responses;
    std::this_thread::sleep_for(
        std::chrono::milliseconds(absl::GetFlag(FLAGS_pause_ms)));
  }
  context.TryCancel();
  reader->Finish();
  return responses;
}

int Run() {
  auto stub = v1::QueryService::NewStub(grpc::CreateChannel(
      absl::GetFlag(FLAGS_target), grpc::InsecureChannelCredentials()));
  int clients = absl::GetFlag(FLAGS_clients);
  std::vector<int64_t> counts(static_cast<size_t>(clients));
  std::vector<std::thread> threads;
  for (int i = 0; i < clients; ++i) {
    threads.emplace_back([&, i] { counts[static_cast<size_t>(i)] =
                                      ReadSlowly(stub.get()); });
  }
  int64_t total = 0;
  for (int i = 0; i < clients; ++i) {
    threads[static_cast<size_t>(i)].join();
    total += counts[static_cast<size_t>(i)];
  }
  Report("slow_client_responses", static_cast<double>(total));
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
