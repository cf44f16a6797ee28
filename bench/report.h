#ifndef AMICUS_BENCH_REPORT_H_
#define AMICUS_BENCH_REPORT_H_

#include <chrono>
#include <string>
#include <vector>

namespace amicus::bench {

// Every figure a bench client measures goes to stdout as one `name=value`
// line, which bench/run collects and the smoke test checks.
void Report(const std::string& name, double value);

// The p-th percentile (0..100) of `samples`, nearest rank; 0 when empty.
double Percentile(std::vector<double> samples, double p);

// Wall-clock stopwatch.
class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start_).count();
  }
  double Millis() const { return Seconds() * 1e3; }

 private:
  std::chrono::steady_clock::time_point start_;
};

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_REPORT_H_
