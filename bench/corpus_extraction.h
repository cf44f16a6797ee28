#ifndef AMICUS_BENCH_CORPUS_EXTRACTION_H_
#define AMICUS_BENCH_CORPUS_EXTRACTION_H_

#include <cstdint>
#include <functional>
#include <vector>

#include "bench/corpus_generator.h"
#include "extract/extractor.h"

namespace amicus::bench {

// How many documents the extract and store benchmarks prepare at a time,
// so their memory stays flat at any scale.
inline constexpr int64_t kChunkDocs = 2000;

// Documents first .. first+count-1 of corpus `seed`, generated up front so
// that timing them measures only what is done with them.
std::vector<GeneratedDocument> GenerateCorpus(int64_t first, int64_t count,
                                              uint64_t seed);

// Extraction options as amicus-ingest sets them: the system word list
// loaded once and shared by every call.
extract::ExtractOptions ServiceExtractOptions();

// Calls `work(i)` for every i in [0, n) on `threads` threads, each taking
// the next index as it is free (documents differ in cost).
void ParallelFor(int64_t n, int threads,
                 const std::function<void(int64_t)>& work);

// One thread per core, as amicus-ingest extracts a stream's documents in
// parallel.
int CoreCount();

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_CORPUS_EXTRACTION_H_
