// Clients that each read a full StreamEvents to its end, deliberately
// slowly: paced to --records_per_s, far below what the server can send, so
// flow control must hold the server back. bench/run samples the query
// server's memory meanwhile; it must stay bounded (no buffering of the
// whole result). Fails unless every client read --expect_records.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/report.h"
#include "grpcpp/grpcpp.h"
#include "server/mutex_checks.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "amicus-query address");
ABSL_FLAG(double, records_per_s, 20000, "reading pace of each client");
ABSL_FLAG(int64_t, expect_records, 0, "events a full stream holds");
ABSL_FLAG(int, clients, 4, "concurrent slow streams");

namespace amicus::bench {
namespace {

// Reads one whole stream, sleeping after each response until the records
// read so far are due at the pace.
int64_t ReadSlowly(v1::QueryService::Stub* stub) {
  grpc::ClientContext context;
  auto reader = stub->StreamEvents(&context, v1::StreamEventsRequest());
  v1::StreamEventsResponse response;
  const double pace = absl::GetFlag(FLAGS_records_per_s);
  const auto start = std::chrono::steady_clock::now();
  int64_t records = 0;
  while (reader->Read(&response)) {
    records += response.events_size();
    std::this_thread::sleep_until(
        start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(
                        static_cast<double>(records) / pace)));
  }
  grpc::Status status = reader->Finish();
  if (!status.ok()) {
    std::fprintf(stderr, "slow stream: %s\n", status.error_message().c_str());
  }
  return records;
}

int Run() {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  auto stub = v1::QueryService::NewStub(grpc::CreateCustomChannel(
      absl::GetFlag(FLAGS_target), grpc::InsecureChannelCredentials(), args));
  const int clients = absl::GetFlag(FLAGS_clients);
  std::vector<int64_t> counts(static_cast<size_t>(clients));
  std::vector<std::thread> threads;
  Stopwatch clock;
  for (size_t i = 0; i < counts.size(); ++i) {
    threads.emplace_back([&, i] { counts[i] = ReadSlowly(stub.get()); });
  }
  int64_t total = 0, short_reads = 0;
  for (size_t i = 0; i < counts.size(); ++i) {
    threads[i].join();
    total += counts[i];
    if (counts[i] != absl::GetFlag(FLAGS_expect_records)) ++short_reads;
  }
  Report("slow_client_records", static_cast<double>(total));
  Report("slow_client_seconds", clock.Seconds());
  if (short_reads > 0) {
    std::fprintf(stderr, "%lld slow streams did not read %lld events\n",
                 static_cast<long long>(short_reads),
                 static_cast<long long>(absl::GetFlag(FLAGS_expect_records)));
  }
  return short_reads == 0 ? 0 : 1;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
