// Read your writes: min_log_position waits for the log, responses say the
// position they were read at, GetReplicationStatus says how far a server
// has applied (single-machine mode here; tests/cluster runs NATS mode).
#include <chrono>
#include <future>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "query_service/replication_source.h"
#include "query_service/resume_token.h"
#include "query_service/stream_plans.h"
#include "tests/query/query_fixture.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

using std::chrono::system_clock;

class LogPositionTest : public QueryServiceTest {
 protected:
  void SetUp() override {
    QueryServiceTest::SetUp();
    Put(SanctionsPressRelease("pr1"));
    Put(JointLetter("letter1", {{"Amnesty International", "", ""}}));
  }

  // A context whose deadline is short enough for a test and long enough
  // for a server that answers.
  static void ShortDeadline(grpc::ClientContext* context) {
    context->set_deadline(system_clock::now() + std::chrono::seconds(1));
  }
};

// Our message, not gRPC's bare "Deadline Exceeded": the server answered in
// time and said why.
void ExpectNotAppliedYet(const grpc::Status& status, absl::string_view rpc) {
  EXPECT_EQ(status.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << rpc;
  EXPECT_NE(status.error_message().find("applied log position 2 < requested 3"),
            std::string::npos)
      << rpc << ": " << status.error_message();
}

template <typename Response, typename Reader>
grpc::Status Drain(Reader reader) {
  Response response;
  while (reader->Read(&response)) {
  }
  return reader->Finish();
}

TEST_F(LogPositionTest, EveryReadWaitsForAPositionNotAppliedYetThenSaysSo) {
  {
    grpc::ClientContext context;
    ShortDeadline(&context);
    v1::StreamEventsRequest request;
    request.set_min_log_position(3);
    ExpectNotAppliedYet(
        Drain<v1::StreamEventsResponse>(stub_->StreamEvents(&context, request)),
        "StreamEvents");
  }
  {
    grpc::ClientContext context;
    ShortDeadline(&context);
    v1::StreamQuotesRequest request;
    request.set_min_log_position(3);
    ExpectNotAppliedYet(
        Drain<v1::StreamQuotesResponse>(stub_->StreamQuotes(&context, request)),
        "StreamQuotes");
  }
  {
    grpc::ClientContext context;
    ShortDeadline(&context);
    v1::StreamSignatorySetsRequest request;
    request.set_min_log_position(3);
    ExpectNotAppliedYet(Drain<v1::StreamSignatorySetsResponse>(
                            stub_->StreamSignatorySets(&context, request)),
                        "StreamSignatorySets");
  }
  {
    grpc::ClientContext context;
    ShortDeadline(&context);
    v1::ListDocumentsRequest request;
    request.set_min_log_position(3);
    ExpectNotAppliedYet(Drain<v1::ListDocumentsResponse>(
                            stub_->ListDocuments(&context, request)),
                        "ListDocuments");
  }
  {
    grpc::ClientContext context;
    ShortDeadline(&context);
    v1::GetDocumentRequest request;
    request.set_document_id("pr1");
    request.set_min_log_position(3);
    v1::Document document;
    ExpectNotAppliedYet(stub_->GetDocument(&context, request, &document),
                        "GetDocument");
  }
  {
    grpc::ClientContext context;
    ShortDeadline(&context);
    v1::GetExtractionRequest request;
    request.set_document_id("pr1");
    request.set_min_log_position(3);
    v1::Extraction extraction;
    ExpectNotAppliedYet(stub_->GetExtraction(&context, request, &extraction),
                        "GetExtraction");
  }
}

TEST_F(LogPositionTest, APositionAlreadyAppliedIsAnsweredWithThePosition) {
  v1::StreamEventsRequest request;
  request.set_min_log_position(2);
  grpc::Status status;
  std::vector<v1::StreamEventsResponse> responses =
      EventResponses(request, &status);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_FALSE(responses.empty());
  for (const auto& response : responses) EXPECT_EQ(response.log_position(), 2);

  grpc::ClientContext context;
  ShortDeadline(&context);
  v1::GetExtractionRequest get;
  get.set_document_id("pr1");
  get.set_min_log_position(1);
  v1::Extraction extraction;
  ASSERT_TRUE(stub_->GetExtraction(&context, get, &extraction).ok());
  EXPECT_EQ(extraction.events_size(), 2);
}

TEST_F(LogPositionTest, AWaitingReadIsAnsweredOnceTheDocumentIsStored) {
  // Started before the document exists; answered when it does.
  std::future<grpc::Status> get = std::async(std::launch::async, [this] {
    grpc::ClientContext context;
    context.set_deadline(system_clock::now() + std::chrono::seconds(60));
    v1::GetDocumentRequest request;
    request.set_document_id("pr3");
    request.set_min_log_position(3);
    v1::Document document;
    grpc::Status status = stub_->GetDocument(&context, request, &document);
    EXPECT_EQ(document.id(), status.ok() ? "pr3" : "");
    return status;
  });
  std::future<std::vector<v1::Document>> list =
      std::async(std::launch::async, [this] {
        v1::ListDocumentsRequest request;
        request.set_min_log_position(3);
        return Documents(request);
      });
  Put(SanctionsPressRelease("pr3"));
  grpc::Status status = get.get();
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(list.get().size(), 3u);
}

TEST_F(LogPositionTest, ATokenFromAReplicaFurtherAlongWaitsForItsPosition) {
  v1::StreamEventsRequest request;
  grpc::Status status;
  std::vector<v1::StreamEventsResponse> responses =
      EventResponses(request, &status);
  ASSERT_TRUE(status.ok()) << status.error_message();
  // The same token as a replica that had applied position 3 would issue.
  auto token = query::DecodeResumeToken(
      responses.back().resume_token(), query::ResumeToken::Stream::kEvents,
      query::PlanEvents(request)->filter_digest);
  ASSERT_TRUE(token.ok()) << token.status();
  token->watermark = 3;
  request.set_resume_token(query::EncodeResumeToken(*token));
  {
    grpc::ClientContext context;
    ShortDeadline(&context);
    ExpectNotAppliedYet(
        Drain<v1::StreamEventsResponse>(stub_->StreamEvents(&context, request)),
        "StreamEvents with a token");
  }
  // Once this server has applied as far, the token resumes.
  Put(SanctionsPressRelease("pr3"));
  EventResponses(request, &status);
  EXPECT_TRUE(status.ok()) << status.error_message();
}

TEST_F(LogPositionTest, FollowBatchesCarryTheGrowingPosition) {
  grpc::ClientContext context;
  context.set_deadline(system_clock::now() + std::chrono::seconds(60));
  v1::ListDocumentsRequest request;
  request.set_follow(true);
  auto stream = stub_->ListDocuments(&context, request);
  v1::ListDocumentsResponse response;
  // The stored documents, read at position 2, in one or more batches.
  int stored = 0;
  while (stored < 2 && stream->Read(&response)) {
    stored += response.documents_size();
    EXPECT_EQ(response.log_position(), 2);
  }
  ASSERT_EQ(stored, 2);
  Put(SanctionsPressRelease("pr3"));
  ASSERT_TRUE(stream->Read(&response));
  ASSERT_EQ(response.documents_size(), 1);
  EXPECT_EQ(response.documents(0).id(), "pr3");
  EXPECT_EQ(response.log_position(), 3);
  context.TryCancel();
}

TEST_F(LogPositionTest, SingleMachineStatusIsCaughtUpAtTheStoredPosition) {
  grpc::ClientContext context;
  ShortDeadline(&context);
  v1::ReplicationStatus status;
  ASSERT_TRUE(stub_
                  ->GetReplicationStatus(
                      &context, v1::GetReplicationStatusRequest(), &status)
                  .ok());
  EXPECT_EQ(status.mode(), v1::ReplicationStatus::MODE_SINGLE_MACHINE);
  EXPECT_EQ(status.applied_log_position(), 2);
  EXPECT_EQ(status.log_last_position(), 2);
  EXPECT_EQ(status.lag(), 0);
  EXPECT_TRUE(status.caught_up());
  EXPECT_FALSE(status.has_last_contact_time());
}

class FixedSource : public query::ReplicationSource {
 public:
  explicit FixedSource(Progress progress) : progress_(progress) {}
  Progress progress() const override { return progress_; }

 private:
  Progress progress_;
};

TEST(ReplicationStatusTest, NatsModeReportsLagAndStaleness) {
  const absl::Time contact = absl::FromUnixSeconds(1700000000);
  FixedSource source({/*log_last_position=*/50, contact});
  v1::ReplicationStatus status =
      query::MakeReplicationStatus(42, &source, contact + absl::Seconds(7));
  EXPECT_EQ(status.mode(), v1::ReplicationStatus::MODE_NATS);
  EXPECT_EQ(status.applied_log_position(), 42);
  EXPECT_EQ(status.log_last_position(), 50);
  EXPECT_EQ(status.lag(), 8);
  EXPECT_FALSE(status.caught_up());
  EXPECT_EQ(status.last_contact_time().seconds(), 1700000000);
  EXPECT_EQ(status.staleness().seconds(), 7);
}

TEST(ReplicationStatusTest, NatsModeBeforeAnyContactIsNotCaughtUp) {
  FixedSource source({0, std::nullopt});
  v1::ReplicationStatus status =
      query::MakeReplicationStatus(9, &source, absl::Now());
  EXPECT_EQ(status.log_last_position(), 9);
  EXPECT_EQ(status.lag(), 0);
  EXPECT_FALSE(status.caught_up());
  EXPECT_FALSE(status.has_staleness());
}

}  // namespace
}  // namespace amicus::testing
