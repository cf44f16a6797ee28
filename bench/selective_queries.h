#ifndef AMICUS_BENCH_SELECTIVE_QUERIES_H_
#define AMICUS_BENCH_SELECTIVE_QUERIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "bench/timeline.h"

namespace amicus::bench {

// The selective queries of the benchmark: events in a date range, events
// of one actor, the letters one organization signed, and events whose text
// has one word.
enum class QueryKind { kDate, kActor, kOrganization, kText };
inline constexpr QueryKind kQueryKinds[] = {
    QueryKind::kDate, QueryKind::kActor, QueryKind::kOrganization,
    QueryKind::kText};

// "date", "actor", "organization", "text": the kind's part of a figure's
// name.
const char* KindName(QueryKind kind);

// A target share of the kind's records at the run's scale; `label` is the
// figure-name part ("1pct", "001pct" for 0.01%).
struct Selectivity {
  const char* label;
  double fraction;
};
inline constexpr Selectivity kSelectivities[] = {{"1pct", 0.01},
                                                 {"001pct", 0.0001}};

struct SelectiveQuery {
  QueryKind kind = QueryKind::kDate;
  CalendarDate first_date;  // kDate: inclusive range
  CalendarDate last_date;
  // kActor: a person; kOrganization: an organization; kText: a word.
  std::string name;
};

// `count` random queries of `kind`, each selecting about `fraction` of the
// kind's records in the first `docs` documents, and only records of those
// documents: the results stay the same when later documents are ingested.
// The same arguments give the same queries in every process, so the
// amicus and PostgreSQL clients ask the same questions.
std::vector<SelectiveQuery> MakeQueries(QueryKind kind, double fraction,
                                        int64_t docs, int count,
                                        uint64_t seed);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_SELECTIVE_QUERIES_H_
