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
// Document i is dated day i of the timeline (timeline.h); its events fall
// in the week before. Each event's actor and case-file word, and 11 of
// each letter's 25 signatories, are tier entities (entity_tiers.h: names with a known number
// of occurrences in a known block of documents or letters); quote speakers
// come from a pool of `kPersonPoolSize` people, other organizations from
// `kOrganizationPoolSize`. Two of three documents are press releases (11
// events, 5 quotes, ~5.3 KB), every third a joint letter (11 events, 25
// signatories, ~4.7 KB).
class CorpusGenerator {
 public:
  static constexpr int kPersonPoolSize = 500;
  static constexpr int kOrganizationPoolSize = 120;

  explicit CorpusGenerator(uint64_t seed) : seed_(seed) {}

  GeneratedDocument Document(int64_t index) const;

  // Whether document `index` is a joint letter, and which letter it is.
  static bool IsLetter(int64_t index);
  static int64_t LetterIndex(int64_t index);
  // How many of documents 0..docs-1 are letters.
  static int64_t LettersBefore(int64_t docs);

  // The full name of pool person `i` ("Given Surname").
  static std::string Person(int i);
  // The full name of pool organization `i`.
  static std::string Organization(int i);

 private:
  uint64_t seed_;
};

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_CORPUS_GENERATOR_H_
