#include "bench/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace amicus::bench {

void Report(const std::string& name, double value) {
  std::printf("%s=%.6g\n", name.c_str(), value);
  std::fflush(stdout);
}

double Percentile(std::vector<double> samples, double p) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  size_t rank = static_cast<size_t>(
      std::ceil(p / 100.0 * static_cast<double>(samples.size())));
  return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

}  // namespace amicus::bench
