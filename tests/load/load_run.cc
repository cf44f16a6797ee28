#include "tests/load/load_run.h"

#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "tests/load/load_statements.h"
#include "tests/load/service_process.h"
#include "tests/load/stream_clients.h"

namespace amicus::load {
namespace {

struct Services {
  std::string dir;
  std::unique_ptr<ServiceProcess> ingest;
  std::unique_ptr<ServiceProcess> query;
};

absl::Status StartServices(const LoadOptions& options, Services* services) {
  char dir_template[] = "/tmp/amicus-load-XXXXXX";
  if (mkdtemp(dir_template) == nullptr) return absl::InternalError("mkdtemp");
  services->dir = dir_template;
  const std::string db = "--db=" + services->dir + "/db";
  std::vector<std::string> ingest = {options.bin_dir + "/amicus-ingest", db,
                                     "--listen=127.0.0.1:0"};
  std::vector<std::string> query = {options.bin_dir + "/amicus-query", db,
                                    "--secondary_dir=" + services->dir + "/secondary",
                                    "--listen=127.0.0.1:0"};
  for (const std::string& flag : options.service_flags) {
    ingest.push_back(flag);
    query.push_back(flag);
  }
  auto ingest_process = ServiceProcess::Start(ingest, services->dir + "/ingest.log");
  if (!ingest_process.ok()) return ingest_process.status();
  services->ingest = *std::move(ingest_process);
  auto query_process = ServiceProcess::Start(query, services->dir + "/query.log");
  if (!query_process.ok()) return query_process.status();
  services->query = *std::move(query_process);
  return absl::OkStatus();
}

std::shared_ptr<grpc::Channel> NewChannel(const std::string& address) {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(-1);
  // A connection of its own, not one shared with every other channel.
  args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  return grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), args);
}

grpc::Status IngestOne(v1::IngestService::Stub& stub, int n) {
  v1::IngestRequest request;
  request.set_source_uri(absl::StrCat("load/statement-", n, ".txt"));
  request.set_content(LoadStatement(n));
  v1::IngestResponse response;
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(60)));
  return stub.Ingest(&context, request, &response);
}

absl::Status Seed(const std::string& ingest_address, int count) {
  auto stub = v1::IngestService::NewStub(NewChannel(ingest_address));
  for (int n = 0; n < count; ++n) {
    grpc::Status status = IngestOne(*stub, n);
    if (!status.ok()) {
      return absl::InternalError("seeding failed: " + status.error_message());
    }
  }
  return absl::OkStatus();
}

// Waits until amicus-query lists `count` documents (its secondary catches
// up in the background).
absl::Status WaitForDocuments(const std::string& query_address, int count) {
  auto stub = v1::QueryService::NewStub(NewChannel(query_address));
  for (int attempt = 0; attempt < 1200; ++attempt) {
    grpc::ClientContext context;
    v1::ListDocumentsRequest request;
    request.set_omit_text(true);
    auto reader = stub->ListDocuments(&context, request);
    v1::ListDocumentsResponse response;
    int listed = 0;
    while (reader->Read(&response)) listed += response.documents_size();
    if (reader->Finish().ok() && listed >= count) return absl::OkStatus();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return absl::DeadlineExceededError("seed documents never became visible");
}

void SteadyIngest(const std::string& address, const LoadOptions& options,
                  absl::Time end, std::atomic<int64_t>* ingested,
                  ClientStats* stats) {
  if (options.ingest_per_second <= 0) return;
  auto stub = v1::IngestService::NewStub(NewChannel(address));
  const absl::Duration period = absl::Seconds(1 / options.ingest_per_second);
  absl::Time next = absl::Now();
  for (int n = options.seed_documents; absl::Now() < end; ++n) {
    grpc::Status status = IngestOne(*stub, n);
    if (status.ok()) {
      ingested->fetch_add(1);
    } else {
      ++stats->errors["ingest " + absl::StatusCodeToString(static_cast<absl::StatusCode>(
                                      status.error_code()))];
    }
    next += period;
    if (next > absl::Now()) absl::SleepFor(next - absl::Now());
  }
}

double Percentile(std::vector<double>& values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t at = std::min(values.size() - 1,
                             static_cast<size_t>(q * static_cast<double>(values.size())));
  return values[at];
}

void Merge(const ClientStats& stats, LoadReport* report,
           std::vector<double>* ttfr) {
  report->streams_completed += stats.streams_completed;
  report->records += stats.records;
  ttfr->insert(ttfr->end(), stats.ttfr_ms.begin(), stats.ttfr_ms.end());
  for (const auto& [code, count] : stats.errors) {
    report->errors[code] += count;
    report->error_count += count;
  }
}

// Clients that hold one stream open without reading (or reading slowly);
// returns once each has its first response, so they are in place before
// the others start.
void StartHolders(const LoadOptions& options,
                  const std::vector<std::unique_ptr<v1::QueryService::Stub>>& stubs,
                  absl::Time end, std::vector<ClientStats>* stats,
                  std::vector<std::thread>* threads) {
  const int holders = options.stalled_clients + options.slow_clients;
  std::atomic<int> opened{0};
  for (int i = 0; i < holders; ++i) {
    const absl::Duration pause = i < options.stalled_clients
                                     ? absl::InfiniteDuration()
                                     : absl::Milliseconds(200);
    threads->emplace_back([&, i, pause] {
      RunSlowReader(*stubs[i % stubs.size()], pause, end, &(*stats)[i], &opened);
    });
  }
  while (opened.load() < holders && absl::Now() < end) {
    absl::SleepFor(absl::Milliseconds(10));
  }
}

}  // namespace

LoadReport RunLoad(const LoadOptions& options) {
  LoadReport report;
  Services services;
  absl::Status ready = StartServices(options, &services);
  if (ready.ok()) ready = Seed(services.ingest->address(), options.seed_documents);
  if (ready.ok()) {
    ready = WaitForDocuments(services.query->address(), options.seed_documents);
  }
  if (!ready.ok()) {
    report.setup_error = std::string(ready.message());
    return report;
  }
  std::vector<std::unique_ptr<v1::QueryService::Stub>> stubs;
  for (int i = 0; i < std::max(1, options.channels); ++i) {
    stubs.push_back(v1::QueryService::NewStub(NewChannel(services.query->address())));
  }
  const int holders = options.stalled_clients + options.slow_clients;
  std::vector<ClientStats> stats(holders + options.clients + 1);
  std::vector<std::thread> threads;
  // Holders connect first and keep their streams a little past the
  // readers' end, so every reader runs while they hold them.
  const absl::Time holders_end = absl::Now() + options.duration + absl::Seconds(5);
  StartHolders(options, stubs, holders_end, &stats, &threads);

  const absl::Time start = absl::Now();
  const absl::Time end = start + options.duration;
  for (int c = 0; c < options.clients; ++c) {
    ClientStats* mine = &stats[holders + c];
    v1::QueryService::Stub* stub = stubs[c % stubs.size()].get();
    if (c < options.follow_clients) {
      threads.emplace_back([=] { RunFollower(*stub, end, mine); });
    } else {
      threads.emplace_back([=] { RunReader(*stub, c, end, mine); });
    }
  }
  std::atomic<int64_t> ingested{0};
  SteadyIngest(services.ingest->address(), options, end, &ingested, &stats.back());
  // Readers are done shortly after `end`; then the holders may go.
  for (size_t t = holders; t < threads.size(); ++t) threads[t].join();
  const absl::Duration elapsed = absl::Now() - start;
  report.ingest_peak_rss_kib = services.ingest->PeakRssKib();
  report.query_peak_rss_kib = services.query->PeakRssKib();
  for (int t = 0; t < holders; ++t) {
    threads[t].join();
  }

  std::vector<double> ttfr;
  for (const ClientStats& s : stats) Merge(s, &report, &ttfr);
  for (int c = options.follow_clients; c < options.clients; ++c) {
    report.starved_readers += stats[holders + c].streams_completed == 0;
  }
  for (int c = 0; c < options.follow_clients && c < options.clients; ++c) {
    report.silent_followers += stats[holders + c].records == 0;
  }
  report.documents_ingested = ingested.load();
  report.records_per_second =
      static_cast<double>(report.records) / absl::ToDoubleSeconds(elapsed);
  report.ttfr_p50_ms = Percentile(ttfr, 0.50);
  report.ttfr_p99_ms = Percentile(ttfr, 0.99);
  // Close the connections first: amicus-query's drain waits (up to its
  // --drain_timeout) for clients that keep idle connections open.
  stubs.clear();
  services.query.reset();
  services.ingest.reset();
  std::filesystem::remove_all(services.dir);
  return report;
}

std::string FormatReport(const LoadOptions& options, const LoadReport& report) {
  if (!report.setup_error.empty()) return "setup failed: " + report.setup_error + "\n";
  std::string errors;
  for (const auto& [code, count] : report.errors) {
    absl::StrAppend(&errors, " ", code, "=", count);
  }
  return absl::StrFormat(
      "clients=%d (follow=%d) stalled=%d slow=%d channels=%d duration=%s "
      "seed=%d ingest=%.1f/s\n"
      "errors: %d%s\n"
      "streams completed: %d; readers starved: %d; followers silent: %d\n"
      "time to first record: p50=%.1f ms p99=%.1f ms\n"
      "records received: %d (%.0f/s); documents ingested during run: %d\n"
      "peak RSS: amicus-ingest=%.1f MiB amicus-query=%.1f MiB\n",
      options.clients, options.follow_clients, options.stalled_clients,
      options.slow_clients, options.channels,
      absl::FormatDuration(options.duration), options.seed_documents,
      options.ingest_per_second, report.error_count, errors,
      report.streams_completed, report.starved_readers, report.silent_followers,
      report.ttfr_p50_ms, report.ttfr_p99_ms, report.records,
      report.records_per_second, report.documents_ingested,
      report.ingest_peak_rss_kib / 1024.0, report.query_peak_rss_kib / 1024.0);
}

}  // namespace amicus::load
