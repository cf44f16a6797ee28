#include "bench/selective_queries.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "bench/corpus_generator.h"
#include "bench/entity_tiers.h"

namespace amicus::bench {
namespace {

int64_t Uniform(std::mt19937_64& random, int64_t low, int64_t high) {
  if (high <= low) return low;
  return low + static_cast<int64_t>(random() %
                                    static_cast<uint64_t>(high - low + 1));
}

// Every document has one event per tier, and one document a day is
// dated: a day holds ~kTiers events, so the width in days is the share of
// documents. The range ends a week before the last document's day, so no
// later document has events in it.
SelectiveQuery DateRange(double fraction, int64_t docs,
                         std::mt19937_64& random) {
  const int64_t days = std::min(docs, kTimelineDays);
  const int64_t width = std::max<int64_t>(
      1, std::llround(fraction * static_cast<double>(days)));
  const int64_t first = Uniform(random, kEventDaysBefore - 1,
                                days - width - kEventDaysBefore + 1);
  SelectiveQuery q;
  q.kind = QueryKind::kDate;
  q.first_date = DateOfDay(first);
  q.last_date = DateOfDay(first + width - 1);
  return q;
}

// A tier entity whose whole block lies in the first `units` units.
int64_t RandomBlock(int tier, int64_t units, std::mt19937_64& random) {
  return Uniform(random, 0, units / kTierCounts[tier] - 1);
}

}  // namespace

const char* KindName(QueryKind kind) {
  switch (kind) {
    case QueryKind::kDate: return "date";
    case QueryKind::kActor: return "actor";
    case QueryKind::kOrganization: return "organization";
    case QueryKind::kText: return "text";
  }
  return "?";
}

std::vector<SelectiveQuery> MakeQueries(QueryKind kind, double fraction,
                                        int64_t docs, int count,
                                        uint64_t seed) {
  std::mt19937_64 random(seed * 31 + static_cast<uint64_t>(kind));
  const int64_t letters = CorpusGenerator::LettersBefore(docs);
  // One event per tier in every document (each with its tier's actor and
  // word); one signing per tier in every letter.
  const int actor_tier = NearestTier(
      fraction * kTiers * static_cast<double>(docs), docs);
  const int org_tier =
      NearestTier(fraction * static_cast<double>(letters), letters);
  std::vector<SelectiveQuery> queries;
  for (int i = 0; i < count; ++i) {
    SelectiveQuery q;
    q.kind = kind;
    if (kind == QueryKind::kDate) {
      q = DateRange(fraction, docs, random);
    } else if (kind == QueryKind::kActor) {
      q.name = TierPerson(actor_tier, RandomBlock(actor_tier, docs, random));
    } else if (kind == QueryKind::kText) {
      // Tier words are spread over events as actors are.
      q.name = TierWord(actor_tier, RandomBlock(actor_tier, docs, random));
    } else if (letters > 0) {
      q.name = TierOrganization(org_tier,
                                RandomBlock(org_tier, letters, random));
    }
    queries.push_back(q);
  }
  return queries;
}

}  // namespace amicus::bench
