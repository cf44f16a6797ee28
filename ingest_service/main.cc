// amicus-ingest: the only writer of an amicus database, or (--nats) one of
// the publishers to the replicated log of distributed mode.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "extract/iso_countries.h"
#include "extract/system_dictionary.h"
#include "ingest_service/document_ingester.h"
#include "ingest_service/ingest_service_impl.h"
#include "ingest_service/log_publisher.h"
#include "ingest_service/message_limits.h"
#include "server/free_memory.h"
#include "server/mutex_checks.h"
#include "server/serve.h"
#include "server/server_flags.h"
#include "store/writer.h"

ABSL_FLAG(std::string, db, "",
          "Database directory, created if missing (single-machine mode).");
ABSL_FLAG(std::string, nats, "",
          "NATS servers, nats://HOST:PORT[,...] (distributed mode, instead "
          "of --db): documents are published to the JetStream log that "
          "amicus-query --nats replicas apply.");
ABSL_FLAG(absl::Duration, nats_timeout, absl::Seconds(5),
          "With --nats: how long a publish or lookup may wait for NATS "
          "before the call fails with UNAVAILABLE.");
ABSL_FLAG(bool, nats_compress, true,
          "With --nats: publish each document's entry zstd-compressed. "
          "amicus-query replicas read both forms; false writes the "
          "uncompressed form that replicas built before compression read, "
          "for a rollout that upgrades ingest replicas before query ones.");
ABSL_FLAG(std::string, listen, "127.0.0.1:50051",
          "HOST:PORT to serve on; port 0 picks a free port.");
ABSL_FLAG(int64_t, max_document_bytes, 16 << 20,
          "Documents larger than this are refused with RESOURCE_EXHAUSTED.");
ABSL_FLAG(int64_t, content_budget_bytes, 0,
          "Content bytes extracted and stored at once, over all calls; a "
          "document waits (its stream is not read meanwhile) until it fits, "
          "or is alone. Each byte takes ~70 bytes of memory while it is "
          "worked on. 0: --max_document_bytes.");
ABSL_FLAG(bool, sync, true,
          "fsync the write-ahead log before acknowledging a document "
          "(documents arriving together share one fsync), so an "
          "acknowledged document survives a crash.");
ABSL_FLAG(bool, low_priority_compactions, true,
          "run the database's compactions at the lowest CPU priority, so that "
          "ingest and queries on the same machine come first");
ABSL_FLAG(absl::Duration, drain_timeout, absl::Seconds(20),
          "How long in-flight requests may run after SIGTERM/SIGINT.");

namespace {

constexpr char kName[] = "amicus-ingest";

int Fail(int exit_code, absl::string_view message) {
  std::fprintf(stderr, "%s: %s\n", kName, std::string(message).c_str());
  return exit_code;
}

absl::StatusOr<std::unique_ptr<amicus::store::Writer>> OpenDatabase(
    const std::string& db) {
  std::error_code error;
  std::filesystem::create_directories(db, error);
  if (error) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot create database directory ", db, ": ", error.message()));
  }
  amicus::store::WriterOptions options;
  options.sync = absl::GetFlag(FLAGS_sync);
  options.low_priority_compactions =
      absl::GetFlag(FLAGS_low_priority_compactions);
  absl::StatusOr<std::unique_ptr<amicus::store::Writer>> writer =
      amicus::store::Writer::Open(db, options);
  if (writer.ok()) return writer;
  std::string message(writer.status().message());
  if (!absl::StrContains(message, db)) {
    message = absl::StrCat("cannot open database at ", db, ": ", message);
  }
  // RocksDB reports a held LOCK file; say what that usually means.
  if (absl::StrContains(writer.status().message(), "lock")) {
    absl::StrAppend(&message, " (is another amicus-ingest using it?)");
  }
  return absl::FailedPreconditionError(message);
}

// Distributed mode: health stays NOT_SERVING until NATS answered and the
// log's stream exists.
absl::StatusOr<std::unique_ptr<amicus::store::Writer>> ConnectLog(
    const std::string& urls, amicus::server::ServeOptions* options) {
  amicus::ingest::LogPublisherOptions publisher_options;
  publisher_options.urls = urls;
  publisher_options.timeout = absl::GetFlag(FLAGS_nats_timeout);
  publisher_options.name = kName;
  publisher_options.encoding = absl::GetFlag(FLAGS_nats_compress)
                                   ? amicus::nats::PutEncoding::kZstd
                                   : amicus::nats::PutEncoding::kNone;
  absl::StatusOr<std::unique_ptr<amicus::ingest::LogPublisher>> publisher =
      amicus::ingest::LogPublisher::Connect(publisher_options);
  if (!publisher.ok()) return publisher.status();
  amicus::ingest::LogPublisher* log = publisher->get();
  options->prepare = [log](const absl::Notification& stop) {
    return log->AwaitStream(stop);
  };
  return std::unique_ptr<amicus::store::Writer>(*std::move(publisher));
}

}  // namespace

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::SetProgramUsageMessage(
      "Parses human-rights statements into records and stores them.\n"
      "Usage: amicus-ingest --db=DIR | --nats=URL[,URL...] "
      "[--listen=HOST:PORT]");
  amicus::server::AcceptDashedFlagNames(argc, argv);
  std::vector<char*> positional = absl::ParseCommandLine(argc, argv);
  if (positional.size() > 1) {
    return Fail(2, absl::StrCat("unexpected argument ", positional[1]));
  }
  const std::string db = absl::GetFlag(FLAGS_db);
  const std::string nats = absl::GetFlag(FLAGS_nats);
  if (db.empty() == nats.empty()) {
    return Fail(2, "exactly one of --db=DIR (one machine) and "
                   "--nats=URL[,URL...] (distributed) is required");
  }
  const int64_t max_document_bytes = absl::GetFlag(FLAGS_max_document_bytes);
  absl::StatusOr<int> max_message_bytes =
      amicus::ingest::MaxMessageBytesFor(max_document_bytes);
  if (!max_message_bytes.ok()) {
    return Fail(2, max_message_bytes.status().message());
  }

  int64_t content_budget_bytes = absl::GetFlag(FLAGS_content_budget_bytes);
  if (content_budget_bytes < 0) {
    return Fail(2, "--content_budget_bytes must not be negative");
  }
  if (content_budget_bytes == 0) content_budget_bytes = max_document_bytes;

  amicus::server::ServeOptions options;
  absl::StatusOr<std::unique_ptr<amicus::store::Writer>> writer =
      db.empty() ? ConnectLog(nats, &options) : OpenDatabase(db);
  if (!writer.ok()) return Fail(1, writer.status().message());

  amicus::extract::ExtractOptions extract_options;
  extract_options.max_content_bytes = static_cast<size_t>(max_document_bytes);
  // Without the word list PDF damage is repaired from the document alone.
  extract_options.dictionary = amicus::extract::LoadSystemDictionary();
  extract_options.countries = amicus::extract::LoadIsoCountries();
  if (extract_options.dictionary == nullptr) {
    std::fprintf(stderr, "%s: no word list at %s; ligature repair uses document words only\n",
                 kName, amicus::extract::kSystemDictionaryPath);
  }
  if (extract_options.countries == nullptr) {
    std::fprintf(stderr,
                 "%s: no ISO 3166 list at %s (Debian package iso-codes); only "
                 "colloquial country names are recognised\n",
                 kName, amicus::extract::kIsoCountriesPath);
  }
  amicus::server::FreeMemoryReleaser releaser(absl::Seconds(1));
  amicus::ingest::DocumentIngester ingester(writer->get(), extract_options);
  amicus::ingest::IngestServiceImpl service(
      &ingester, static_cast<size_t>(content_budget_bytes));

  options.name = kName;
  options.listen = absl::GetFlag(FLAGS_listen);
  const absl::Duration nats_timeout = absl::GetFlag(FLAGS_nats_timeout);
  options.description =
      db.empty() ? absl::StrCat("nats=", nats, " nats_timeout=",
                                absl::FormatDuration(nats_timeout))
                 : absl::StrCat("db=", db, " sync=",
                                absl::GetFlag(FLAGS_sync) ? "true" : "false");
  absl::StrAppend(&options.description,
                  " max_document_bytes=", max_document_bytes,
                  " content_budget_bytes=", content_budget_bytes);
  options.limits.max_message_bytes = *max_message_bytes;
  options.drain_timeout = absl::GetFlag(FLAGS_drain_timeout);
  if (absl::Status flags = amicus::server::ApplyServerFlags(&options);
      !flags.ok()) {
    return Fail(2, flags.message());
  }
  absl::Status served = amicus::server::Serve(options, {&service});
  if (!served.ok()) return Fail(1, served.message());
  return 0;
}
