// The store alone: store::Writer writing prebuilt extraction results of the
// benchmark's documents into a fresh database with the durability
// amicus-ingest ships with (sync on: the WAL fsynced before a Put
// is acknowledged), driven the way its IngestStream drives it
// (ingest_service/stream_pipeline.h): one thread queues the documents in
// order with PutAsync, up to --depth of them not yet durable, so documents
// queued together share one WAL sync (group commit).
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "bench/corpus_extraction.h"
#include "bench/report.h"
#include "rocksdb/db.h"
#include "store/document_entries.h"
#include "store/name_memo.h"
#include "store/writer.h"

ABSL_FLAG(std::string, db, "", "database directory (must not exist)");
ABSL_FLAG(int64_t, docs, 1000, "documents (0 .. N-1 of the corpus)");
ABSL_FLAG(uint64_t, seed, 1, "corpus seed");
ABSL_FLAG(int, depth, 0,
          "documents in flight; 0: as amicus-ingest's stream window "
          "(8 per core, >= 16)");
ABSL_FLAG(bool, compress_level0, true,
          "store::WriterOptions::compress_level0 (false: as a query replica)");
ABSL_FLAG(bool, flush, false,
          "flush every family before closing, so that a profile of the run "
          "counts all the flushing its writes cause, whatever the timing");

namespace amicus::bench {
namespace {

// Documents handed to the writer and not yet durable, at most `limit`.
class InFlight {
 public:
  explicit InFlight(int limit) : limit_(limit) {}
  void Acquire() {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [&] { return count_ < limit_; });
    ++count_;
  }
  void Release() {
    std::lock_guard<std::mutex> lock(mu_);
    --count_;
    changed_.notify_all();
  }
  void AwaitNone() {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [&] { return count_ == 0; });
  }

 private:
  const int limit_;
  std::mutex mu_;
  std::condition_variable changed_;
  int count_ = 0;
};

// Extractions of documents first..first+count-1 (untimed).
std::vector<v1::Extraction> Prebuild(int64_t first, int64_t count,
                                     int64_t* bytes) {
  std::vector<GeneratedDocument> docs =
      GenerateCorpus(first, count, absl::GetFlag(FLAGS_seed));
  static const extract::ExtractOptions options = ServiceExtractOptions();
  std::vector<v1::Extraction> out(static_cast<size_t>(count));
  ParallelFor(count, CoreCount(), [&](int64_t i) {
    const GeneratedDocument& doc = docs[static_cast<size_t>(i)];
    auto e = extract::Extract(doc.source_uri, doc.content, "text/plain",
                              options);
    // A failed extraction leaves an empty record, which Put refuses.
    if (e.ok()) out[static_cast<size_t>(i)] = *std::move(e);
  });
  for (const GeneratedDocument& d : docs) {
    *bytes += static_cast<int64_t>(d.content.size());
  }
  return out;
}

// What the chunk's documents make the store write, before RocksDB's own
// overhead: keys (index entries mostly) and their bytes. `names` lasts
// the run, as the writer's memo does: this untimed count then costs about
// what the writer's entries do, instead of adding a cold memo's misses to
// a profile of the process.
void CountEntries(const std::vector<v1::Extraction>& chunk,
                  store::NameMemo* names, int64_t* entries,
                  int64_t* entry_bytes) {
  int64_t seq = 1;
  for (const v1::Extraction& extraction : chunk) {
    for (const store::Entry& entry : store::DocumentEntries(
             extraction, static_cast<uint64_t>(seq++), names)) {
      ++*entries;
      *entry_bytes += static_cast<int64_t>(entry.key.size() + entry.value.size());
    }
  }
}

// Bytes this process has written (WAL, flushes, compactions), from the
// kernel's accounting; 0 where /proc does not say.
int64_t BytesWrittenByProcess() {
  std::ifstream io("/proc/self/io");
  std::string name;
  int64_t value = 0;
  while (io >> name >> value) {
    if (name == "wchar:") return value;
  }
  return 0;
}

// Puts one chunk in order, `depth` documents in flight; returns failures.
// Each extraction is moved into its Put, as IngestStream hands them over.
int64_t WriteChunk(store::Writer* writer, std::vector<v1::Extraction>& chunk,
                   int depth) {
  InFlight in_flight(depth);
  std::atomic<int64_t> errors{0};
  for (v1::Extraction& extraction : chunk) {
    in_flight.Acquire();
    writer->PutAsync(std::move(extraction),
                     [&](absl::StatusOr<store::PutResult> put) {
                       if (!put.ok()) ++errors;
                       in_flight.Release();
                     });
  }
  in_flight.AwaitNone();
  return errors;
}

int Run() {
  const int64_t count = absl::GetFlag(FLAGS_docs);
  store::WriterOptions writer_options;
  writer_options.sync = true;
  writer_options.compress_level0 = absl::GetFlag(FLAGS_compress_level0);
  auto writer = store::Writer::Open(absl::GetFlag(FLAGS_db), writer_options);
  if (!writer.ok()) {
    std::fprintf(stderr, "%s\n", writer.status().ToString().c_str());
    return 1;
  }
  int depth = absl::GetFlag(FLAGS_depth);
  if (depth <= 0) depth = std::max(16, 8 * CoreCount());
  // Prepared a chunk at a time so memory stays flat at any scale; only the
  // writing is timed.
  int64_t bytes = 0, errors = 0, entries = 0, entry_bytes = 0;
  store::NameMemo names;
  int64_t written_before = BytesWrittenByProcess();
  double seconds = 0;
  for (int64_t first = 0; first < count; first += kChunkDocs) {
    std::vector<v1::Extraction> chunk =
        Prebuild(first, std::min(kChunkDocs, count - first), &bytes);
    CountEntries(chunk, &names, &entries, &entry_bytes);
    Stopwatch clock;
    errors += WriteChunk(writer->get(), chunk, depth);
    seconds += clock.Seconds();
  }
  Report("store_docs_per_s", static_cast<double>(count) / seconds);
  Report("store_mb_per_s", static_cast<double>(bytes) / 1e6 / seconds);
  if (absl::GetFlag(FLAGS_flush)) {
    store::SharedDatabase db = (*writer)->shared_database();
    if (!db.db->Flush(rocksdb::FlushOptions(), db.handles).ok()) ++errors;
  }
  writer->reset();  // flushes and closes: its writes count too
  const double docs = static_cast<double>(count);
  Report("store_entries_per_doc", static_cast<double>(entries) / docs);
  Report("store_entry_bytes_per_doc", static_cast<double>(entry_bytes) / docs);
  Report("store_bytes_written_per_doc",
         static_cast<double>(BytesWrittenByProcess() - written_before) / docs);
  if (errors > 0) {
    std::fprintf(stderr, "%lld Puts failed\n", static_cast<long long>(errors));
  }
  return errors == 0 ? 0 : 1;
}

}  // namespace
}  // namespace amicus::bench

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  return amicus::bench::Run();
}
