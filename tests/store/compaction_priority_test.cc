// WriterOptions::low_priority_compactions: a compaction after a bulk load
// must not take a core from the queries sharing the machine.
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "store/column_families.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

// The highest nice value among this process's RocksDB compaction threads
// (a thread lowers itself when it runs its first job), or -100 when there
// is none.
int CompactionThreadNice() {
  int highest = -100;
  for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
    std::string comm;
    std::getline(std::ifstream(task.path() / "comm"), comm);
    if (comm != "rocksdb:low") continue;
    const int tid = std::stoi(task.path().filename().string());
    highest = std::max(highest, getpriority(PRIO_PROCESS, static_cast<id_t>(tid)));
  }
  return highest;
}

// Stores a document, compacts one family (RocksDB runs that on its
// compaction thread) and exits with 20 + that thread's nice value, so each
// setting is seen in a process of its own: RocksDB's thread pools are
// shared by the whole process and priorities only ever go down.
[[noreturn]] void CompactAndExit(bool low_priority) {
  amicus::testing::TempDir dir;
  WriterOptions options;
  options.sync = false;
  options.low_priority_compactions = low_priority;
  auto writer = Writer::Open(dir.Sub("db"), options);
  if (!writer.ok()) std::_Exit(1);
  if (!(*writer)->Put(amicus::testing::SanctionsPressRelease("doc-1")).ok()) {
    std::_Exit(2);
  }
  SharedDatabase db = (*writer)->shared_database();
  rocksdb::ColumnFamilyHandle* handle = db.handles[CfIndex(Cf::kDocumentsByWord)];
  if (!db.db->CompactRange(rocksdb::CompactRangeOptions(), handle, nullptr,
                           nullptr)
           .ok()) {
    std::_Exit(3);
  }
  std::_Exit(20 + CompactionThreadNice());
}

TEST(CompactionPriorityTest, CompactionsRunAtTheLowestPriority) {
  EXPECT_EXIT(CompactAndExit(true), ::testing::ExitedWithCode(20 + 19), "");
}

TEST(CompactionPriorityTest, OffLeavesCompactionsAtTheProcesssPriority) {
  EXPECT_EXIT(CompactAndExit(false), ::testing::ExitedWithCode(20 + 0), "");
}

}  // namespace
}  // namespace amicus::store
