// Reader::OnWriter: a query replica reading the database its log applier
// writes, in the same process and without a secondary instance.
#include <memory>
#include <string>
#include <vector>

#include "absl/synchronization/notification.h"
#include "gtest/gtest.h"
#include "store/reader.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::SanctionsPressRelease;

TEST(ReaderOnWriterTest, SeesAnAppliedEntryAtOnceAndViewsKeepTheirState) {
  amicus::testing::TempDir dir;
  WriterOptions options;
  options.sync = false;
  auto writer = Writer::Open(dir.Sub("db"), options);
  ASSERT_TRUE(writer.ok()) << writer.status();
  auto reader = Reader::OnWriter(**writer, dir.Sub("db"));
  ASSERT_TRUE(reader.ok()) << reader.status();
  EXPECT_EQ((*reader)->LatestSeq(), 0u);

  LogEntry entry;
  entry.sequence = 7;
  entry.op = LogEntry::Op::kPut;
  entry.extraction = SanctionsPressRelease("doc-7");
  absl::Notification applied;
  absl::Status result;
  (*writer)->ApplyAsync(std::move(entry), [&](absl::Status s) {
    result = s;
    applied.Notify();
  });
  applied.WaitForNotification();
  ASSERT_TRUE(result.ok()) << result;

  std::vector<std::unique_ptr<View>> before = (*reader)->NewViews(2);
  ASSERT_TRUE((*reader)->CatchUp().ok());
  EXPECT_EQ((*reader)->LatestSeq(), 7u);
  EXPECT_EQ(before[0]->FindDocumentSeq("doc-7"), 7u);

  // A later entry is not in views created before it, in any of them.
  LogEntry removal;
  removal.sequence = 8;
  removal.op = LogEntry::Op::kDelete;
  removal.document_id = "doc-7";
  absl::Notification deleted;
  (*writer)->ApplyAsync(std::move(removal), [&](absl::Status s) {
    result = s;
    deleted.Notify();
  });
  deleted.WaitForNotification();
  ASSERT_TRUE(result.ok()) << result;
  for (const std::unique_ptr<View>& view : before) {
    EXPECT_EQ(view->FindDocumentSeq("doc-7"), 7u);
  }
  EXPECT_FALSE((*reader)->NewView()->FindDocumentSeq("doc-7").has_value());
  ASSERT_TRUE((*reader)->CatchUp().ok());
  EXPECT_EQ((*reader)->LatestSeq(), 8u);
}

TEST(ReaderOnWriterTest, AWriterWithoutADatabaseIsRefused) {
  class NoDatabase : public Writer {
   public:
    void PutAsync(amicus::v1::Extraction, PutDone done) override {
      done(absl::UnimplementedError("none"));
    }
    absl::Status Delete(absl::string_view) override {
      return absl::UnimplementedError("none");
    }
  };
  NoDatabase writer;
  auto reader = Reader::OnWriter(writer, "nowhere");
  EXPECT_EQ(reader.status().code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace amicus::store
