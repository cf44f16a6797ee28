// Batching, resume tokens, follow and draining of streams.
#include <algorithm>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/query_fixture.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

// A long report: `count` dated events, a third of them by the same official.
v1::Extraction Report(const std::string& id, int count) {
  v1::Extraction extraction = MakeDocument(
      id, v1::DOCUMENT_KIND_STATEMENT,
      "Annual report on threats against human rights defenders.");
  for (int i = 0; i < count; ++i) {
    AddEvent(&extraction, MakeDate(2000 + i % 20, 1 + i % 12, 1 + i % 28),
             i % 3 == 0 ? v1::EVENT_TYPE_THREAT : v1::EVENT_TYPE_STATEMENT,
             {i % 3 == 0 ? "Minister Ana Duarte" : absl::StrCat("Officer ", i)},
             absl::StrCat("On that day, incident ", i, " was reported."));
  }
  return extraction;
}

std::vector<std::string> Ids(const v1::StreamEventsResponse& response) {
  std::vector<std::string> ids;
  for (const auto& event : response.events()) ids.push_back(event.id());
  return ids;
}

class StreamResumeTest : public QueryServiceTest {
 protected:
  // Reads `responses` responses of a stream, then cancels it; returns the
  // ids read and the last token.
  std::vector<std::string> ReadPartly(const v1::StreamEventsRequest& request,
                                      int responses, std::string* token) {
    grpc::ClientContext context;
    auto reader = stub_->StreamEvents(&context, request);
    std::vector<std::string> ids;
    v1::StreamEventsResponse response;
    for (int i = 0; i < responses && reader->Read(&response); ++i) {
      for (const auto& id : Ids(response)) ids.push_back(id);
      *token = response.resume_token();
    }
    context.TryCancel();
    while (reader->Read(&response)) {
    }
    reader->Finish().IgnoreError();
    return ids;
  }

  static void ExpectNoRepeats(const std::vector<std::string>& ids) {
    std::set<std::string> unique(ids.begin(), ids.end());
    EXPECT_EQ(unique.size(), ids.size());
  }
};

TEST_F(StreamResumeTest, LargeResultComesInGrowingBatchesFirstOneSmall) {
  Put(Report("r1", 300));
  Put(Report("r2", 300));
  grpc::Status status;
  auto responses = EventResponses({}, &status);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_GE(responses.size(), 3u);
  // The first match goes out alone, at once.
  EXPECT_EQ(responses[0].events_size(), 1);
  std::vector<std::string> all;
  for (size_t i = 0; i < responses.size(); ++i) {
    EXPECT_FALSE(responses[i].resume_token().empty());
    if (i > 0 && i + 1 < responses.size()) {
      EXPECT_GE(responses[i].events_size(), responses[i - 1].events_size());
    }
    for (const auto& id : Ids(responses[i])) all.push_back(id);
  }
  ASSERT_THAT(all, SizeIs(600));
  EXPECT_EQ(all.front(), "r1/events/0");
  EXPECT_EQ(all.back(), "r2/events/299");
  ExpectNoRepeats(all);
}

TEST_F(StreamResumeTest, EmptyResultStillGivesAToken) {
  v1::StreamEventsRequest request;
  request.set_actor("Nobody Known");
  grpc::Status status;
  auto responses = EventResponses(request, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_THAT(responses, SizeIs(1));
  EXPECT_THAT(responses[0].events(), IsEmpty());
  EXPECT_FALSE(responses[0].resume_token().empty());
}

TEST_F(StreamResumeTest, ResumingAfterCancelGivesTheRestWithoutRepeats) {
  Put(Report("r1", 200));
  Put(Report("r2", 200));
  for (const char* actor : {"", "Duarte"}) {
    v1::StreamEventsRequest request;
    request.set_actor(actor);
    std::vector<std::string> full = EventIds(request);
    std::string token;
    std::vector<std::string> ids = ReadPartly(request, 2, &token);
    ASSERT_FALSE(token.empty());
    ASSERT_LT(ids.size(), full.size()) << actor;
    request.set_resume_token(token);
    for (const auto& id : EventIds(request)) ids.push_back(id);
    EXPECT_EQ(ids, full) << actor;
  }
}

TEST_F(StreamResumeTest, ResumeSeesDocumentsIngestedInBetweenOnce) {
  Put(Report("r1", 200));
  // Date order differs from ingest order: the stored phase walks the date
  // index, documents ingested later come after.
  v1::StreamEventsRequest request;
  *request.mutable_start_date() = MakeDate(2005, 0, 0);
  *request.mutable_end_date() = MakeDate(2015, 0, 0);
  std::string token;
  std::vector<std::string> ids = ReadPartly(request, 2, &token);
  ASSERT_FALSE(token.empty());

  Put(Report("r2", 200));
  request.set_resume_token(token);
  for (const auto& id : EventIds(request)) ids.push_back(id);
  request.clear_resume_token();
  std::vector<std::string> full = EventIds(request);
  ExpectNoRepeats(ids);
  std::sort(ids.begin(), ids.end());
  std::sort(full.begin(), full.end());
  EXPECT_EQ(ids, full);
  EXPECT_TRUE(std::any_of(full.begin(), full.end(), [](const std::string& id) {
    return id.rfind("r2/", 0) == 0;
  }));
}

TEST_F(StreamResumeTest, TokenAtTheEndResumesWithOnlyNewRecords) {
  Put(SanctionsPressRelease("pr1"));
  grpc::Status status;
  auto responses = EventResponses({}, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_FALSE(responses.empty());
  v1::StreamEventsRequest request;
  request.set_resume_token(responses.back().resume_token());
  EXPECT_THAT(EventIds(request), IsEmpty());
  Put(JointLetter("letter1", {{"Front Line Defenders", "", "Ireland"}}));
  EXPECT_THAT(EventIds(request), ElementsAre("letter1/events/0"));
}

TEST_F(StreamResumeTest, BadTokensAreInvalidArgument) {
  Put(SanctionsPressRelease("pr1"));
  grpc::Status status;
  auto responses = EventResponses({}, &status);
  ASSERT_FALSE(responses.empty());
  std::string events_token = responses.back().resume_token();

  for (const std::string& bad : {std::string("not a token!"),
                                 std::string("AAAAAAAA"),
                                 events_token.substr(0, 10)}) {
    v1::StreamEventsRequest request;
    request.set_resume_token(bad);
    EventResponses(request, &status);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << bad;
  }
  v1::StreamEventsRequest other_filters;
  other_filters.set_actor("Pompeo");
  other_filters.set_resume_token(events_token);
  EventResponses(other_filters, &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::StreamQuotesRequest other_rpc;
  other_rpc.set_resume_token(events_token);
  ReadStream<v1::StreamQuotesResponse>(&v1::QueryService::Stub::StreamQuotes,
                                       other_rpc, &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(StreamResumeTest, FollowDeliversDocumentsIngestedAfterTheStart) {
  Put(SanctionsPressRelease("pr1"));
  v1::StreamEventsRequest request;
  request.set_actor("Bolton");
  request.set_follow(true);
  grpc::ClientContext context;
  // Bounds every wait below: a missing delivery fails instead of hanging.
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(20));
  auto reader = stub_->StreamEvents(&context, request);
  v1::StreamEventsResponse response;
  ASSERT_TRUE(reader->Read(&response));
  EXPECT_THAT(Ids(response), ElementsAre("pr1/events/1"));

  Put(SanctionsPressRelease("pr2"));  // Bolton again
  Put(JointLetter("letter1", {{"Front Line Defenders", "", ""}}));  // no Bolton
  Put(SanctionsPressRelease("pr3"));
  std::vector<std::string> followed;
  while (followed.size() < 2 && reader->Read(&response)) {
    for (const auto& id : Ids(response)) followed.push_back(id);
  }
  EXPECT_THAT(followed, ElementsAre("pr2/events/1", "pr3/events/1"));
  context.TryCancel();
  while (reader->Read(&response)) {
  }
  EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::CANCELLED);
}

TEST_F(StreamResumeTest, ListDocumentsFollows) {
  v1::ListDocumentsRequest request;
  request.set_follow(true);
  request.set_omit_text(true);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(20));
  auto reader = stub_->ListDocuments(&context, request);
  v1::ListDocumentsResponse response;
  ASSERT_TRUE(reader->Read(&response));  // nothing stored yet: token only
  EXPECT_THAT(response.documents(), IsEmpty());
  Put(SanctionsPressRelease("pr1"));
  ASSERT_TRUE(reader->Read(&response));
  ASSERT_THAT(response.documents(), SizeIs(1));
  EXPECT_EQ(response.documents(0).id(), "pr1");
  EXPECT_TRUE(response.documents(0).text().empty());
  context.TryCancel();
  while (reader->Read(&response)) {
  }
  reader->Finish().IgnoreError();
}

TEST_F(StreamResumeTest, DrainEndsFollowStreamsWithAResumableToken) {
  Put(SanctionsPressRelease("pr1"));
  v1::StreamEventsRequest request;
  request.set_follow(true);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(20));
  auto reader = stub_->StreamEvents(&context, request);
  v1::StreamEventsResponse response;
  std::vector<std::string> ids;
  ASSERT_TRUE(reader->Read(&response));
  for (const auto& id : Ids(response)) ids.push_back(id);

  service_->BeginDrain();
  std::string token = response.resume_token();
  while (reader->Read(&response)) {
    for (const auto& id : Ids(response)) ids.push_back(id);
    token = response.resume_token();
  }
  EXPECT_TRUE(reader->Finish().ok());
  EXPECT_THAT(ids, ElementsAre("pr1/events/0", "pr1/events/1"));

  Put(SanctionsPressRelease("pr2"));
  v1::StreamEventsRequest resumed;
  resumed.set_resume_token(token);
  EXPECT_THAT(EventIds(resumed), ElementsAre("pr2/events/0", "pr2/events/1"));
}

}  // namespace
}  // namespace amicus::testing
