// Server limits through the real binaries: a stream whose deadline passes
// ends with DEADLINE_EXCEEDED and gives its place back; streams beyond
// --max_concurrent_streams are refused with RESOURCE_EXHAUSTED instead of
// queueing without bound.
#include <chrono>
#include <thread>
#include <memory>
#include <vector>

#include "absl/time/clock.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/load/load_statements.h"
#include "tests/security/secure_services.h"

namespace amicus::testing {
namespace {

constexpr int kMaxStreams = 4;

class LimitsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::Status started = services_.Start(
        {"--max-concurrent-streams=" + std::to_string(kMaxStreams)});
    ASSERT_TRUE(started.ok()) << started;
    query_ = v1::QueryService::NewStub(Channel(services_.query_address(), {}));
    // One stored document, so a new documents stream answers at once.
    auto ingest = v1::IngestService::NewStub(Channel(services_.ingest_address(), {}));
    v1::IngestRequest request;
    request.set_source_uri("limits.txt");
    request.set_content(load::LoadStatement(1));
    v1::IngestResponse response;
    ASSERT_TRUE(ingest->Ingest(CallContext("").get(), request, &response).ok());
  }

  // A follow stream of documents with `deadline`, opened and past its first
  // response (so its handler is running), or not opened (then `status`).
  struct Held {
    std::unique_ptr<grpc::ClientContext> context;
    std::unique_ptr<grpc::ClientReader<v1::ListDocumentsResponse>> reader;
    bool open = false;
  };
  Held Open(absl::Duration deadline) {
    Held held;
    held.context = std::make_unique<grpc::ClientContext>();
    held.context->set_deadline(absl::ToChronoTime(absl::Now() + deadline));
    v1::ListDocumentsRequest request;
    request.set_follow(true);
    request.set_omit_text(true);
    held.reader = query_->ListDocuments(held.context.get(), request);
    v1::ListDocumentsResponse response;
    // The document is stored already: only a refusal or a deadline can
    // keep the first response from coming.
    for (int i = 0; i < 1200 && response.documents_size() == 0; ++i) {
      if (!held.reader->Read(&response)) return held;
    }
    held.open = response.documents_size() > 0;
    return held;
  }

  // Open, retried while refused for up to 10 s.
  Held OpenOnceAPlaceIsFree() {
    Held held = Open(absl::Seconds(30));
    for (int attempt = 0; attempt < 100 && !held.open; ++attempt) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      held.reader.reset();  // before its context, which it refers to
      held = Open(absl::Seconds(30));
    }
    return held;
  }

  SecureServices services_;
  std::unique_ptr<v1::QueryService::Stub> query_;
};

TEST_F(LimitsTest, ExpiredDeadlineEndsStreamAndServerStaysHealthy) {
  Held held = Open(absl::Seconds(1));
  ASSERT_TRUE(held.open);
  v1::ListDocumentsResponse response;
  while (held.reader->Read(&response)) {
  }
  EXPECT_EQ(held.reader->Finish().error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
  EXPECT_TRUE(CheckHealth(Channel(services_.query_address(), {})).ok());
  Held next = Open(absl::Seconds(30));
  EXPECT_TRUE(next.open);
}

TEST_F(LimitsTest, StreamsBeyondTheCapAreRefusedAndPlacesComeBack) {
  std::vector<Held> held;
  for (int i = 0; i < kMaxStreams; ++i) {
    held.push_back(Open(absl::Seconds(3)));
    ASSERT_TRUE(held.back().open) << "stream " << i << " of " << kMaxStreams;
  }
  Held refused = Open(absl::Seconds(30));
  EXPECT_FALSE(refused.open);
  EXPECT_EQ(refused.reader->Finish().error_code(),
            grpc::StatusCode::RESOURCE_EXHAUSTED);

  for (Held& h : held) {
    v1::ListDocumentsResponse response;
    while (h.reader->Read(&response)) {
    }
    EXPECT_EQ(h.reader->Finish().error_code(), grpc::StatusCode::DEADLINE_EXCEEDED);
  }
  // The handlers see their expired deadlines on their next poll, each at
  // its own time; until then their places are taken, so a place may be
  // refused a few times before it comes back. All four must come back.
  std::vector<Held> again;
  while (static_cast<int>(again.size()) < kMaxStreams) {
    again.push_back(OpenOnceAPlaceIsFree());
    ASSERT_TRUE(again.back().open) << "stream " << again.size();
  }
  // The ended handlers went back to waiting for calls, so more threads
  // wait than when the server started: the cap must hold all the same.
  Held refused_again = Open(absl::Seconds(30));
  EXPECT_FALSE(refused_again.open);
  EXPECT_EQ(refused_again.reader->Finish().error_code(),
            grpc::StatusCode::RESOURCE_EXHAUSTED);
  for (Held& h : again) h.context->TryCancel();
}

}  // namespace
}  // namespace amicus::testing
