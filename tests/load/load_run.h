#ifndef AMICUS_TESTS_LOAD_LOAD_RUN_H_
#define AMICUS_TESTS_LOAD_LOAD_RUN_H_

#include <string>

#include "tests/load/load_options.h"

namespace amicus::load {

// Starts amicus-ingest and amicus-query over a fresh database, stores the
// seed documents, then runs the clients and the steady ingest for
// `options.duration` and reports what they saw and the services' peak
// memory. Stalled and slow clients are connected before the others start,
// so every normal reader runs while they hold their streams.
LoadReport RunLoad(const LoadOptions& options);

// The report as lines of text, for people and for RELIABILITY.md.
std::string FormatReport(const LoadOptions& options, const LoadReport& report);

}  // namespace amicus::load

#endif  // AMICUS_TESTS_LOAD_LOAD_RUN_H_
