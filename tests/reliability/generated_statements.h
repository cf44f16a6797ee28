#ifndef AMICUS_TESTS_RELIABILITY_GENERATED_STATEMENTS_H_
#define AMICUS_TESTS_RELIABILITY_GENERATED_STATEMENTS_H_

#include <string>

namespace amicus::testing {

struct Statement {
  std::string source_uri;
  std::string content;
};

// The n-th of an endless series of distinct statements, written for these
// tests: even n a press release (events and quotes), odd n a Markdown
// joint letter (a signatory set). Distinct n give distinct documents, so
// every ingest of the series stores something new.
Statement GeneratedStatement(int n);

// A small good document, for "the service still answers" checks.
Statement GoodStatement();

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_GENERATED_STATEMENTS_H_
