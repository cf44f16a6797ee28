// Throughput of streams over TCP on localhost: records per second for a
// full scan and for an index scan. Not a test; run by hand:
//   build/bin/query_benchmark --benchmark_min_time=2
#include <filesystem>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "benchmark/benchmark.h"
#include "grpcpp/grpcpp.h"
#include "query_service/query_service_impl.h"
#include "store/reader.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

constexpr int kDocuments = 200;
constexpr int kEventsPerDocument = 1000;

// One database, reader and server for the whole run.
struct Fixture {
  Fixture() {
    dir = std::filesystem::temp_directory_path() /
          absl::StrCat("amicus_query_benchmark_", ::getpid());
    store::WriterOptions writer_options;
    writer_options.sync = false;
    auto writer = *store::Writer::Open(dir + "/db", writer_options);
    for (int d = 0; d < kDocuments; ++d) {
      v1::Extraction extraction = MakeDocument(
          absl::StrCat("doc", d), v1::DOCUMENT_KIND_STATEMENT, "Report.");
      for (int i = 0; i < kEventsPerDocument; ++i) {
        AddEvent(&extraction, MakeDate(2000 + i % 20, 1 + i % 12, 1),
                 v1::EVENT_TYPE_STATEMENT,
                 {i % 100 == 0 ? "Ana Duarte" : absl::StrCat("Officer ", i)},
                 absl::StrCat("On that day, incident ", i,
                              " was reported by the monitoring team."));
      }
      (void)writer->Put(extraction);
    }
    store::ReaderOptions reader_options;
    reader_options.secondary_path = dir + "/secondary";
    reader = *store::Reader::OpenAsSecondary(dir + "/db", reader_options);
    service = std::make_unique<query::QueryServiceImpl>(
        reader.get(), query::QueryServiceOptions());
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(),
                             &port);
    builder.RegisterService(service.get());
    server = builder.BuildAndStart();
    stub = v1::QueryService::NewStub(grpc::CreateChannel(
        absl::StrCat("127.0.0.1:", port), grpc::InsecureChannelCredentials()));
  }
  ~Fixture() {
    server->Shutdown();
    reader.reset();
    std::filesystem::remove_all(dir);
  }

  std::string dir;
  std::unique_ptr<store::Reader> reader;
  std::unique_ptr<query::QueryServiceImpl> service;
  std::unique_ptr<grpc::Server> server;
  std::unique_ptr<v1::QueryService::Stub> stub;
};

// Built on first use, destroyed after the run (removing its directory).
std::unique_ptr<Fixture>& SharedSlot() {
  static auto* slot = new std::unique_ptr<Fixture>();
  return *slot;
}

Fixture& Shared() {
  if (!SharedSlot()) SharedSlot() = std::make_unique<Fixture>();
  return *SharedSlot();
}

void StreamEvents(benchmark::State& state,
                  const v1::StreamEventsRequest& request) {
  Fixture& fixture = Shared();
  int64_t records = 0;
  for (auto _ : state) {
    grpc::ClientContext context;
    auto reader = fixture.stub->StreamEvents(&context, request);
    v1::StreamEventsResponse response;
    while (reader->Read(&response)) records += response.events_size();
    if (!reader->Finish().ok()) state.SkipWithError("stream failed");
  }
  state.SetItemsProcessed(records);
}

void BM_AllEvents(benchmark::State& state) { StreamEvents(state, {}); }
BENCHMARK(BM_AllEvents)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_EventsByActor(benchmark::State& state) {
  v1::StreamEventsRequest request;
  request.set_actor("Duarte");
  StreamEvents(state, request);
}
BENCHMARK(BM_EventsByActor)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_EventsByDate(benchmark::State& state) {
  v1::StreamEventsRequest request;
  *request.mutable_start_date() = MakeDate(2005, 1, 1);
  *request.mutable_end_date() = MakeDate(2005, 12, 31);
  StreamEvents(state, request);
}
BENCHMARK(BM_EventsByDate)->Unit(benchmark::kMillisecond)->UseRealTime();

// Fixed cost of a stream: catch-up, view, one empty response.
void BM_EmptyResult(benchmark::State& state) {
  v1::StreamEventsRequest request;
  request.set_actor("Nobody Known");
  StreamEvents(state, request);
}
BENCHMARK(BM_EmptyResult)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CatchUp(benchmark::State& state) {
  Fixture& fixture = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(fixture.reader->CatchUp());
}
BENCHMARK(BM_CatchUp)->Unit(benchmark::kMicrosecond);

void BM_NewView(benchmark::State& state) {
  Fixture& fixture = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(fixture.reader->NewView());
}
BENCHMARK(BM_NewView)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace amicus::testing

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  amicus::testing::SharedSlot().reset();
  benchmark::Shutdown();
  return 0;
}
