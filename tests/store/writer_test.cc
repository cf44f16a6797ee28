#include "store/writer.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "gtest/gtest.h"
#include "tests/store/db_inspection.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::CountKeysPerCf;
using amicus::testing::JointLetter;
using amicus::testing::SanctionsPressRelease;

WriterOptions FastOptions() {
  WriterOptions options;
  options.sync = false;
  return options;
}

class WriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.Sub("db");
    auto writer = Writer::Open(path_, FastOptions());
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = *std::move(writer);
  }

  amicus::testing::TempDir dir_;
  std::string path_;
  std::unique_ptr<Writer> writer_;
};

TEST_F(WriterTest, OpenCreatesEveryColumnFamily) {
  std::vector<std::string> names;
  ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path_,
                                              &names)
                  .ok());
  for (const std::string& name : AllCfNames()) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end())
        << name;
  }
}

TEST_F(WriterTest, PutStoresDocumentRecordsAndIndexEntries) {
  auto result = writer_->Put(SanctionsPressRelease("doc1"));
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_TRUE(result->created);
  EXPECT_GT(result->document.create_time().seconds(), 0);
  EXPECT_EQ(result->document.event_count(), 2);
  EXPECT_EQ(result->document.quote_count(), 1);

  std::map<std::string, int> counts = CountKeysPerCf(path_);
  EXPECT_EQ(counts["documents"], 1);
  EXPECT_EQ(counts["document_ids"], 1);
  EXPECT_EQ(counts["events"], 2);
  EXPECT_EQ(counts["quotes"], 1);
  EXPECT_EQ(counts["events_by_date"], 2);
  EXPECT_EQ(counts["events_by_type"], 2);
  // "michael r pompeo", "r pompeo", "pompeo", "john bolton", "bolton".
  EXPECT_EQ(counts["events_by_actor"], 5);
  // "sam zarifi", "zarifi".
  EXPECT_EQ(counts["quotes_by_speaker"], 2);
  // Full name and acronym.
  EXPECT_EQ(counts["quotes_by_organization"], 2);
  EXPECT_EQ(counts["documents_by_kind"], 1);
}

TEST_F(WriterTest, PutIsIdempotentOnDocumentId) {
  auto first = writer_->Put(SanctionsPressRelease("doc1"));
  ASSERT_TRUE(first.ok());
  std::map<std::string, int> before = CountKeysPerCf(path_);

  auto again = writer_->Put(SanctionsPressRelease("doc1"));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->document.create_time().seconds(),
            first->document.create_time().seconds());
  EXPECT_EQ(again->document.create_time().nanos(),
            first->document.create_time().nanos());
  EXPECT_EQ(CountKeysPerCf(path_), before);
}

TEST_F(WriterTest, DeleteRemovesEveryKeyOfTheDocumentOnly) {
  ASSERT_TRUE(writer_->Put(JointLetter("letter1", {{"Amnesty International", "", ""}})).ok());
  std::map<std::string, int> only_letter = CountKeysPerCf(path_);
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());

  ASSERT_TRUE(writer_->Delete("doc1").ok());
  std::map<std::string, int> after = CountKeysPerCf(path_);
  // meta is the only family that keeps a trace (the seq counter).
  for (const auto& [cf, count] : after) {
    EXPECT_EQ(count, only_letter[cf]) << cf;
  }
  EXPECT_TRUE(absl::IsNotFound(writer_->Delete("doc1")));
}

TEST_F(WriterTest, ReingestAfterDeleteStoresAgain) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  ASSERT_TRUE(writer_->Delete("doc1").ok());
  auto again = writer_->Put(SanctionsPressRelease("doc1"));
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->created);
  EXPECT_EQ(CountKeysPerCf(path_)["events"], 2);
}

TEST_F(WriterTest, RejectedPutLeavesNothing) {
  amicus::v1::Extraction bad = SanctionsPressRelease("doc1");
  // The last record is invalid; the records before it must not be stored.
  bad.mutable_quotes(0)->set_document_id("another-document");
  absl::StatusOr<PutResult> result = writer_->Put(bad);
  EXPECT_TRUE(absl::IsInvalidArgument(result.status())) << result.status();

  amicus::v1::Extraction bad_date = SanctionsPressRelease("doc2");
  bad_date.mutable_events(1)->mutable_date()->set_month(13);
  EXPECT_TRUE(absl::IsInvalidArgument(writer_->Put(bad_date).status()));

  // meta holds only the layout version written at Open.
  for (const auto& [cf, count] : CountKeysPerCf(path_)) {
    EXPECT_EQ(count, cf == "meta" ? 1 : 0) << cf;
  }
}

TEST_F(WriterTest, SeqSurvivesReopen) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  writer_.reset();
  auto reopened = Writer::Open(path_, FastOptions());
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  ASSERT_TRUE((*reopened)->Put(SanctionsPressRelease("doc2")).ok());
  EXPECT_EQ(CountKeysPerCf(path_)["documents"], 2);
  auto dup = (*reopened)->Put(SanctionsPressRelease("doc1"));
  ASSERT_TRUE(dup.ok());
  EXPECT_FALSE(dup->created);
}

TEST(WriterOpenTest, MissingDirectoryWithoutCreateIsNotFound) {
  amicus::testing::TempDir dir;
  WriterOptions options;
  options.create_if_missing = false;
  auto writer = Writer::Open(dir.Sub("absent"), options);
  EXPECT_TRUE(absl::IsNotFound(writer.status())) << writer.status();
  EXPECT_NE(writer.status().message().find("absent"), std::string::npos);
}

TEST(WriterOpenTest, UnwritableDirectoryIsAClearError) {
  amicus::testing::TempDir dir;
  std::string file = dir.Sub("file");
  { std::ofstream(file) << "not a directory"; }
  auto writer = Writer::Open(file + "/db", WriterOptions());
  EXPECT_FALSE(writer.ok());
  EXPECT_NE(writer.status().message().find(file), std::string::npos)
      << writer.status();
}

}  // namespace
}  // namespace amicus::store
