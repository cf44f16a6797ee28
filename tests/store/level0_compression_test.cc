// WriterOptions::compress_level0: a query replica's flushed tables stay
// uncompressed; the single-machine writer's keep the family's compression.
#include <string>

#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "store/column_families.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

// The compression RocksDB recorded for the level-0 tables of `family`
// after a flush of one stored document.
std::string FlushedCompression(bool compress_level0, Cf family) {
  amicus::testing::TempDir dir;
  WriterOptions options;
  options.sync = false;
  options.compress_level0 = compress_level0;
  auto writer = Writer::Open(dir.Sub("db"), options);
  EXPECT_TRUE(writer.ok()) << writer.status();
  if (!writer.ok()) return "";
  EXPECT_TRUE((*writer)->Put(amicus::testing::SanctionsPressRelease("doc-1")).ok());
  SharedDatabase db = (*writer)->shared_database();
  rocksdb::ColumnFamilyHandle* handle = db.handles[CfIndex(family)];
  EXPECT_TRUE(db.db->Flush(rocksdb::FlushOptions(), handle).ok());
  rocksdb::TablePropertiesCollection tables;
  EXPECT_TRUE(db.db->GetPropertiesOfAllTables(handle, &tables).ok());
  EXPECT_EQ(tables.size(), 1u);
  return tables.empty() ? "" : tables.begin()->second->compression_name;
}

TEST(Level0CompressionTest, ReplicaFlushesUncompressed) {
  EXPECT_EQ(FlushedCompression(false, Cf::kDocumentsByWord), "NoCompression");
  EXPECT_EQ(FlushedCompression(false, Cf::kDocuments), "NoCompression");
}

TEST(Level0CompressionTest, DefaultKeepsTheFamilysCompression) {
  EXPECT_EQ(FlushedCompression(true, Cf::kDocumentsByWord), "Snappy");
  // Record families are stored uncompressed at every level anyway.
  EXPECT_EQ(FlushedCompression(true, Cf::kEvents), "NoCompression");
}

}  // namespace
}  // namespace amicus::store
