#ifndef AMICUS_STORE_LAYOUT_UPGRADE_H_
#define AMICUS_STORE_LAYOUT_UPGRADE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "amicus/v1/records.pb.h"
#include "rocksdb/db.h"

namespace amicus::store {

// A stored document and its records by seq; nullopt for a deleted seq.
using LoadStoredFn =
    std::function<absl::StatusOr<std::optional<amicus::v1::Extraction>>(
        uint64_t seq)>;

// Brings a database written by an older version up to kLayoutVersion
// before the writer accepts documents: every family whose keys changed
// since the stored version is emptied and refilled from the stored
// documents (seqs 1 .. next_seq - 1), then the version is written. A crash
// part-way leaves the old version, so the next open starts over. A
// database of a newer layout is refused rather than half understood.
//
// Versions: none (1) had no entity registry; 2 indexed people without the
// exact/trailing mark (person_index.h); 3 had no word indexes (text
// search); 4 is current.
absl::Status UpgradeLayout(
    rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
    const rocksdb::WriteOptions& write_options, uint64_t next_seq,
    const LoadStoredFn& load);

}  // namespace amicus::store

#endif  // AMICUS_STORE_LAYOUT_UPGRADE_H_
