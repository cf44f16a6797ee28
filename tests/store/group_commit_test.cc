// Concurrent Puts share WAL syncs (group commit) without losing what a
// sequential writer guarantees: every document stored once, duplicates
// reported as such, and the order in which callers queued them kept.
#include <atomic>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
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

TEST(GroupCommitTest, PutsStartedAfterTheQueuedCallbackKeepTheirOrder) {
  amicus::testing::TempDir dir;
  std::unique_ptr<Writer> writer = OpenSynced(dir.Sub("db"));
  ASSERT_NE(writer, nullptr);
  // Each Put runs on its own thread, which waits until the previous Put
  // called `queued`: several then wait for their sync together.
  constexpr int kDocuments = 30;
  std::vector<std::promise<void>> may_start(kDocuments + 1);
  std::vector<absl::StatusOr<PutResult>> results(kDocuments,
                                                 absl::UnknownError("unset"));
  std::vector<std::thread> threads;
  for (int i = 0; i < kDocuments; ++i) {
    threads.emplace_back([&, i] {
      auto index = static_cast<size_t>(i);
      may_start[index].get_future().wait();
      results[index] = writer->Put(Doc(absl::StrCat("doc", 100 + i)), [&] {
        may_start[index + 1].set_value();
      });
    });
  }
  may_start[0].set_value();
  for (std::thread& t : threads) t.join();
  std::vector<std::string> expected;
  for (int i = 0; i < kDocuments; ++i) {
    const auto& put = results[static_cast<size_t>(i)];
    ASSERT_TRUE(put.ok()) << put.status();
    EXPECT_TRUE(put->created);
    expected.push_back(absl::StrCat("doc", 100 + i));
  }
  writer.reset();
  EXPECT_EQ(StoredIdsInOrder(dir.Sub("db"), dir.Sub("secondary")), expected);
}

}  // namespace
}  // namespace amicus::store
