#ifndef AMICUS_BENCH_CORPUS_GENERATOR_H_
#define AMICUS_BENCH_CORPUS_GENERATOR_H_

#include <cstdint>
#include <string>
#include <vector>

namespace amicus::bench {

// A synthetic statement in the genre: a press release (dated events and
// quotes) or, every third document, a joint letter with a signatory list.
struct GeneratedDocument {
  std::string source_uri;
  std::string content;
};

// Deterministic: document `index` of corpus `seed` is the same bytes on every
// machine and in every process, so clients can regenerate what was ingested
// (e.g. the names to query) without sharing files.
//
// Names come from fixed pools: each event's actor and each quote's speaker
// is one of `kPersonPoolSize` people, organizations one of
// `kOrganizationPoolSize`; a filter on one pool name therefore selects about
// 1/pool-size of the records, whatever the corpus size.
class CorpusGenerator {
 public:
  static constexpr int kPersonPoolSize = 500;
  static constexpr int kOrganizationPoolSize = 120;

  explicit CorpusGenerator(uint64_t seed) : seed_(seed) {}

  GeneratedDocument Document(int64_t index) const;

  // The full name of pool person `i` ("Given Surname").
  static std::string Person(int i);
  // The full name of pool organization `i`.
  static std::string Organization(int i);

 private:
  uint64_t seed_;
};

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_CORPUS_GENERATOR_H_
