// WriterOptions::log_is_the_wal: a replica's database written without a
// WAL. A crash must leave a prefix of the log with the position that names
// it, so applying the log again from there gives what a replica that never
// crashed holds. What a crash leaves is taken as a copy of the directory
// while the writer is open and idle: the files as they are on disk, the
// memtables not in them (a forked child would share RocksDB's thread
// pools, which do not survive a fork).
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "store/writer.h"
#include "tests/store/db_inspection.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::DumpDatabase;

// Entry `sequence` of an invented log: puts of seven documents in turn (so
// later puts replace earlier ones) and, every fifth entry, the delete of
// the document put just before.
LogEntry EntryAt(uint64_t sequence) {
  LogEntry entry;
  entry.sequence = sequence;
  if (sequence % 5 == 0) {
    entry.op = LogEntry::Op::kDelete;
    entry.document_id = absl::StrCat("doc", (sequence - 1) % 7);
    return entry;
  }
  entry.op = LogEntry::Op::kPut;
  entry.extraction =
      amicus::testing::SanctionsPressRelease(absl::StrCat("doc", sequence % 7));
  entry.extraction->mutable_document()->mutable_create_time()->set_seconds(
      1700000000 + static_cast<int64_t>(sequence));
  return entry;
}

// Applies entries `from`..`to` and waits until the writer has taken all.
void ApplyRange(Writer& writer, uint64_t from, uint64_t to) {
  std::mutex mu;
  std::condition_variable cv;
  uint64_t pending = to - from + 1;
  for (uint64_t seq = from; seq <= to; ++seq) {
    writer.ApplyAsync(EntryAt(seq), [&](absl::Status s) {
      EXPECT_TRUE(s.ok()) << s;
      std::lock_guard<std::mutex> lock(mu);
      --pending;
      cv.notify_all();
    });
  }
  std::unique_lock<std::mutex> lock(mu);
  cv.wait(lock, [&] { return pending == 0; });
}

WriterOptions WithoutWal() {
  WriterOptions options;
  options.log_is_the_wal = true;
  return options;
}

WriterOptions WithWal() {
  WriterOptions options;
  options.sync = false;  // what replicas did before log_is_the_wal
  return options;
}

std::unique_ptr<Writer> OpenOrDie(const std::string& path,
                                  const WriterOptions& options) {
  auto writer = Writer::Open(path, options);
  if (!writer.ok()) {
    ADD_FAILURE() << writer.status();
    return nullptr;
  }
  return *std::move(writer);
}

// What a crash of the process writing `from` would leave there, in `to`.
void CopyAsCrashed(const std::string& from, const std::string& to) {
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive);
}

// The database of a replica that applied entries 1..last and closed.
amicus::testing::DatabaseDump Reference(const std::string& path, uint64_t last) {
  {
    std::unique_ptr<Writer> writer = OpenOrDie(path, WithWal());
    if (writer == nullptr) return {};
    ApplyRange(*writer, 1, last);
  }
  return DumpDatabase(path);
}

class LogWithoutWalTest : public ::testing::Test {
 protected:
  amicus::testing::TempDir dir_;
  std::string running_ = dir_.Sub("running");
  std::string path_ = dir_.Sub("replica");  // as the crash left it
};

TEST_F(LogWithoutWalTest, ACrashKeepsTheLastFlushedPrefixAndItsPosition) {
  {
    std::unique_ptr<Writer> writer = OpenOrDie(running_, WithoutWal());
    ASSERT_NE(writer, nullptr);
    ApplyRange(*writer, 1, 23);
    // What RocksDB does by itself once a memtable fills: with atomic_flush
    // every family goes to disk in one step, the position (meta) with it.
    SharedDatabase db = writer->shared_database();
    ASSERT_TRUE(db.db->Flush(rocksdb::FlushOptions(), db.handles).ok());
    ApplyRange(*writer, 24, 40);  // in memtables only: lost
    CopyAsCrashed(running_, path_);
  }
  EXPECT_EQ(DumpDatabase(path_), Reference(dir_.Sub("ref23"), 23));

  std::unique_ptr<Writer> writer = OpenOrDie(path_, WithoutWal());
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(writer->AppliedLogPosition(), 23u);
  // The applier resubscribes from its position; entries the writer has are
  // skipped (here all of them are sent again, as after an older position).
  ApplyRange(*writer, 1, 40);
  EXPECT_EQ(writer->AppliedLogPosition(), 40u);
  writer.reset();
  EXPECT_EQ(DumpDatabase(path_), Reference(dir_.Sub("ref40"), 40));
}

TEST_F(LogWithoutWalTest, ACrashBeforeAnyFlushStartsOverFromTheLogsStart) {
  {
    std::unique_ptr<Writer> writer = OpenOrDie(running_, WithoutWal());
    ASSERT_NE(writer, nullptr);
    ApplyRange(*writer, 1, 12);
    CopyAsCrashed(running_, path_);
  }
  std::unique_ptr<Writer> writer = OpenOrDie(path_, WithoutWal());
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(writer->AppliedLogPosition(), 0u);
  ApplyRange(*writer, 1, 12);
  writer.reset();
  EXPECT_EQ(DumpDatabase(path_), Reference(dir_.Sub("ref"), 12));
}

TEST_F(LogWithoutWalTest, ACloseFlushesEverythingApplied) {
  {
    std::unique_ptr<Writer> writer = OpenOrDie(path_, WithoutWal());
    ASSERT_NE(writer, nullptr);
    ASSERT_TRUE(writer->SetLogIdentity("log-a").ok());
    ApplyRange(*writer, 1, 17);
  }
  std::unique_ptr<Writer> writer = OpenOrDie(path_, WithoutWal());
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(writer->AppliedLogPosition(), 17u);
  EXPECT_EQ(*writer->LogIdentity(), "log-a");
}

TEST_F(LogWithoutWalTest, TheLogIdentityIsDurableBeforeAnyEntry) {
  {
    std::unique_ptr<Writer> writer = OpenOrDie(running_, WithoutWal());
    ASSERT_NE(writer, nullptr);
    ASSERT_TRUE(writer->SetLogIdentity("log-b").ok());
    CopyAsCrashed(running_, path_);
  }
  std::unique_ptr<Writer> writer = OpenOrDie(path_, WithoutWal());
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(*writer->LogIdentity(), "log-b");
}

// A replica database of the previous kind (written with a WAL, killed with
// its last entries only in the WAL) opens without one and keeps them all.
TEST_F(LogWithoutWalTest, OpensAReplicaWrittenWithAWal) {
  {
    std::unique_ptr<Writer> writer = OpenOrDie(running_, WithWal());
    ASSERT_NE(writer, nullptr);
    ApplyRange(*writer, 1, 19);
    CopyAsCrashed(running_, path_);
  }
  {
    std::unique_ptr<Writer> writer = OpenOrDie(path_, WithoutWal());
    ASSERT_NE(writer, nullptr);
    EXPECT_EQ(writer->AppliedLogPosition(), 19u);
    ApplyRange(*writer, 20, 30);
  }
  EXPECT_EQ(DumpDatabase(path_), Reference(dir_.Sub("ref"), 30));
}

TEST_F(LogWithoutWalTest, RefusesPutsAndDeletes) {
  std::unique_ptr<Writer> writer = OpenOrDie(path_, WithoutWal());
  ASSERT_NE(writer, nullptr);
  absl::StatusOr<PutResult> put =
      writer->Put(amicus::testing::SanctionsPressRelease("doc1"));
  EXPECT_EQ(put.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(writer->Delete("doc1").code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace amicus::store
