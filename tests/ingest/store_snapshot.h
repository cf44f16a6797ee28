#ifndef AMICUS_TESTS_INGEST_STORE_SNAPSHOT_H_
#define AMICUS_TESTS_INGEST_STORE_SNAPSHOT_H_

#include <map>
#include <string>

#include "absl/status/statusor.h"

namespace amicus::testing {

// Every key and value in every column family of the database at `path`,
// read through a read-only RocksDB instance (which does not need the
// writer's lock). Independent of the store's layout, so tests can assert
// "nothing was written" without knowing what a write looks like.
// Keys are "<column family>/<key>".
absl::StatusOr<std::map<std::string, std::string>> StoreSnapshot(
    const std::string& path);

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_INGEST_STORE_SNAPSHOT_H_
