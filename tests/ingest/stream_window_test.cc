// StreamWindow: the in-order, bounded hand-off between an IngestStream's
// stages.
#include "ingest_service/stream_window.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace amicus::ingest {
namespace {

v1::IngestRequest Request(const std::string& uri) {
  v1::IngestRequest request;
  request.set_source_uri(uri);
  request.set_content("text of " + uri);
  return request;
}

// Takes the next document through extraction and commit as the workers do.
void ExtractAndCommitNext(StreamWindow& window) {
  StreamWindow::Document* doc = window.NextToExtract();
  ASSERT_NE(doc, nullptr);
  window.Extracted(doc, v1::Extraction());
  ASSERT_EQ(window.NextToCommit(), doc);
  window.Committed(doc, v1::IngestResponse());
}

TEST(StreamWindowTest, CommitFollowsStreamOrderNotExtractionOrder) {
  StreamWindow window({4, 1 << 20});
  ASSERT_TRUE(window.Admit(Request("a")));
  ASSERT_TRUE(window.Admit(Request("b")));
  StreamWindow::Document* a = window.NextToExtract();
  StreamWindow::Document* b = window.NextToExtract();
  window.Extracted(b, v1::Extraction());
  window.Extracted(a, v1::Extraction());

  EXPECT_EQ(window.NextToCommit(), a);
  EXPECT_EQ(window.NextToCommit(), b);

  // b durable before a: nothing is answerable until a is.
  window.Committed(b, v1::IngestResponse());
  window.Committed(a, v1::IngestResponse());
  std::vector<StreamWindow::Document> answered;
  ASSERT_TRUE(window.TakeAnswerable(&answered));
  ASSERT_EQ(answered.size(), 2u);
  EXPECT_EQ(answered[0].request.source_uri(), "a");
  EXPECT_EQ(answered[1].index, 1);

  window.Close();
  EXPECT_EQ(window.NextToExtract(), nullptr);
  EXPECT_EQ(window.NextToCommit(), nullptr);
  EXPECT_FALSE(window.TakeAnswerable(&answered));
}

TEST(StreamWindowTest, AdmitWaitsUntilAnAnswerMakesRoom) {
  StreamWindow window({2, 1 << 20});
  ASSERT_TRUE(window.Admit(Request("a")));
  ASSERT_TRUE(window.Admit(Request("b")));
  std::atomic<bool> answered{false};
  bool answered_when_admitted = false;
  std::thread reader([&] {
    EXPECT_TRUE(window.Admit(Request("c")));
    answered_when_admitted = answered.load();
  });

  ExtractAndCommitNext(window);
  answered = true;
  std::vector<StreamWindow::Document> out;
  ASSERT_TRUE(window.TakeAnswerable(&out));
  reader.join();
  EXPECT_TRUE(answered_when_admitted);
}

TEST(StreamWindowTest, ByteLimitHoldsBackAllButOneDocument) {
  const size_t one = Request("a").content().size();
  StreamWindow window({100, one});
  ASSERT_TRUE(window.Admit(Request("a")));  // one always fits
  std::atomic<bool> answered{false};
  bool answered_when_admitted = false;
  std::thread reader([&] {
    EXPECT_TRUE(window.Admit(Request("b")));
    answered_when_admitted = answered.load();
  });
  ExtractAndCommitNext(window);
  answered = true;
  std::vector<StreamWindow::Document> out;
  ASSERT_TRUE(window.TakeAnswerable(&out));
  reader.join();
  EXPECT_TRUE(answered_when_admitted);
}

TEST(StreamWindowTest, StopReleasesEveryWaiter) {
  StreamWindow window({1, 1 << 20});
  ASSERT_TRUE(window.Admit(Request("a")));
  std::thread reader([&] { EXPECT_FALSE(window.Admit(Request("b"))); });
  std::thread committer([&] { EXPECT_EQ(window.NextToCommit(), nullptr); });
  std::thread answerer([&] {
    std::vector<StreamWindow::Document> out;
    EXPECT_FALSE(window.TakeAnswerable(&out));
  });
  window.Stop();
  reader.join();
  committer.join();
  answerer.join();
  EXPECT_EQ(window.NextToExtract(), nullptr);
}

// A stopped stream's window must outlive the documents the store still
// holds: their completions write into it.
TEST(StreamWindowTest, AwaitCommittedWaitsForDocumentsStillInTheStore) {
  StreamWindow window({4, 1 << 20});
  ASSERT_TRUE(window.Admit(Request("a")));
  StreamWindow::Document* doc = window.NextToExtract();
  window.Extracted(doc, v1::Extraction());
  ASSERT_EQ(window.NextToCommit(), doc);
  window.Stop();
  std::atomic<bool> committed{false};
  std::thread store([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    committed = true;
    window.Committed(doc, v1::IngestResponse());
  });
  window.AwaitCommitted();
  EXPECT_TRUE(committed.load());
  store.join();
}

}  // namespace
}  // namespace amicus::ingest
