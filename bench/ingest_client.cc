// Ingests documents --first .. --first+--docs-1 of a generated corpus
// through IngestStream (one stream, documents written by one thread while
// results are read by another, as a bulk loader would) and reports
// documents/s, MB/s and record counts. bench/run grows a database by
// calling it again with --first at the previous end.
#include <sys/resource.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "bench/corpus_generator.h"
#include "bench/report.h"
#include "grpcpp/grpcpp.h"
#include "server/mutex_checks.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50051", "amicus-ingest address");
ABSL_FLAG(int64_t, first, 0, "index of the first document to ingest");
ABSL_FLAG(int64_t, docs, 1000, "documents to ingest");
ABSL_FLAG(uint64_t, seed, 1, "corpus seed");

namespace amicus::bench {
namespace {

struct Totals {
  int64_t errors = 0;
  int64_t records = 0;
};

// Reads one result per document; counts records and failures.
Totals ReadResults(
    grpc::ClientReaderWriter<v1::IngestRequest, v1::IngestStreamResponse>*
        stream) {
  Totals totals;
  v1::IngestStreamResponse response;
  while (stream->Read(&response)) {
    if (response.has_error()) {
      if (++totals.errors <= 3) {
        std::fprintf(stderr, "%s: %s\n", response.source_uri().c_str(),
                     response.error().message().c_str());
      }
      continue;
    }
    const v1::IngestResponse& r = response.result();
    totals.records += r.event_count() + r.quote_count() +
                      r.signatory_set_count();
  }
  return totals;
}

// User + system CPU of this process so far: its share of what an ingest
// costs the machine (generating the documents included).
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) +
           static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

int Run() {
  auto stub = v1::IngestService::NewStub(grpc::CreateChannel(
      absl::GetFlag(FLAGS_target), grpc::InsecureChannelCredentials()));
  CorpusGenerator corpus(absl::GetFlag(FLAGS_seed));
  const int64_t first = absl::GetFlag(FLAGS_first);
  const int64_t docs = absl::GetFlag(FLAGS_docs);
  grpc::ClientContext context;
  auto stream = stub->IngestStream(&context);
  int64_t bytes = 0;
  const double cpu_before = CpuSeconds();
  Stopwatch clock;
  std::thread writer([&] {
    for (int64_t i = first; i < first + docs; ++i) {
      GeneratedDocument doc = corpus.Document(i);
      v1::IngestRequest request;
      request.set_source_uri(doc.source_uri);
      request.set_media_type("text/plain");
      bytes += static_cast<int64_t>(doc.content.size());
      request.set_content(std::move(doc.content));
      if (!stream->Write(request)) break;
    }
    stream->WritesDone();
  });
  Totals totals = ReadResults(stream.get());
  writer.join();
  grpc::Status status = stream->Finish();
  double seconds = clock.Seconds();
  if (!status.ok()) {
    std::fprintf(stderr, "IngestStream: %s\n", status.error_message().c_str());
    return 1;
  }
  Report("ingest_docs_per_s", static_cast<double>(docs) / seconds);
  Report("ingest_mb_per_s", static_cast<double>(bytes) / 1e6 / seconds);
  Report("ingest_records", static_cast<double>(totals.records));
  Report("ingest_errors", static_cast<double>(totals.errors));
  Report("ingest_client_cpu_ms_per_doc",
         (CpuSeconds() - cpu_before) * 1000 / static_cast<double>(docs));
  return totals.errors == 0 ? 0 : 1;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
