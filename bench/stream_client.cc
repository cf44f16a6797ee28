// Streams one whole record family from amicus-query with the public
// generated types, so every record is parsed as a client's would be, and
// reports records/s and the time to the first record. Each response is
// parsed into a message on an arena that is reset per response: parsing
// then costs no malloc per record, so the rate is the server's rather than
// the client's allocator's.
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/status/status.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/report.h"
#include "google/protobuf/arena.h"
#include "grpcpp/grpcpp.h"
#include "server/mutex_checks.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "amicus-query address");
ABSL_FLAG(std::string, rpc, "events",
          "events | quotes | signatory_sets | documents");
ABSL_FLAG(std::string, name, "", "figure name prefix (default stream_<rpc>)");
ABSL_FLAG(bool, warm_up, true,
          "read the whole stream once, untimed, before the timed pass (the "
          "RocksDB scan it is compared with warms its cache the same way)");

namespace amicus::bench {
namespace {

struct Totals {
  int64_t records = 0;
  double first_record_ms = -1;
  double seconds = 0;
};

// Bigger than any response's parsed form, so resets reuse one block.
constexpr size_t kArenaBlockBytes = 16 << 20;

template <typename Response, typename Count>
absl::Status Drain(grpc::ClientReader<Response>* reader, Count count,
                   Totals* totals) {
  std::vector<char> block(kArenaBlockBytes);
  google::protobuf::ArenaOptions options;
  options.initial_block = block.data();
  options.initial_block_size = block.size();
  google::protobuf::Arena arena(options);
  Stopwatch clock;
  for (;;) {
    auto* response = google::protobuf::Arena::CreateMessage<Response>(&arena);
    if (!reader->Read(response)) break;
    int n = count(*response);
    if (n > 0 && totals->first_record_ms < 0) {
      totals->first_record_ms = clock.Millis();
    }
    totals->records += n;
    arena.Reset();
  }
  totals->seconds = clock.Seconds();
  grpc::Status status = reader->Finish();
  if (!status.ok()) return absl::UnknownError(status.error_message());
  return absl::OkStatus();
}

absl::Status Stream(v1::QueryService::Stub* stub, const std::string& rpc,
                    Totals* totals) {
  grpc::ClientContext context;
  if (rpc == "events") {
    auto reader = stub->StreamEvents(&context, v1::StreamEventsRequest());
    return Drain(reader.get(),
                 [](const v1::StreamEventsResponse& r) {
                   return r.events_size();
                 }, totals);
  }
  if (rpc == "quotes") {
    auto reader = stub->StreamQuotes(&context, v1::StreamQuotesRequest());
    return Drain(reader.get(),
                 [](const v1::StreamQuotesResponse& r) {
                   return r.quotes_size();
                 }, totals);
  }
  if (rpc == "signatory_sets") {
    auto reader = stub->StreamSignatorySets(
        &context, v1::StreamSignatorySetsRequest());
    return Drain(reader.get(),
                 [](const v1::StreamSignatorySetsResponse& r) {
                   return r.signatory_sets_size();
                 }, totals);
  }
  v1::ListDocumentsRequest request;
  request.set_omit_text(true);
  auto reader = stub->ListDocuments(&context, request);
  return Drain(reader.get(),
               [](const v1::ListDocumentsResponse& r) {
                 return r.documents_size();
               }, totals);
}

int Run() {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  auto stub = v1::QueryService::NewStub(grpc::CreateCustomChannel(
      absl::GetFlag(FLAGS_target), grpc::InsecureChannelCredentials(), args));
  std::string rpc = absl::GetFlag(FLAGS_rpc);
  std::string name = absl::GetFlag(FLAGS_name);
  if (name.empty()) name = "stream_" + rpc;
  Totals totals;
  absl::Status s = absl::OkStatus();
  if (absl::GetFlag(FLAGS_warm_up)) {
    Totals warm_up;
    s = Stream(stub.get(), rpc, &warm_up);
  }
  if (s.ok()) s = Stream(stub.get(), rpc, &totals);
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", rpc.c_str(),
                 std::string(s.message()).c_str());
    return 1;
  }
  Report(name + "_records", static_cast<double>(totals.records));
  Report(name + "_records_per_s",
         static_cast<double>(totals.records) / totals.seconds);
  Report(name + "_ttfr_ms", totals.first_record_ms);
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
