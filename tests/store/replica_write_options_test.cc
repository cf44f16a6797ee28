// WriterOptions::memtable_bytes and ::level0_compaction_trigger: a query
// replica's writer flushes and compacts less often; amicus-ingest's keeps
// the sizes it was measured with.
#include <chrono>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "store/column_families.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

// Stores and flushes `flushes` documents one at a time, then reports the
// level-0 files of the events family once no compaction is pending.
uint64_t Level0FilesAfterFlushes(const WriterOptions& options, int flushes) {
  amicus::testing::TempDir dir;
  auto writer = Writer::Open(dir.Sub("db"), options);
  EXPECT_TRUE(writer.ok()) << writer.status();
  if (!writer.ok()) return 0;
  SharedDatabase db = (*writer)->shared_database();
  rocksdb::ColumnFamilyHandle* events = db.handles[CfIndex(Cf::kEvents)];
  for (int i = 0; i < flushes; ++i) {
    auto put = (*writer)->Put(
        amicus::testing::SanctionsPressRelease(absl::StrCat("doc-", i)));
    EXPECT_TRUE(put.ok()) << put.status();
    EXPECT_TRUE(db.db->Flush(rocksdb::FlushOptions(), events).ok());
  }
  uint64_t pending = 1, running = 1;
  for (int i = 0; i < 500 && (pending > 0 || running > 0); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    db.db->GetIntProperty(events, "rocksdb.compaction-pending", &pending);
    db.db->GetIntProperty("rocksdb.num-running-compactions", &running);
  }
  EXPECT_EQ(pending, 0u);
  // A string property: GetIntProperty does not know it.
  std::string files;
  EXPECT_TRUE(
      db.db->GetProperty(events, "rocksdb.num-files-at-level0", &files));
  return std::stoull(files);
}

WriterOptions Unsynced() {
  WriterOptions options;
  options.sync = false;
  return options;
}

TEST(ReplicaWriteOptionsTest, DefaultCompactsAtFourLevel0Files) {
  EXPECT_LT(Level0FilesAfterFlushes(Unsynced(), 6), 4u);
}

TEST(ReplicaWriteOptionsTest, LargerTriggerLetsLevel0Grow) {
  WriterOptions options = Unsynced();
  options.level0_compaction_trigger = 8;
  EXPECT_EQ(Level0FilesAfterFlushes(options, 6), 6u);
}

TEST(ReplicaWriteOptionsTest, MemtableBytesBoundAllFamiliesAndTheWal) {
  amicus::testing::TempDir dir;
  WriterOptions options = Unsynced();
  options.memtable_bytes = 96 << 20;
  auto writer = Writer::Open(dir.Sub("db"), options);
  ASSERT_TRUE(writer.ok()) << writer.status();
  rocksdb::DBOptions db = (*writer)->shared_database().db->GetDBOptions();
  EXPECT_EQ(db.db_write_buffer_size, size_t{96} << 20);
  EXPECT_EQ(db.max_total_wal_size, uint64_t{64} << 20);
}

TEST(ReplicaWriteOptionsTest, IngestDefaultsUnchanged) {
  amicus::testing::TempDir dir;
  auto writer = Writer::Open(dir.Sub("db"), Unsynced());
  ASSERT_TRUE(writer.ok()) << writer.status();
  rocksdb::DBOptions db = (*writer)->shared_database().db->GetDBOptions();
  EXPECT_EQ(db.db_write_buffer_size, size_t{48} << 20);
  EXPECT_EQ(db.max_total_wal_size, uint64_t{32} << 20);
}

}  // namespace
}  // namespace amicus::store
