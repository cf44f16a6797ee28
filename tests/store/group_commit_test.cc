// Concurrent Puts share WAL syncs (group commit) without losing what a
// sequential writer guarantees: every document stored once, duplicates
// reported as such, and the order in which callers queued them kept.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/reader.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::MakeDocument;

v1::Extraction Doc(const std::string& id) {
  return MakeDocument(id, v1::DOCUMENT_KIND_STATEMENT,
                      absl::StrCat("Statement ", id, "."));
}

// Synced, as the service runs by default: the case group commit is for.
std::unique_ptr<Writer> OpenSynced(const std::string& path) {
  WriterOptions options;
  options.sync = true;
  auto writer = Writer::Open(path, options);
  EXPECT_TRUE(writer.ok()) << writer.status();
  return writer.ok() ? *std::move(writer) : nullptr;
}

std::vector<std::string> StoredIdsInOrder(const std::string& path,
                                          const std::string& secondary) {
  ReaderOptions options;
  options.secondary_path = secondary;
  auto reader = Reader::OpenAsSecondary(path, options);
  EXPECT_TRUE(reader.ok()) << reader.status();
  std::vector<std::string> ids;
  if (!reader.ok()) return ids;
  std::unique_ptr<View> view = (*reader)->NewView();
  for (Cursor c = view->Scan({Cf::kDocuments, "", ""}); c.Valid(); c.Next()) {
    v1::Document document;
    document.ParseFromArray(c.value().data(),
                            static_cast<int>(c.value().size()));
    ids.push_back(document.id());
  }
  return ids;
}

TEST(GroupCommitTest, ConcurrentPutsStoreEveryDocumentOnce) {
  amicus::testing::TempDir dir;
  std::unique_ptr<Writer> writer = OpenSynced(dir.Sub("db"));
  ASSERT_NE(writer, nullptr);
  std::atomic<int> created{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        // Every thread also stores the one shared document.
        for (const std::string& id :
             {absl::StrCat("t", t, "-", i), std::string("shared")}) {
          auto put = writer->Put(Doc(id));
          if (!put.ok()) ++failed;
          if (put.ok() && put->created) ++created;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(created.load(), 4 * 20 + 1);
  writer.reset();
  EXPECT_EQ(StoredIdsInOrder(dir.Sub("db"), dir.Sub("secondary")).size(),
            4u * 20u + 1u);
}

TEST(GroupCommitTest, AsyncPutsFromOneThreadKeepTheirOrderAndShareSyncs) {
  amicus::testing::TempDir dir;
  std::unique_ptr<Writer> writer = OpenSynced(dir.Sub("db"));
  ASSERT_NE(writer, nullptr);
  // One thread queues every document without waiting, as an IngestStream's
  // committer does; they complete later, on the writer's thread.
  constexpr int kDocuments = 30;
  std::mutex mu;
  std::condition_variable all_done;
  std::vector<absl::StatusOr<PutResult>> results;
  std::vector<int> completion_order;
  for (int i = 0; i < kDocuments; ++i) {
    writer->PutAsync(Doc(absl::StrCat("doc", 100 + i)),
                     [&, i](absl::StatusOr<PutResult> put) {
                       std::lock_guard<std::mutex> lock(mu);
                       results.push_back(std::move(put));
                       completion_order.push_back(i);
                       all_done.notify_all();
                     });
  }
  std::vector<int> expected_order;
  std::vector<std::string> expected_ids;
  for (int i = 0; i < kDocuments; ++i) {
    expected_order.push_back(i);
    expected_ids.push_back(absl::StrCat("doc", 100 + i));
  }
  {
    std::unique_lock<std::mutex> lock(mu);
    ASSERT_TRUE(all_done.wait_for(lock, std::chrono::seconds(30), [&] {
      return results.size() == kDocuments;
    }));
    EXPECT_EQ(completion_order, expected_order);
    for (const auto& put : results) {
      ASSERT_TRUE(put.ok()) << put.status();
      EXPECT_TRUE(put->created);
    }
  }
  writer.reset();
  EXPECT_EQ(StoredIdsInOrder(dir.Sub("db"), dir.Sub("secondary")),
            expected_ids);
}

// The second copy is queued while the first is not yet durable: it must
// wait for it and find it stored, not be stored again.
TEST(GroupCommitTest, AsyncDuplicateQueuedBehindItsOriginalIsStoredOnce) {
  amicus::testing::TempDir dir;
  std::unique_ptr<Writer> writer = OpenSynced(dir.Sub("db"));
  ASSERT_NE(writer, nullptr);
  std::mutex mu;
  std::vector<bool> created;
  for (int copy = 0; copy < 2; ++copy) {
    writer->PutAsync(Doc("same"), [&](absl::StatusOr<PutResult> put) {
      ASSERT_TRUE(put.ok()) << put.status();
      std::lock_guard<std::mutex> lock(mu);
      created.push_back(put->created);
    });
  }
  writer.reset();
  // The copy's answer runs on its caller's thread as soon as it finds the
  // original stored, which may be before the original's completion runs on
  // the group's thread: exactly one is created, in either order.
  EXPECT_THAT(created, ::testing::UnorderedElementsAre(true, false));
  EXPECT_EQ(StoredIdsInOrder(dir.Sub("db"), dir.Sub("secondary")),
            std::vector<std::string>{"same"});
}

TEST(GroupCommitTest, ClosingTheWriterCompletesWhatIsQueued) {
  amicus::testing::TempDir dir;
  std::unique_ptr<Writer> writer = OpenSynced(dir.Sub("db"));
  ASSERT_NE(writer, nullptr);
  std::atomic<int> stored{0};
  for (int i = 0; i < 10; ++i) {
    writer->PutAsync(Doc(absl::StrCat("doc", i)),
                     [&](absl::StatusOr<PutResult> put) {
                       if (put.ok() && put->created) ++stored;
                     });
  }
  writer.reset();  // no wait in between: the close must flush them
  EXPECT_EQ(stored.load(), 10);
  EXPECT_EQ(StoredIdsInOrder(dir.Sub("db"), dir.Sub("secondary")).size(),
            10u);
}

}  // namespace
}  // namespace amicus::store
