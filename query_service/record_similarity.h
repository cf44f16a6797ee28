#ifndef AMICUS_QUERY_SERVICE_RECORD_SIMILARITY_H_
#define AMICUS_QUERY_SERVICE_RECORD_SIMILARITY_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "amicus/v1/records.pb.h"

namespace amicus::query {

// What the comparisons below look at, folded once per record: comparing
// one record with hundreds of candidates must not fold both sides again
// for every pair.
struct NameTraits {
  std::string organization_key;   // empty: no organization name
  std::string organization_core;
  std::vector<std::string> words;  // the person's name words, folded
};

struct EventTraits {
  amicus::v1::EventType type = amicus::v1::EVENT_TYPE_UNSPECIFIED;
  int year = 0;
  int month = 0;
  int day = 0;
  std::vector<NameTraits> actors;
  absl::flat_hash_set<std::string> evidence_words;
};

struct QuoteTraits {
  std::vector<std::string> speaker_words;
  std::string text;  // normalized
  absl::flat_hash_set<std::string> words;
};

EventTraits TraitsOf(const amicus::v1::Event& event);
QuoteTraits TraitsOf(const amicus::v1::Quote& quote);

// Whether two documents' events report the same thing (see
// EventStreamAnnotator): same type and month, the same day when both give one,
// and an actor of the same entity or mostly the same evidence words.
bool SameEvent(const EventTraits& a, const EventTraits& b);

// Whether two quotes are the same words from the same speaker.
bool SameQuote(const QuoteTraits& a, const QuoteTraits& b);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_RECORD_SIMILARITY_H_
