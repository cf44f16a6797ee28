// Selective queries: StreamEvents filtered by one actor drawn at random from
// the corpus's person pool (about 1/500 of the events each), one at a time.
// Reports time to first record and to last record, p50 and p99.
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/corpus_generator.h"
#include "bench/report.h"
#include "grpcpp/grpcpp.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "amicus-query address");
ABSL_FLAG(int, queries, 200, "number of queries");
ABSL_FLAG(uint64_t, seed, 7, "which names are queried");

namespace amicus::bench {
namespace {

struct Sample {
  double first_ms = 0;
  double last_ms = 0;
  int64_t records = 0;
};

bool Query(v1::QueryService::Stub* stub, const std::string& actor,
           Sample* sample) {
  grpc::ClientContext context;
  v1::StreamEventsRequest request;
  request.set_actor(actor);
  Stopwatch clock;
  auto reader = stub->StreamEvents(&context, request);
  v1::StreamEventsResponse response;
  sample->first_ms = -1;
  while (reader->Read(&response)) {
    if (response.events_size() > 0 && sample->first_ms < 0) {
      sample->first_ms = clock.Millis();
    }
    sample->records += response.events_size();
  }
  sample->last_ms = clock.Millis();
  // A query that matches nothing has its first answer at its end.
  if (sample->first_ms < 0) sample->first_ms = sample->last_ms;
  grpc::Status status = reader->Finish();
  if (!status.ok()) {
    std::fprintf(stderr, "%s: %s\n", actor.c_str(),
                 status.error_message().c_str());
  }
  return status.ok();
}

int Run() {
  auto stub = v1::QueryService::NewStub(grpc::CreateChannel(
      absl::GetFlag(FLAGS_target), grpc::InsecureChannelCredentials()));
  std::mt19937_64 random(absl::GetFlag(FLAGS_seed));
  std::vector<double> first, last;
  int64_t records = 0;
  int queries = absl::GetFlag(FLAGS_queries);
  for (int i = 0; i < queries; ++i) {
    Sample sample;
    std::string actor = CorpusGenerator::Person(
        static_cast<int>(random() % CorpusGenerator::kPersonPoolSize));
    if (!Query(stub.get(), actor, &sample)) return 1;
    first.push_back(sample.first_ms);
    last.push_back(sample.last_ms);
    records += sample.records;
  }
  Report("selective_ttfr_p50_ms", Percentile(first, 50));
  Report("selective_ttfr_p99_ms", Percentile(first, 99));
  Report("selective_ttlr_p50_ms", Percentile(last, 50));
  Report("selective_ttlr_p99_ms", Percentile(last, 99));
  Report("selective_records_per_query",
         static_cast<double>(records) / queries);
  return 0;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
