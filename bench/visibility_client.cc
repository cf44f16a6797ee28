// Time from an ingest acknowledgement to the document's visibility on every
// query replica of a distributed deployment (bench/cluster). Each document
// goes to the next ingest replica in turn with a unary Ingest; as soon as
// it is acknowledged, every query replica is asked for it with
// GetDocument(min_log_position = the acknowledged position), which the
// replica answers once it has applied that far. The time from the
// acknowledgement to each answer is that replica's visibility; the slowest
// replica's is the document's.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "bench/corpus_generator.h"
#include "bench/report.h"
#include "grpcpp/grpcpp.h"
#include "server/mutex_checks.h"

ABSL_FLAG(std::string, ingest, "", "amicus-ingest addresses, comma-separated");
ABSL_FLAG(std::string, query, "", "amicus-query addresses, comma-separated");
ABSL_FLAG(int64_t, first, 0, "index of the first generated document");
ABSL_FLAG(int64_t, docs, 500, "documents to ingest one at a time");
ABSL_FLAG(uint64_t, seed, 1, "corpus seed");
ABSL_FLAG(int, deadline_ms, 10000, "how long a replica may take to show one");
ABSL_FLAG(std::string, timeline, "",
          "if set, a file to write one line per document to: index, id, log "
          "position, the acknowledgement's UTC time, the ingest call's ms, "
          "then each replica's ms from the acknowledgement to its answer");

namespace amicus::bench {
namespace {

std::shared_ptr<grpc::Channel> Channel(const std::string& target) {
  return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
}

// Milliseconds from `acked` until `replica` answers the document at
// `position`; negative when it failed.
double VisibleAfter(v1::QueryService::Stub* replica, const std::string& id,
                    int64_t position, const Stopwatch& acked) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::milliseconds(
                           absl::GetFlag(FLAGS_deadline_ms)));
  v1::GetDocumentRequest request;
  request.set_document_id(id);
  request.set_min_log_position(position);
  v1::Document document;
  grpc::Status status = replica->GetDocument(&context, request, &document);
  if (!status.ok()) {
    std::fprintf(stderr, "GetDocument %s: %s\n", id.c_str(),
                 status.error_message().c_str());
    return -1;
  }
  return acked.Millis();
}

int Run() {
  std::vector<std::unique_ptr<v1::IngestService::Stub>> ingest;
  for (absl::string_view target :
       absl::StrSplit(absl::GetFlag(FLAGS_ingest), ',', absl::SkipEmpty())) {
    ingest.push_back(v1::IngestService::NewStub(Channel(std::string(target))));
  }
  std::vector<std::unique_ptr<v1::QueryService::Stub>> replicas;
  for (absl::string_view target :
       absl::StrSplit(absl::GetFlag(FLAGS_query), ',', absl::SkipEmpty())) {
    replicas.push_back(v1::QueryService::NewStub(Channel(std::string(target))));
  }
  if (ingest.empty() || replicas.empty()) {
    std::fprintf(stderr, "--ingest and --query are required\n");
    return 2;
  }
  CorpusGenerator corpus(absl::GetFlag(FLAGS_seed));
  std::vector<double> all_replicas;
  std::vector<double> each_replica;
  int64_t failures = 0;
  std::ofstream timeline;
  if (!absl::GetFlag(FLAGS_timeline).empty()) {
    timeline.open(absl::GetFlag(FLAGS_timeline));
    timeline << "index\tdocument_id\tlog_position\tacked_utc\tingest_ms";
    for (size_t r = 0; r < replicas.size(); ++r) timeline << "\treplica" << r << "_ms";
    timeline << "\n";
  }
  const int64_t first = absl::GetFlag(FLAGS_first);
  for (int64_t i = first; i < first + absl::GetFlag(FLAGS_docs); ++i) {
    GeneratedDocument doc = corpus.Document(i);
    v1::IngestRequest request;
    request.set_source_uri(doc.source_uri);
    request.set_media_type("text/plain");
    request.set_content(std::move(doc.content));
    grpc::ClientContext context;
    v1::IngestResponse response;
    Stopwatch sent;
    grpc::Status status =
        ingest[i % ingest.size()]->Ingest(&context, request, &response);
    if (!status.ok()) {
      std::fprintf(stderr, "Ingest: %s\n", status.error_message().c_str());
      ++failures;
      continue;
    }
    Stopwatch acked;
    const double ingest_ms = sent.Millis();
    const absl::Time acked_at = absl::Now();
    std::vector<std::future<double>> answers;
    for (auto& replica : replicas) {
      answers.push_back(std::async(std::launch::async, VisibleAfter,
                                   replica.get(), response.document_id(),
                                   response.log_position(), std::cref(acked)));
    }
    double slowest = 0;
    std::vector<double> row;
    for (std::future<double>& answer : answers) {
      double ms = answer.get();
      row.push_back(ms);
      if (ms < 0) {
        ++failures;
        continue;
      }
      each_replica.push_back(ms);
      slowest = std::max(slowest, ms);
    }
    all_replicas.push_back(slowest);
    if (timeline.is_open()) {
      timeline << i << "\t" << response.document_id() << "\t"
               << response.log_position() << "\t"
               << absl::FormatTime("%H:%M:%E3S", acked_at, absl::UTCTimeZone())
               << "\t" << ingest_ms << "\t" << absl::StrJoin(row, "\t")
               << "\n";
    }
  }
  Report("visibility_all_p50_ms", Percentile(all_replicas, 50));
  Report("visibility_all_p99_ms", Percentile(all_replicas, 99));
  Report("visibility_all_max_ms", Percentile(all_replicas, 100));
  Report("visibility_replica_p50_ms", Percentile(each_replica, 50));
  Report("visibility_replica_p99_ms", Percentile(each_replica, 99));
  Report("visibility_failures", static_cast<double>(failures));
  return failures == 0 ? 0 : 1;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
