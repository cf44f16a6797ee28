#ifndef AMICUS_STORE_FAMILY_OPTIONS_H_
#define AMICUS_STORE_FAMILY_OPTIONS_H_

#include <string>

#include "rocksdb/options.h"

namespace amicus::store {

// RocksDB options of the column family `name`, the same for the writer and
// for secondary readers.
rocksdb::ColumnFamilyOptions FamilyOptions(const std::string& name);

}  // namespace amicus::store

#endif  // AMICUS_STORE_FAMILY_OPTIONS_H_
