// IngestStream: one answer per document, in order; bad documents do not
// stop the stream.
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "tests/ingest/ingest_test_server.h"

namespace amicus::testing {
namespace {

std::vector<v1::IngestStreamResponse> IngestAll(
    v1::IngestService::Stub& stub,
    const std::vector<v1::IngestRequest>& requests, grpc::Status* status) {
  grpc::ClientContext context;
  auto stream = stub.IngestStream(&context);
  // Sending on its own thread, as a real client must: a transport without
  // buffering would otherwise deadlock writes against unread responses.
  std::thread sender([&] {
    for (const v1::IngestRequest& request : requests) {
      if (!stream->Write(request)) break;
    }
    stream->WritesDone();
  });
  std::vector<v1::IngestStreamResponse> responses;
  v1::IngestStreamResponse response;
  while (stream->Read(&response)) responses.push_back(response);
  sender.join();
  *status = stream->Finish();
  return responses;
}

TEST_F(IngestServiceTest, StreamAnswersEveryDocumentInOrder) {
  const std::vector<v1::IngestRequest> requests = {
      Request("good/press_release.txt", Fixture("press_release.txt")),
      Request("bad/empty.txt", ""),
      Request("good/joint_letter.txt", Fixture("joint_letter.txt")),
      Request("bad/binary.txt", std::string("Statement\0\x01\x02\x03", 13)),
      Request("bad/blank.txt", "  \n\t\n  "),
  };
  const std::vector<bool> good = {true, false, true, false, false};

  grpc::Status status;
  std::vector<v1::IngestStreamResponse> responses =
      IngestAll(*stub_, requests, &status);

  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(responses.size(), requests.size());
  for (size_t i = 0; i < responses.size(); ++i) {
    SCOPED_TRACE(requests[i].source_uri());
    EXPECT_EQ(responses[i].index(), static_cast<int64_t>(i));
    EXPECT_EQ(responses[i].source_uri(), requests[i].source_uri());
    if (good[i]) {
      ASSERT_TRUE(responses[i].has_result());
      EXPECT_TRUE(responses[i].result().created());
    } else {
      ASSERT_TRUE(responses[i].has_error());
      EXPECT_EQ(responses[i].error().code(), grpc::StatusCode::INVALID_ARGUMENT);
      EXPECT_FALSE(responses[i].error().message().empty());
    }
  }

  // The good documents were stored: ingesting them again finds them.
  for (size_t i : {0u, 2u}) {
    v1::IngestResponse again;
    ASSERT_TRUE(Ingest(requests[i], &again).ok());
    EXPECT_FALSE(again.created());
    EXPECT_EQ(again.document_id(), responses[i].result().document_id());
  }
}

TEST_F(IngestServiceTest, StreamReportsADuplicateAsExisting) {
  const v1::IngestRequest request =
      Request("press_release.txt", Fixture("press_release.txt"));

  grpc::Status status;
  std::vector<v1::IngestStreamResponse> responses =
      IngestAll(*stub_, {request, request}, &status);

  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(responses.size(), 2u);
  ASSERT_TRUE(responses[0].has_result());
  ASSERT_TRUE(responses[1].has_result());
  EXPECT_TRUE(responses[0].result().created());
  EXPECT_FALSE(responses[1].result().created());
  EXPECT_EQ(responses[1].result().document_id(),
            responses[0].result().document_id());
}

TEST_F(IngestServiceTest, StreamPassesTheSizeLimitErrorThrough) {
  grpc::Status status;
  std::vector<v1::IngestStreamResponse> responses = IngestAll(
      *stub_,
      {Request("big.txt", std::string(kMaxDocumentBytes + 1, 'a')),
       Request("press_release.txt", Fixture("press_release.txt"))},
      &status);

  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(responses.size(), 2u);
  ASSERT_TRUE(responses[0].has_error());
  EXPECT_EQ(responses[0].error().code(),
            grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_TRUE(responses[1].has_result());
}

}  // namespace
}  // namespace amicus::testing
