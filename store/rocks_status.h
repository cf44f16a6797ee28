#ifndef AMICUS_STORE_ROCKS_STATUS_H_
#define AMICUS_STORE_ROCKS_STATUS_H_

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "rocksdb/status.h"

namespace amicus::store {

// Converts a RocksDB status, prefixing the message with `context` (what was
// being done, and where).
absl::Status FromRocks(const rocksdb::Status& status,
                       absl::string_view context);

}  // namespace amicus::store

#endif  // AMICUS_STORE_ROCKS_STATUS_H_
