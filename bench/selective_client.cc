// Selective queries against amicus-query, one at a time: events in a date
// range, events of one actor, the letters one organization signed, events
// whose evidence or summary has a word, each at
// ~1% and ~0.01% of the records of the first --docs documents (see
// selective_queries.h). Reports time to first and to last record, p50 and
// p99, per kind and selectivity (selective_suite.h).
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/report.h"
#include "bench/selective_suite.h"
#include "grpcpp/grpcpp.h"
#include "server/mutex_checks.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50052", "amicus-query address");
ABSL_FLAG(int64_t, docs, 1000, "queries select within the first N documents");
ABSL_FLAG(int, queries, 200, "queries per kind and selectivity");
ABSL_FLAG(uint64_t, seed, 7, "which queries are asked");
ABSL_FLAG(std::string, prefix, "", "figure name prefix");
ABSL_FLAG(std::string, counts_out, "", "file for each query's record count");
ABSL_FLAG(std::string, only, "",
          "comma-separated parts to run (e.g. actor_001pct); all if empty");

namespace amicus::bench {
namespace {

// Reads a stream to its end, timing the first record and the end.
template <typename Response, typename Count>
bool Drain(grpc::ClientReader<Response>* reader, Count count,
           const Stopwatch& clock, QuerySample* sample) {
  Response response;
  sample->first_ms = -1;
  while (reader->Read(&response)) {
    const int n = count(response);
    if (n > 0 && sample->first_ms < 0) sample->first_ms = clock.Millis();
    sample->records += n;
  }
  sample->last_ms = clock.Millis();
  // A query that matches nothing has its first answer at its end.
  if (sample->first_ms < 0) sample->first_ms = sample->last_ms;
  grpc::Status status = reader->Finish();
  if (!status.ok()) {
    std::fprintf(stderr, "selective query: %s\n",
                 status.error_message().c_str());
  }
  return status.ok();
}

void SetDate(const CalendarDate& from, v1::Date* to) {
  to->set_year(from.year);
  to->set_month(from.month);
  to->set_day(from.day);
}

bool Query(v1::QueryService::Stub* stub, const SelectiveQuery& q,
           QuerySample* sample) {
  grpc::ClientContext context;
  Stopwatch clock;
  if (q.kind == QueryKind::kOrganization) {
    v1::StreamSignatorySetsRequest request;
    request.set_organization(q.name);
    auto reader = stub->StreamSignatorySets(&context, request);
    return Drain(reader.get(),
                 [](const v1::StreamSignatorySetsResponse& r) {
                   return r.signatory_sets_size();
                 }, clock, sample);
  }
  v1::StreamEventsRequest request;
  if (q.kind == QueryKind::kActor) {
    request.set_actor(q.name);
  } else if (q.kind == QueryKind::kText) {
    request.set_text_contains(q.name);
  } else {
    SetDate(q.first_date, request.mutable_start_date());
    SetDate(q.last_date, request.mutable_end_date());
  }
  auto reader = stub->StreamEvents(&context, request);
  return Drain(reader.get(),
               [](const v1::StreamEventsResponse& r) {
                 return r.events_size();
               }, clock, sample);
}

int Run() {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  auto stub = v1::QueryService::NewStub(grpc::CreateCustomChannel(
      absl::GetFlag(FLAGS_target), grpc::InsecureChannelCredentials(), args));
  SuiteOptions options;
  options.prefix = absl::GetFlag(FLAGS_prefix);
  options.docs = absl::GetFlag(FLAGS_docs);
  options.queries = absl::GetFlag(FLAGS_queries);
  options.seed = absl::GetFlag(FLAGS_seed);
  options.counts_path = absl::GetFlag(FLAGS_counts_out);
  options.only = absl::GetFlag(FLAGS_only);
  return RunSelectiveSuite(options,
                           [&](const SelectiveQuery& q, QuerySample* s) {
                             return Query(stub.get(), q, s);
                           })
             ? 0
             : 1;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
