#ifndef AMICUS_TESTS_RELIABILITY_DATABASE_CONTENTS_H_
#define AMICUS_TESTS_RELIABILITY_DATABASE_CONTENTS_H_

#include <map>
#include <string>

#include "absl/status/statusor.h"

namespace amicus::testing {

// Column family name -> key -> value, for every family on disk.
using DatabaseContents =
    std::map<std::string, std::map<std::string, std::string>>;

// Everything the database at `db_path` holds, as a RocksDB secondary
// (in `secondary_dir`) sees it after catching up with the primary's WAL:
// readable while amicus-ingest runs, and it sees every write the ingest
// service acknowledged. Independent of the store's code, so a bug there
// cannot hide itself.
absl::StatusOr<DatabaseContents> ReadDatabase(const std::string& db_path,
                                              const std::string& secondary_dir);

// Hex SHA-256 over every family, key and value, length-prefixed so that
// no two different databases hash alike by concatenation.
std::string Digest(const DatabaseContents& contents);

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_DATABASE_CONTENTS_H_
