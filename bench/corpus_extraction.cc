#include "bench/corpus_extraction.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "extract/iso_countries.h"
#include "extract/system_dictionary.h"

namespace amicus::bench {

std::vector<GeneratedDocument> GenerateCorpus(int64_t first, int64_t count,
                                              uint64_t seed) {
  CorpusGenerator corpus(seed);
  std::vector<GeneratedDocument> docs;
  docs.reserve(static_cast<size_t>(count));
  for (int64_t i = first; i < first + count; ++i) {
    docs.push_back(corpus.Document(i));
  }
  return docs;
}

extract::ExtractOptions ServiceExtractOptions() {
  extract::ExtractOptions options;
  options.dictionary = extract::LoadSystemDictionary();
  options.countries = extract::LoadIsoCountries();
  return options;
}

void ParallelFor(int64_t n, int threads,
                 const std::function<void(int64_t)>& work) {
  std::atomic<int64_t> next{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < std::max(1, threads); ++t) {
    pool.emplace_back([&] {
      for (int64_t i = next++; i < n; i = next++) work(i);
    });
  }
  for (std::thread& t : pool) t.join();
}

int CoreCount() {
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

}  // namespace amicus::bench
