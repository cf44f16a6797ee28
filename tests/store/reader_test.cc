#include "store/reader.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "store/document_entries.h"
#include "store/key_codec.h"
#include "store/name_key.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::JointLetter;
using amicus::testing::SanctionsPressRelease;

int CountEntries(View* view, Cf family, std::string lower = "",
                 std::string upper = "") {
  int n = 0;
  for (Cursor c = view->Scan({family, lower, upper}); c.Valid(); c.Next()) ++n;
  return n;
}

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.Sub("db");
    WriterOptions options;
    options.sync = false;
    auto writer = Writer::Open(path_, options);
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = *std::move(writer);
  }

  std::unique_ptr<Reader> OpenReader(absl::Duration interval) {
    ReaderOptions options;
    options.secondary_path = dir_.Sub("secondary");
    options.catch_up_interval = interval;
    auto reader = Reader::OpenAsSecondary(path_, options);
    EXPECT_TRUE(reader.ok()) << reader.status();
    return reader.ok() ? *std::move(reader) : nullptr;
  }

  amicus::testing::TempDir dir_;
  std::string path_;
  std::unique_ptr<Writer> writer_;
};

TEST(ReaderOpenTest, MissingDatabaseTellsToStartIngest) {
  amicus::testing::TempDir dir;
  ReaderOptions options;
  options.secondary_path = dir.Sub("secondary");
  auto reader = Reader::OpenAsSecondary(dir.Sub("nothing"), options);
  EXPECT_TRUE(absl::IsNotFound(reader.status()));
  EXPECT_NE(reader.status().message().find("start amicus-ingest first"),
            std::string::npos)
      << reader.status();
}

TEST_F(ReaderTest, SeesWritesOnlyAfterCatchUp) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  std::unique_ptr<View> before = reader->NewView();
  EXPECT_EQ(before->watermark(), 1u);
  EXPECT_EQ(CountEntries(before.get(), Cf::kEvents), 2);

  ASSERT_TRUE(writer_->Put(JointLetter("letter1", {{"Front Line Defenders", "", "Ireland"}})).ok());
  EXPECT_EQ(CountEntries(reader->NewView().get(), Cf::kEvents), 2);
  ASSERT_TRUE(reader->CatchUp().ok());
  std::unique_ptr<View> after = reader->NewView();
  EXPECT_EQ(after->watermark(), 2u);
  EXPECT_EQ(reader->LatestSeq(), 2u);
  EXPECT_EQ(CountEntries(after.get(), Cf::kEvents), 3);
  EXPECT_TRUE(after->FindDocumentSeq("letter1").has_value());
  // A view stays on the state it was created from.
  EXPECT_EQ(CountEntries(before.get(), Cf::kEvents), 2);
  EXPECT_FALSE(before->FindDocumentSeq("letter1").has_value());
}

TEST_F(ReaderTest, PointReadsSeeTheLastCatchUp) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc2")).ok());
  auto doc2 = reader->Get(Cf::kDocumentIds, "doc2");
  ASSERT_TRUE(doc2.ok()) << doc2.status();
  EXPECT_FALSE(doc2->has_value());

  ASSERT_TRUE(reader->CatchUp().ok());
  doc2 = reader->Get(Cf::kDocumentIds, "doc2");
  ASSERT_TRUE(doc2.ok() && doc2->has_value());
  auto stored = reader->Get(Cf::kDocuments, **doc2);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  amicus::v1::Document document;
  ASSERT_TRUE(document.ParseFromString(**stored));
  EXPECT_EQ(document.id(), "doc2");

  ASSERT_TRUE(writer_->Delete("doc2").ok());
  ASSERT_TRUE(reader->CatchUp().ok());
  EXPECT_FALSE(reader->Get(Cf::kDocuments, **doc2)->has_value());
}

// The memtables a secondary replays into are charged to its block cache
// (ReaderOptions::memory_bytes): past the budget the cache is all
// memtables, and every record is still read.
TEST_F(ReaderTest, ReadsEverythingWithMemtablesPastItsMemory) {
  ReaderOptions options;
  options.secondary_path = dir_.Sub("secondary");
  options.catch_up_interval = absl::ZeroDuration();
  options.memory_bytes = 1 << 20;
  auto opened = Reader::OpenAsSecondary(path_, options);
  ASSERT_TRUE(opened.ok()) << opened.status();
  std::unique_ptr<Reader> reader = *std::move(opened);
  const size_t empty = reader->CachedBytes();

  constexpr int kDocuments = 3000;
  for (int i = 0; i < kDocuments; ++i) {
    ASSERT_TRUE(
        writer_->Put(SanctionsPressRelease(absl::StrCat("doc", i))).ok());
  }
  ASSERT_TRUE(reader->CatchUp().ok());
  EXPECT_GT(reader->CachedBytes(), empty + options.memory_bytes);
  std::unique_ptr<View> view = reader->NewView();
  EXPECT_EQ(CountEntries(view.get(), Cf::kEvents), 2 * kDocuments);
  EXPECT_EQ(CountEntries(view.get(), Cf::kDocuments), kDocuments);
}

TEST_F(ReaderTest, DeletedDocumentVanishesAfterCatchUp) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  ASSERT_TRUE(writer_->Delete("doc1").ok());
  ASSERT_TRUE(reader->CatchUp().ok());
  std::unique_ptr<View> view = reader->NewView();
  EXPECT_FALSE(view->FindDocumentSeq("doc1").has_value());
  for (int i = 0; i < kCfCount; ++i) {
    Cf family = static_cast<Cf>(i);
    if (family == Cf::kMeta) continue;
    EXPECT_EQ(CountEntries(view.get(), family), 0) << CfName(family);
  }
}

TEST_F(ReaderTest, CursorWalksAnIndexPrefixAndFetchesRecords) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc2")).ok());
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  std::unique_ptr<View> view = reader->NewView();
  std::string prefix = NameIndexPrefix(NormalizeName("Pompeo"));
  std::vector<std::string> ids;
  for (Cursor c = view->Scan({Cf::kEventsByActor, prefix, PrefixSuccessor(prefix)});
       c.Valid(); c.Next()) {
    amicus::v1::Event event;
    ASSERT_TRUE(event.ParseFromArray(c.value().data(), c.value().size()));
    EXPECT_EQ(c.position().substr(0, prefix.size()), prefix);
    EXPECT_EQ(c.record_key(), EncodeRecordKey(DecodeSeq(c.record_key()), 0));
    ids.push_back(event.id());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"doc1/events/0", "doc2/events/0"}));
}

// Index cursors fetch records in batches from the newest state; a view
// taken before a delete must still yield the deleted document's records,
// each with its own position, in index order, across several batches.
TEST_F(ReaderTest, IndexCursorKeepsItsViewAcrossDeletesAndBatches) {
  constexpr int kDocuments = 150;  // batches of 1, 4, 16, 64, 64, 1
  for (int i = 0; i < kDocuments; ++i) {
    ASSERT_TRUE(
        writer_->Put(SanctionsPressRelease(absl::StrCat("doc", i))).ok());
  }
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  std::unique_ptr<View> view = reader->NewView();
  for (int i = 0; i < kDocuments; i += 2) {
    ASSERT_TRUE(writer_->Delete(absl::StrCat("doc", i)).ok());
  }
  ASSERT_TRUE(reader->CatchUp().ok());

  std::string prefix = NameIndexPrefix(NormalizeName("Pompeo"));
  std::vector<std::string> ids;
  std::string last_position;
  Cursor c = view->Scan({Cf::kEventsByActor, prefix, PrefixSuccessor(prefix)});
  for (; c.Valid(); c.Next()) {
    EXPECT_GT(c.position(), last_position);
    last_position = std::string(c.position());
    EXPECT_EQ(TrailingKey(c.position(), kRecordKeyBytes), c.record_key());
    amicus::v1::Event event;
    ASSERT_TRUE(event.ParseFromArray(c.value().data(), c.value().size()));
    ids.push_back(event.id());
  }
  ASSERT_TRUE(c.status().ok()) << c.status();
  ASSERT_EQ(ids.size(), kDocuments);
  for (int i = 0; i < kDocuments; ++i) {
    EXPECT_EQ(ids[i], absl::StrCat("doc", i, "/events/0"));
  }
  EXPECT_EQ(CountEntries(reader->NewView().get(), Cf::kEventsByActor, prefix,
                         PrefixSuccessor(prefix)),
            kDocuments / 2);
}

TEST_F(ReaderTest, ViewOpensAnotherFamilyLaterWhileTheStateLasts) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  CfSet events;
  events.set(CfIndex(Cf::kEvents));
  std::unique_ptr<View> view = reader->NewView(events);
  EXPECT_EQ(view->watermark(), 1u);
  // No catch-up since: the later family is of the same state.
  EXPECT_EQ(CountEntries(view.get(), Cf::kQuotes),
            CountEntries(reader->NewView().get(), Cf::kQuotes));
  EXPECT_TRUE(view->status().ok()) << view->status();
  EXPECT_EQ(view->state_id(), reader->NewView()->state_id());
}

TEST_F(ReaderTest, ViewRefusesAFamilyOfALaterState) {
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  CfSet events;
  events.set(CfIndex(Cf::kEvents));
  std::unique_ptr<View> view = reader->NewView(events);
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc2")).ok());
  ASSERT_TRUE(reader->CatchUp().ok());
  EXPECT_NE(view->state_id(), reader->NewView()->state_id());
  // The view's own family still shows its state; another would mix states.
  EXPECT_EQ(CountEntries(view.get(), Cf::kEvents), 2);
  EXPECT_EQ(CountEntries(view.get(), Cf::kEventsByDate), 0);
  EXPECT_TRUE(absl::IsAborted(view->status())) << view->status();
}

TEST_F(ReaderTest, BackgroundCatchUpPublishesNewSeq) {
  auto reader = OpenReader(absl::Milliseconds(20));
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->LatestSeq(), 0u);
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  ASSERT_TRUE(reader->WaitForSeqAbove(0, absl::Seconds(10)));
  EXPECT_EQ(CountEntries(reader->NewView().get(), Cf::kQuotes), 1);
}

// An operator must hear of a reader stuck on an old state: the background
// catch-up reports its first failure, and its recovery, once each.
TEST_F(ReaderTest, BackgroundCatchUpReportsFailureAndRecoveryOnce) {
  absl::Mutex mu;
  std::vector<absl::Status> changes;
  ReaderOptions options;
  options.secondary_path = dir_.Sub("secondary");
  options.catch_up_interval = absl::Milliseconds(5);
  options.on_catch_up_change = [&](const absl::Status& status) {
    absl::MutexLock lock(&mu);
    changes.push_back(status);
  };
  auto reader = Reader::OpenAsSecondary(path_, options);
  ASSERT_TRUE(reader.ok()) << reader.status();
  auto one_change = [&changes]() { return changes.size() == 1; };
  // A file where the primary's directory was: catch-ups fail. (A missing
  // directory would not do: RocksDB reads a vanished WAL as purged.)
  const std::string moved = dir_.Sub("moved");
  std::filesystem::rename(path_, moved);
  { std::ofstream(path_) << "not a directory"; }
  {
    absl::MutexLock lock(&mu);
    ASSERT_TRUE(mu.AwaitWithTimeout(absl::Condition(&one_change),
                                    absl::Seconds(10)));
  }
  absl::SleepFor(absl::Milliseconds(100));  // ~20 more failing ticks
  std::filesystem::remove(path_);
  std::filesystem::rename(moved, path_);
  ASSERT_TRUE(writer_->Put(SanctionsPressRelease("doc1")).ok());
  ASSERT_TRUE((*reader)->WaitForSeqAbove(0, absl::Seconds(10)));
  auto two_changes = [&changes]() { return changes.size() >= 2; };
  {
    absl::MutexLock lock(&mu);
    ASSERT_TRUE(mu.AwaitWithTimeout(absl::Condition(&two_changes),
                                    absl::Seconds(10)));
  }
  absl::SleepFor(absl::Milliseconds(50));  // ~10 more succeeding ticks
  absl::MutexLock lock(&mu);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_FALSE(changes[0].ok());
  EXPECT_TRUE(changes[1].ok()) << changes[1];
}

// Puts `documents` documents, deleting every third, on one thread while
// another catches the reader up as often as it can, so that catch-ups land
// between the steps of making a view if the reader let them.
class WritesUnderCatchUps {
 public:
  WritesUnderCatchUps(Writer* writer, Reader* reader, int documents)
      : catch_up_thread_([this, reader] {
          while (!done_) {
            EXPECT_TRUE(reader->CatchUp().ok());
          }
        }),
        writer_thread_([this, writer, documents] {
          for (int i = 0; i < documents; ++i) {
            std::string id = absl::StrCat("doc", i);
            EXPECT_TRUE(writer->Put(SanctionsPressRelease(id)).ok());
            if (i % 3 == 0) {
              EXPECT_TRUE(writer->Delete(id).ok());
            }
          }
          done_ = true;
        }) {}
  ~WritesUnderCatchUps() { Join(); }

  bool done() const { return done_; }

  // Stops the catch-ups early if the test stopped looking.
  void Join() {
    if (!writer_thread_.joinable()) return;
    done_ = true;
    writer_thread_.join();
    catch_up_thread_.join();
  }

 private:
  std::atomic<bool> done_{false};
  std::thread catch_up_thread_;
  std::thread writer_thread_;
};

// Every view must show whole documents only, even while the writer puts and
// deletes and catch-ups run concurrently: counts derived from different
// families have to agree.
TEST_F(ReaderTest, ViewsAreConsistentAcrossFamiliesDuringWrites) {
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  WritesUnderCatchUps writes(writer_.get(), reader.get(), 600);
  int views = 0;
  while (!writes.done() || views < 20) {
    std::unique_ptr<View> view = reader->NewView();
    int documents = CountEntries(view.get(), Cf::kDocuments);
    int ids = CountEntries(view.get(), Cf::kDocumentIds);
    int events = CountEntries(view.get(), Cf::kEvents);
    int by_type = CountEntries(view.get(), Cf::kEventsByType);
    int quotes_by_org = CountEntries(view.get(), Cf::kQuotesByOrganization);
    bool consistent = ids == documents && events == 2 * documents &&
                      by_type == events && quotes_by_org == 2 * documents;
    EXPECT_TRUE(consistent) << "documents=" << documents << " ids=" << ids
                            << " events=" << events << " by_type=" << by_type
                            << " quotes_by_org=" << quotes_by_org;
    if (!consistent) break;
    ++views;
  }
  writes.Join();
  ASSERT_TRUE(reader->CatchUp().ok());
  EXPECT_EQ(CountEntries(reader->NewView().get(), Cf::kDocuments), 400);
}

// A view that opens families as it needs them must not mix states either:
// while catch-ups replay writes, a family opened later shows the view's
// state or the view fails (ABORTED), never a newer state.
TEST_F(ReaderTest, FamiliesOpenedLaterAgreeOrAbortDuringWrites) {
  auto reader = OpenReader(absl::ZeroDuration());
  ASSERT_NE(reader, nullptr);
  WritesUnderCatchUps writes(writer_.get(), reader.get(), 400);
  CfSet documents_only;
  documents_only.set(CfIndex(Cf::kDocuments));
  int views = 0;
  while (!writes.done() || views < 20) {
    std::unique_ptr<View> view = reader->NewView(documents_only);
    int documents = CountEntries(view.get(), Cf::kDocuments);
    int events = CountEntries(view.get(), Cf::kEvents);
    int by_type = CountEntries(view.get(), Cf::kEventsByType);
    ++views;
    if (!view->status().ok()) {
      EXPECT_TRUE(absl::IsAborted(view->status())) << view->status();
      continue;
    }
    EXPECT_TRUE(events == 2 * documents && by_type == events)
        << "documents=" << documents << " events=" << events
        << " by_type=" << by_type;
    if (events != 2 * documents || by_type != events) break;
  }
}

}  // namespace
}  // namespace amicus::store
