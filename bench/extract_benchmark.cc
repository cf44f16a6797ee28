// Throughput of the extraction library alone (no storage, no RPC) on the
// reference seeds, on the bundled examples and, when
// AMICUS_EXTRACT_BENCH_DIR names a directory, on the documents in it (a
// generated corpus: bench_corpus --docs=300 --out=DIR). Files are read once
// before timing; the word list is loaded once, as the services do.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/iso_countries.h"
#include "extract/system_dictionary.h"

namespace {

namespace fs = std::filesystem;

std::vector<std::pair<std::string, std::string>> ReadDocuments(const std::string& dir) {
  std::vector<std::pair<std::string, std::string>> docs;
  if (!fs::is_directory(dir)) return docs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    docs.emplace_back(entry.path().string(), content.str());
  }
  std::sort(docs.begin(), docs.end());  // the same order on every run
  return docs;
}

void ExtractAll(benchmark::State& state, const std::string& dir) {
  auto docs = ReadDocuments(dir);
  if (docs.empty()) {
    state.SkipWithError(("no documents in " + dir).c_str());
    return;
  }
  amicus::extract::ExtractOptions options;
  options.dictionary = amicus::extract::LoadSystemDictionary();
  options.countries = amicus::extract::LoadIsoCountries();
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.second.size();
  for (auto _ : state) {
    for (const auto& [path, content] : docs) {
      auto result = amicus::extract::Extract(path, content, "", options);
      if (!result.ok()) state.SkipWithError(result.status().ToString().c_str());
      benchmark::DoNotOptimize(result);
    }
  }
  state.SetItemsProcessed(state.iterations() * docs.size());
  state.SetBytesProcessed(state.iterations() * bytes);
  state.counters["documents"] = docs.size();
}

void BM_ExtractSeeds(benchmark::State& state) {
  ExtractAll(state, AMICUS_SHARED_DIR "/corpus/seeds");
}
BENCHMARK(BM_ExtractSeeds)->Unit(benchmark::kMillisecond);

void BM_ExtractExamples(benchmark::State& state) {
  ExtractAll(state, AMICUS_SOURCE_DIR "/examples");
}
BENCHMARK(BM_ExtractExamples)->Unit(benchmark::kMillisecond);

// Generated documents of the service benchmark's genre, from a directory
// (the corpus generator belongs to bench/run's tools, not to this binary).
void BM_ExtractDirectory(benchmark::State& state) {
  const char* dir = std::getenv("AMICUS_EXTRACT_BENCH_DIR");
  if (dir == nullptr) {
    state.SkipWithError("AMICUS_EXTRACT_BENCH_DIR is not set");
    return;
  }
  ExtractAll(state, dir);
}
BENCHMARK(BM_ExtractDirectory)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
