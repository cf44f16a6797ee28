// Writer::ApplyAsync: a query replica's local copy of the replicated log.
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/key_codec.h"
#include "store/writer.h"
#include "tests/store/db_inspection.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::CountKeysPerCf;
using amicus::testing::DumpDatabase;
using amicus::testing::SanctionsPressRelease;

LogEntry Put(uint64_t sequence, const std::string& id) {
  LogEntry entry;
  entry.sequence = sequence;
  entry.op = LogEntry::Op::kPut;
  entry.extraction = SanctionsPressRelease(id);
  // As the ingest replica stamps it: the same on every replica.
  entry.extraction->mutable_document()->mutable_create_time()->set_seconds(
      1700000000 + static_cast<int64_t>(sequence));
  return entry;
}

LogEntry Delete(uint64_t sequence, const std::string& id) {
  LogEntry entry;
  entry.sequence = sequence;
  entry.op = LogEntry::Op::kDelete;
  entry.document_id = id;
  return entry;
}

absl::Status Apply(Writer& writer, LogEntry entry) {
  std::mutex mu;
  std::condition_variable cv;
  std::optional<absl::Status> result;
  writer.ApplyAsync(std::move(entry), [&](absl::Status s) {
    std::lock_guard<std::mutex> lock(mu);
    result = s;
    cv.notify_all();
  });
  std::unique_lock<std::mutex> lock(mu);
  cv.wait(lock, [&] { return result.has_value(); });
  return *result;
}

// Queues every entry without waiting, as the log applier does, then waits
// for all of them; the statuses come back in completion order.
std::vector<absl::Status> ApplyAll(Writer& writer,
                                   std::vector<LogEntry> entries) {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<absl::Status> results;
  for (LogEntry& entry : entries) {
    writer.ApplyAsync(std::move(entry), [&](absl::Status s) {
      std::lock_guard<std::mutex> lock(mu);
      results.push_back(s);
      cv.notify_all();
    });
  }
  std::unique_lock<std::mutex> lock(mu);
  cv.wait(lock, [&] { return results.size() == entries.size(); });
  return results;
}

std::vector<uint64_t> DocumentSeqs(const std::string& path) {
  std::vector<uint64_t> seqs;
  amicus::testing::DatabaseDump dump = DumpDatabase(path);
  for (const auto& [key, value] : dump["documents"]) {
    seqs.push_back(DecodeSeq(key));
  }
  return seqs;
}

uint64_t StoredNextSeq(const std::string& path) {
  amicus::testing::DatabaseDump dump = DumpDatabase(path);
  for (const auto& [key, value] : dump["meta"]) {
    if (key == "next_seq") return DecodeSeq(value);
  }
  return 0;
}

WriterOptions FastOptions() {
  WriterOptions options;
  options.sync = false;
  return options;
}

class LogApplyTest : public ::testing::Test {
 protected:
  void SetUp() override { Reopen(); }

  void Reopen() {
    writer_.reset();
    auto writer = Writer::Open(path_, FastOptions());
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = *std::move(writer);
  }

  amicus::testing::TempDir dir_;
  std::string path_ = dir_.Sub("db");
  std::unique_ptr<Writer> writer_;
};

TEST_F(LogApplyTest, RecordKeysAreTheLogSequencesGapsIncluded) {
  for (const absl::Status& s :
       ApplyAll(*writer_, {Put(3, "a"), Put(7, "b"), Put(12, "c")})) {
    ASSERT_TRUE(s.ok()) << s;
  }
  EXPECT_EQ(writer_->AppliedLogPosition(), 12u);
  writer_.reset();
  EXPECT_EQ(DocumentSeqs(path_), (std::vector<uint64_t>{3, 7, 12}));
  std::vector<uint64_t> event_seqs;
  amicus::testing::DatabaseDump dump = DumpDatabase(path_);
  for (const auto& [key, value] : dump["events"]) {
    event_seqs.push_back(DecodeSeq(key));
  }
  EXPECT_EQ(event_seqs, (std::vector<uint64_t>{3, 3, 7, 7, 12, 12}));
  EXPECT_EQ(StoredNextSeq(path_), 13u);
}

TEST_F(LogApplyTest, KeepsTheEntrysCreateTime) {
  ASSERT_TRUE(Apply(*writer_, Put(5, "a")).ok());
  writer_.reset();
  v1::Document stored;
  ASSERT_TRUE(
      stored.ParseFromString(DumpDatabase(path_)["documents"].at(0).second));
  EXPECT_EQ(stored.create_time().seconds(), 1700000005);
  EXPECT_EQ(stored.event_count(), 2);
}

TEST_F(LogApplyTest, RestartResumesAfterTheDurablePositionExactlyOnce) {
  // Queued and not waited for: closing the writer writes what is queued.
  std::vector<LogEntry> first;
  for (uint64_t seq = 1; seq <= 5; ++seq) {
    first.push_back(Put(seq * 2, absl::StrCat("doc", seq)));
  }
  ApplyAll(*writer_, std::move(first));
  Reopen();
  EXPECT_EQ(writer_->AppliedLogPosition(), 10u);
  // The log delivered again from the start, as after a crash before the
  // consumer's position was known: nothing twice, nothing missed.
  std::vector<LogEntry> again;
  for (uint64_t seq = 1; seq <= 8; ++seq) {
    again.push_back(Put(seq * 2, absl::StrCat("doc", seq)));
  }
  for (const absl::Status& s : ApplyAll(*writer_, std::move(again))) {
    ASSERT_TRUE(s.ok()) << s;
  }
  writer_.reset();
  EXPECT_EQ(DocumentSeqs(path_),
            (std::vector<uint64_t>{2, 4, 6, 8, 10, 12, 14, 16}));
  std::map<std::string, int> counts = CountKeysPerCf(path_);
  EXPECT_EQ(counts["document_ids"], 8);
  EXPECT_EQ(counts["events"], 16);
  EXPECT_EQ(counts["quotes"], 8);
}

TEST_F(LogApplyTest, DeleteThenPutAgainStoresAtTheNewSequence) {
  ASSERT_TRUE(Apply(*writer_, Put(1, "keep")).ok());
  std::map<std::string, int> only_keep = CountKeysPerCf(path_);
  // Queued together: the delete must see the put before it.
  for (const absl::Status& s :
       ApplyAll(*writer_, {Put(2, "a"), Delete(5, "a")})) {
    ASSERT_TRUE(s.ok()) << s;
  }
  EXPECT_EQ(CountKeysPerCf(path_), only_keep);
  ASSERT_TRUE(Apply(*writer_, Put(9, "a")).ok());
  writer_.reset();
  EXPECT_EQ(DocumentSeqs(path_), (std::vector<uint64_t>{1, 9}));
  EXPECT_EQ(StoredNextSeq(path_), 10u);
}

TEST_F(LogApplyTest, PutOfAStoredDocumentReplacesItAtTheNewSequence) {
  // The log compacted away the delete between these two puts.
  ASSERT_TRUE(Apply(*writer_, Put(2, "a")).ok());
  std::map<std::string, int> one = CountKeysPerCf(path_);
  ASSERT_TRUE(Apply(*writer_, Put(6, "a")).ok());
  writer_.reset();
  EXPECT_EQ(CountKeysPerCf(path_), one);
  EXPECT_EQ(DocumentSeqs(path_), (std::vector<uint64_t>{6}));
}

TEST_F(LogApplyTest, DeleteOfAMissingDocumentAndSkipAdvanceThePositionOnly) {
  ASSERT_TRUE(Apply(*writer_, Put(1, "a")).ok());
  std::map<std::string, int> before = CountKeysPerCf(path_);
  ASSERT_TRUE(Apply(*writer_, Delete(4, "never-stored")).ok());
  LogEntry unreadable;
  unreadable.sequence = 6;
  ASSERT_TRUE(Apply(*writer_, std::move(unreadable)).ok());
  EXPECT_EQ(writer_->AppliedLogPosition(), 6u);
  writer_.reset();
  EXPECT_EQ(CountKeysPerCf(path_), before);
  EXPECT_EQ(StoredNextSeq(path_), 7u);
}

TEST_F(LogApplyTest, InvalidPutIsRefusedWithoutAdvancing) {
  LogEntry bad = Put(3, "a");
  bad.extraction->mutable_events(0)->mutable_date()->set_month(13);
  EXPECT_TRUE(absl::IsInvalidArgument(Apply(*writer_, std::move(bad))));
  LogEntry empty;
  empty.sequence = 4;
  empty.op = LogEntry::Op::kPut;
  EXPECT_TRUE(absl::IsInvalidArgument(Apply(*writer_, std::move(empty))));
  EXPECT_EQ(writer_->AppliedLogPosition(), 0u);
  EXPECT_TRUE(DocumentSeqs(path_).empty());
}

TEST(LogApplyReplicasTest, TwoReplicasOfOneLogHoldIdenticalBytes) {
  amicus::testing::TempDir dir;
  auto log = [] {
    return std::vector<LogEntry>{Put(1, "a"), Put(2, "b"), Delete(4, "a"),
                                 Put(5, "c"), Put(8, "a")};
  };
  for (const char* name : {"one", "two"}) {
    auto writer = Writer::Open(dir.Sub(name), FastOptions());
    ASSERT_TRUE(writer.ok()) << writer.status();
    for (const absl::Status& s : ApplyAll(**writer, log())) {
      ASSERT_TRUE(s.ok()) << s;
    }
  }
  amicus::testing::DatabaseDump one = DumpDatabase(dir.Sub("one"));
  EXPECT_EQ(one["documents"].size(), 3u);
  EXPECT_EQ(one, DumpDatabase(dir.Sub("two")));
}

}  // namespace
}  // namespace amicus::store
