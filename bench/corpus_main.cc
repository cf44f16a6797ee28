// Writes a generated corpus to a directory (one file per document), to look
// at it or feed it to other tools: bench_corpus --docs=10 --out=/tmp/corpus
#include <cstdint>
#include <fstream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "bench/corpus_generator.h"

ABSL_FLAG(int64_t, docs, 10, "documents");
ABSL_FLAG(uint64_t, seed, 1, "corpus seed");
ABSL_FLAG(std::string, out, ".", "output directory (must exist)");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  amicus::bench::CorpusGenerator corpus(absl::GetFlag(FLAGS_seed));
  for (int64_t i = 0; i < absl::GetFlag(FLAGS_docs); ++i) {
    amicus::bench::GeneratedDocument doc = corpus.Document(i);
    std::string name = doc.source_uri.substr(doc.source_uri.rfind('/') + 1);
    std::ofstream(absl::GetFlag(FLAGS_out) + "/" + name) << doc.content;
  }
  return 0;
}
