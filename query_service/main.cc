// amicus-query: serves what amicus-ingest stored, read through a RocksDB
// secondary instance of the same directory; or, with --nats, a replica of
// distributed mode that applies the NATS JetStream log into a database of
// its own and serves that.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "query_service/nats_replica.h"
#include "query_service/query_service_impl.h"
#include "server/free_memory.h"
#include "server/log.h"
#include "server/mutex_checks.h"
#include "server/serve.h"
#include "server/server_flags.h"
#include "store/reader.h"

ABSL_FLAG(std::string, db, "",
          "Database directory written by amicus-ingest (required); with "
          "--nats, this replica's own directory (created if missing).");
ABSL_FLAG(std::string, nats, "",
          "Distributed mode: NATS servers (nats://HOST:4222[,nats://...]) "
          "whose JetStream log this replica applies into --db.");
ABSL_FLAG(absl::Duration, nats_wait, absl::Seconds(30),
          "With --nats: how long to wait for NATS at start, with health "
          "NOT_SERVING, before serving what --db holds (reported stale).");
ABSL_FLAG(std::string, listen, "127.0.0.1:50052",
          "HOST:PORT to serve on; port 0 picks a free port.");
ABSL_FLAG(std::string, secondary_dir, "",
          "Directory for the secondary instance's own files; default: a "
          "fresh directory under $TMPDIR or /tmp. Unused with --nats (the "
          "replica reads its own database in-process).");
ABSL_FLAG(int, catch_up_interval_ms, 100,
          "How often to catch up with amicus-ingest's writes, in ms.");
ABSL_FLAG(absl::Duration, wait_for_db, absl::Minutes(2),
          "How long to wait for a database that does not exist yet or that "
          "amicus-ingest is still creating, listening meanwhile with health "
          "NOT_SERVING (calls get UNAVAILABLE); then exit 1. 0: exit at once.");
ABSL_FLAG(absl::Duration, drain_timeout, absl::Seconds(20),
          "How long in-flight requests may run after SIGTERM/SIGINT.");

namespace {

constexpr char kName[] = "amicus-query";

int Fail(int exit_code, absl::string_view message) {
  std::fprintf(stderr, "%s: %s\n", kName, std::string(message).c_str());
  return exit_code;
}

// A new directory under $TMPDIR (or /tmp) for this process alone: two
// secondaries must not share one.
absl::StatusOr<std::string> FreshSecondaryDir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = absl::StrCat(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp",
                                     "/amicus-query-XXXXXX");
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot create a secondary directory like ", pattern));
  }
  return std::string(buffer.data());
}

void RemoveDirectory(const std::string& path) {
  std::error_code ignored;
  std::filesystem::remove_all(path, ignored);
}

// How often a waiting amicus-query tries to open the database again.
constexpr absl::Duration kWaitPoll = absl::Milliseconds(100);

// Retries opening `db` until it opens, `wait` has passed since `start`, it
// fails for another reason than being incomplete, or `stop` is notified.
// Logs once when it starts waiting and once when it is done.
absl::StatusOr<std::unique_ptr<amicus::store::Reader>> WaitForDatabase(
    const std::string& db, const amicus::store::ReaderOptions& options,
    absl::Time start, absl::Duration wait, const absl::Status& first,
    const absl::Notification& stop) {
  amicus::server::LogLine(absl::StrCat(
      kName, ": waiting up to ", absl::FormatDuration(wait),
      " for the database at ", db, " (", first.message(),
      "); health is NOT_SERVING until it opens"));
  const absl::Time deadline = start + wait;
  absl::Status last = first;
  while (true) {
    const absl::Duration left = deadline - absl::Now();
    if (left <= absl::ZeroDuration()) {
      return absl::DeadlineExceededError(absl::StrCat(
          "gave up after ", absl::FormatDuration(wait),
          " waiting for the database at ", db, ": ", last.message(),
          " (is amicus-ingest running with --db=", db, "? see --wait_for_db)"));
    }
    if (stop.WaitForNotificationWithTimeout(std::min(kWaitPoll, left))) {
      amicus::server::LogLine(absl::StrCat(
          kName, ": stopped while waiting for the database at ", db));
      return absl::CancelledError("stopped while waiting for the database");
    }
    auto reader = amicus::store::Reader::OpenAsSecondary(db, options);
    if (reader.ok()) {
      amicus::server::LogLine(absl::StrCat(
          kName, ": database at ", db, " opened after waiting ",
          absl::FormatDuration(
              absl::Trunc(absl::Now() - start, absl::Milliseconds(1))),
          "; serving"));
      return reader;
    }
    if (!amicus::store::IsIncompleteDatabase(reader.status())) {
      return reader.status();
    }
    last = reader.status();
  }
}

}  // namespace

int main(int argc, char** argv) {
  amicus::server::TurnOffMutexDeadlockDetection();
  absl::SetProgramUsageMessage(
      "Streams events, quotes, signatory sets and documents stored by "
      "amicus-ingest.\n"
      "Usage: amicus-query --db=DIR [--listen=HOST:PORT] [--wait_for_db=2m]\n"
      "       amicus-query --nats=URL[,URL...] --db=LOCAL_DIR [--nats_wait=30s]");
  amicus::server::AcceptDashedFlagNames(argc, argv);
  std::vector<char*> positional = absl::ParseCommandLine(argc, argv);
  if (positional.size() > 1) {
    return Fail(2, absl::StrCat("unexpected argument ", positional[1]));
  }
  const std::string db = absl::GetFlag(FLAGS_db);
  if (db.empty()) return Fail(2, "--db=DIR is required");
  const std::string nats = absl::GetFlag(FLAGS_nats);

  const int catch_up_interval_ms = absl::GetFlag(FLAGS_catch_up_interval_ms);
  // Follow streams wait on the background catch-up; without it they would
  // never see new documents.
  if (catch_up_interval_ms <= 0) {
    return Fail(2, "--catch_up_interval_ms must be positive");
  }
  std::string secondary = absl::GetFlag(FLAGS_secondary_dir);
  bool own_secondary = secondary.empty();
  if (own_secondary) {
    absl::StatusOr<std::string> fresh = FreshSecondaryDir();
    if (!fresh.ok()) return Fail(1, fresh.status().message());
    secondary = *fresh;
  }
  amicus::store::ReaderOptions reader_options;
  reader_options.secondary_path = secondary;
  reader_options.catch_up_interval =
      absl::Milliseconds(catch_up_interval_ms);
  reader_options.on_catch_up_change = [db](const absl::Status& status) {
    amicus::server::LogLine(
        status.ok() ? absl::StrCat("caught up with ", db, " again")
                    : absl::StrCat("cannot catch up with ", db,
                                   " (serving the last state read; retrying): ",
                                   status.ToString()));
  };
  const absl::Duration wait = absl::GetFlag(FLAGS_wait_for_db);
  const absl::Time start = absl::Now();
  // A database that exists opens before the server listens, as it always
  // did; one that does not (yet) is waited for while serving health checks.
  std::unique_ptr<amicus::store::Reader> reader;
  std::unique_ptr<amicus::query::NatsReplica> replica;
  absl::Status first = absl::OkStatus();
  if (!nats.empty()) {
    amicus::query::NatsReplicaOptions replica_options;
    replica_options.nats_urls = nats;
    replica_options.db = db;
    auto opened = amicus::query::NatsReplica::Open(replica_options);
    if (!opened.ok()) {
      if (own_secondary) RemoveDirectory(secondary);
      return Fail(1, opened.status().message());
    }
    replica = *std::move(opened);
  } else {
    auto opened = amicus::store::Reader::OpenAsSecondary(db, reader_options);
    if (opened.ok()) {
      reader = *std::move(opened);
    } else if (amicus::store::IsIncompleteDatabase(opened.status()) &&
               wait > absl::ZeroDuration()) {
      first = opened.status();
    } else {
      if (own_secondary) RemoveDirectory(secondary);
      return Fail(1, opened.status().message());
    }
  }

  // Every 100 ms, not every second: while amicus-ingest writes, each
  // catch-up replays its log into new memtables and drops the flushed ones,
  // and within a second up to 159 MiB of freed pages stayed resident
  // (tcmalloc's pageheap_free_bytes, bench/run's growth phase), which made
  // most of the gap between the live heap and the peak RSS.
  amicus::server::FreeMemoryReleaser releaser(absl::Milliseconds(100));
  amicus::query::QueryServiceOptions service_options;
  if (replica != nullptr) service_options.replication = replica->applier();
  amicus::query::QueryServiceImpl service(
      replica != nullptr ? replica->reader() : reader.get(), service_options);
  amicus::server::ServeOptions options;
  options.name = kName;
  options.listen = absl::GetFlag(FLAGS_listen);
  options.description = absl::StrCat(nats.empty() ? "" : "nats=", nats,
                                     nats.empty() ? "" : " ", "db=", db,
                                     " secondary=", secondary);
  options.drain_timeout = absl::GetFlag(FLAGS_drain_timeout);
  if (absl::Status flags = amicus::server::ApplyServerFlags(&options);
      !flags.ok()) {
    return Fail(2, flags.message());
  }
  if (replica != nullptr) {
    const absl::Duration nats_wait = absl::GetFlag(FLAGS_nats_wait);
    options.prepare = [&replica, nats_wait](const absl::Notification& stop) {
      return replica->applier()->WaitUntilCaughtUp(nats_wait, stop);
    };
    options.watch = [&replica](const absl::Notification& stop) {
      return replica->applier()->WaitUntilRefused(stop);
    };
  } else if (reader == nullptr) {
    options.prepare = [&](const absl::Notification& stop) -> absl::Status {
      auto waited =
          WaitForDatabase(db, reader_options, start, wait, first, stop);
      if (!waited.ok()) return waited.status();
      reader = *std::move(waited);
      service.AttachReader(reader.get());
      return absl::OkStatus();
    };
  }
  absl::Status served = amicus::server::Serve(
      options, {&service}, [&service] { service.BeginDrain(); });
  replica.reset();
  reader.reset();
  if (own_secondary) RemoveDirectory(secondary);
  if (!served.ok()) return Fail(1, served.message());
  return 0;
}
