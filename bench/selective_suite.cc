#include "bench/selective_suite.h"

#include <algorithm>
#include <fstream>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "bench/report.h"

namespace amicus::bench {
namespace {

// Prints one kind x selectivity; returns its p99 time to first record.
double ReportSamples(const std::string& name,
                     const std::vector<QuerySample>& samples) {
  std::vector<double> first, last;
  int64_t records = 0;
  for (const QuerySample& s : samples) {
    first.push_back(s.first_ms);
    last.push_back(s.last_ms);
    records += s.records;
  }
  const double ttfr_p99 = Percentile(first, 99);
  Report(name + "_ttfr_p50_ms", Percentile(first, 50));
  Report(name + "_ttfr_p99_ms", ttfr_p99);
  Report(name + "_ttlr_p50_ms", Percentile(last, 50));
  Report(name + "_ttlr_p99_ms", Percentile(last, 99));
  Report(name + "_records_per_query",
         samples.empty() ? 0
                         : static_cast<double>(records) /
                               static_cast<double>(samples.size()));
  return ttfr_p99;
}

bool Selected(const std::string& only, const std::string& part) {
  if (only.empty()) return true;
  std::vector<std::string> parts = absl::StrSplit(only, ',');
  return std::find(parts.begin(), parts.end(), part) != parts.end();
}

}  // namespace

bool RunSelectiveSuite(
    const SuiteOptions& options,
    const std::function<bool(const SelectiveQuery&, QuerySample*)>& run) {
  std::ofstream counts;
  if (!options.counts_path.empty()) counts.open(options.counts_path);
  double worst_ttfr_p99 = 0;
  for (QueryKind kind : kQueryKinds) {
    for (const Selectivity& selectivity : kSelectivities) {
      const std::string part =
          absl::StrCat(KindName(kind), "_", selectivity.label);
      if (!Selected(options.only, part)) continue;
      std::vector<QuerySample> samples;
      for (const SelectiveQuery& q :
           MakeQueries(kind, selectivity.fraction, options.docs,
                       options.queries, options.seed)) {
        QuerySample sample;
        if (!run(q, &sample)) return false;
        counts << part << " " << samples.size() << " " << sample.records
               << "\n";
        samples.push_back(sample);
      }
      worst_ttfr_p99 = std::max(
          worst_ttfr_p99,
          ReportSamples(absl::StrCat(options.prefix, "selective_", part),
                        samples));
    }
  }
  Report(options.prefix + "selective_ttfr_p99_ms", worst_ttfr_p99);
  return options.counts_path.empty() || static_cast<bool>(counts.flush());
}

}  // namespace amicus::bench
