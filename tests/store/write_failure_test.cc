// A write that fails (a full disk, injected through a RocksDB
// FileSystemWrapper): the writer refuses everything after it with a clear
// status, acknowledges nothing it did not store, and a reopened writer
// holds every acknowledged document and resumes.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/writer.h"
#include "tests/store/failing_env.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::FailingFileSystem;
using amicus::testing::SanctionsPressRelease;
using ::testing::HasSubstr;

std::string DocId(int i) { return absl::StrCat("doc-", i); }

// Completions of asynchronous calls, collected for a test to wait on.
class Outcomes {
 public:
  explicit Outcomes(int count) : statuses_(count) {}

  std::function<void(absl::Status)> For(int i) {
    return [this, i](absl::Status s) {
      std::lock_guard<std::mutex> lock(mu_);
      statuses_[i] = std::move(s);
      ++done_;
      cv_.notify_all();
    };
  }
  std::vector<absl::Status> Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return done_ == static_cast<int>(statuses_.size()); });
    return statuses_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<absl::Status> statuses_;
  int done_ = 0;
};

class WriteFailureTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.Sub("db");
    fs_ = std::make_shared<FailingFileSystem>();
    env_ = amicus::testing::EnvOn(fs_);
  }

  std::unique_ptr<Writer> Open(bool sync) {
    WriterOptions options;
    options.sync = sync;
    options.env = env_.get();
    auto writer = Writer::Open(path_, options);
    EXPECT_TRUE(writer.ok()) << writer.status();
    return writer.ok() ? *std::move(writer) : nullptr;
  }

  amicus::testing::TempDir dir_;
  std::string path_;
  std::shared_ptr<FailingFileSystem> fs_;
  std::unique_ptr<rocksdb::Env> env_;
};

TEST_F(WriteFailureTest, PutsAfterAFailedWriteAreRefusedAndNoAcknowledgedOneIsLost) {
  constexpr int kBefore = 10, kTotal = 30, kFailAfter = 15;
  std::unique_ptr<Writer> writer = Open(/*sync=*/true);
  ASSERT_NE(writer, nullptr);
  for (int i = 0; i < kBefore; ++i) {
    ASSERT_TRUE(writer->Put(SanctionsPressRelease(DocId(i))).ok());
  }
  // A burst of puts as the ingest service queues them; the disk fills
  // while it is in flight.
  Outcomes outcomes(kTotal - kBefore);
  for (int i = kBefore; i < kTotal; ++i) {
    auto done = outcomes.For(i - kBefore);
    writer->PutAsync(SanctionsPressRelease(DocId(i)),
                     [done](absl::StatusOr<PutResult> r) { done(r.status()); });
    if (i == kFailAfter) fs_->set_failing(true);
  }
  std::vector<absl::Status> statuses(kBefore);  // those acknowledged above
  for (absl::Status& s : outcomes.Wait()) statuses.push_back(std::move(s));
  fs_->set_failing(false);  // the disk has room again

  // Once one put failed, none after it in call order is acknowledged.
  int first_failed = -1;
  for (int i = kBefore; i < kTotal; ++i) {
    if (first_failed < 0 && !statuses[i].ok()) first_failed = i;
    if (first_failed >= 0) {
      EXPECT_FALSE(statuses[i].ok()) << DocId(i) << " after " << first_failed;
      EXPECT_EQ(statuses[i].code(), absl::StatusCode::kUnavailable);
    }
  }
  ASSERT_GE(first_failed, kBefore) << "the puts after the failure all succeeded";

  // The writer keeps refusing, with a status that says why, though the
  // disk is writable again.
  absl::StatusOr<PutResult> later = writer->Put(SanctionsPressRelease("later"));
  EXPECT_EQ(later.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(later.status().message(), HasSubstr("an earlier write"));
  EXPECT_THAT(later.status().message(), HasSubstr("injected write failure"));
  absl::Status deleted = writer->Delete(DocId(0));
  EXPECT_THAT(deleted.message(), HasSubstr("an earlier write"));

  // Reopened: every acknowledged document is there, and puts work again.
  writer.reset();
  writer = Open(/*sync=*/true);
  ASSERT_NE(writer, nullptr);
  for (int i = 0; i < first_failed; ++i) {
    absl::StatusOr<PutResult> again = writer->Put(SanctionsPressRelease(DocId(i)));
    ASSERT_TRUE(again.ok()) << again.status();
    EXPECT_FALSE(again->created) << DocId(i) << " was acknowledged but is lost";
  }
  absl::StatusOr<PutResult> retried =
      writer->Put(SanctionsPressRelease(DocId(kTotal - 1)));
  ASSERT_TRUE(retried.ok()) << retried.status();
  EXPECT_TRUE(writer->Delete(DocId(0)).ok());
}

LogEntry PutEntry(uint64_t sequence) {
  LogEntry entry;
  entry.sequence = sequence;
  entry.op = LogEntry::Op::kPut;
  entry.extraction = SanctionsPressRelease(DocId(static_cast<int>(sequence)));
  entry.extraction->mutable_document()->mutable_create_time()->set_seconds(
      1700000000);
  return entry;
}

TEST_F(WriteFailureTest, AppliesAfterAFailedWriteAreRefusedAndReopenResumesAtTheDurablePosition) {
  // As a query replica runs it: no sync per write.
  std::unique_ptr<Writer> writer = Open(/*sync=*/false);
  ASSERT_NE(writer, nullptr);
  {
    Outcomes outcomes(5);
    for (int i = 0; i < 5; ++i) writer->ApplyAsync(PutEntry(i + 1), outcomes.For(i));
    for (const absl::Status& s : outcomes.Wait()) ASSERT_TRUE(s.ok()) << s;
  }
  fs_->set_failing(true);
  {
    Outcomes outcomes(5);
    for (int i = 0; i < 5; ++i) writer->ApplyAsync(PutEntry(i + 6), outcomes.For(i));
    for (const absl::Status& s : outcomes.Wait()) {
      EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
    }
  }
  fs_->set_failing(false);
  Outcomes later(1);
  writer->ApplyAsync(PutEntry(11), later.For(0));
  absl::Status refused = later.Wait()[0];
  EXPECT_EQ(refused.code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(refused.message(), HasSubstr("an earlier write"));

  // Reopened, the replica resumes right after what was applied: entry 6
  // is applied again, not passed over.
  writer.reset();
  writer = Open(/*sync=*/false);
  ASSERT_NE(writer, nullptr);
  EXPECT_EQ(writer->AppliedLogPosition(), 5u);
  Outcomes resumed(6);
  for (int i = 0; i < 6; ++i) writer->ApplyAsync(PutEntry(i + 6), resumed.For(i));
  for (const absl::Status& s : resumed.Wait()) EXPECT_TRUE(s.ok()) << s;
  EXPECT_EQ(writer->AppliedLogPosition(), 11u);
}

}  // namespace
}  // namespace amicus::store
