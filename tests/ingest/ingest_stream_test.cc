// IngestStream: one answer per document, in order; bad documents do not
// stop the stream.
#include <atomic>
#include <chrono>
#include <set>
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


// A distinct document (so each is stored anew) of the size the service is
// tuned for.
std::string NumberedRelease(const std::string& release, int i) {
  return release + "\n\nReference number " + std::to_string(i) + ".\n";
}

TEST_F(IngestServiceTest, ManyDocumentsOnOneStreamAreAnsweredInOrder) {
  // More than the pipeline keeps in flight, so answers must wait for syncs
  // while later documents are extracted.
  constexpr int kDocuments = 120;
  const std::string release = Fixture("press_release.txt");
  std::vector<v1::IngestRequest> requests;
  for (int i = 0; i < kDocuments; ++i) {
    requests.push_back(Request("doc/" + std::to_string(i) + ".txt",
                               NumberedRelease(release, i)));
  }

  grpc::Status status;
  std::vector<v1::IngestStreamResponse> responses =
      IngestAll(*stub_, requests, &status);

  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(responses.size(), requests.size());
  std::set<std::string> ids;
  for (int i = 0; i < kDocuments; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(responses[i].index(), i);
    EXPECT_EQ(responses[i].source_uri(), requests[i].source_uri());
    ASSERT_TRUE(responses[i].has_result());
    EXPECT_TRUE(responses[i].result().created());
    EXPECT_GT(responses[i].result().event_count(), 0);
    ids.insert(responses[i].result().document_id());
  }
  EXPECT_EQ(ids.size(), requests.size());

  // Each answer names the document that was stored for that request.
  for (int i : {0, kDocuments / 2, kDocuments - 1}) {
    v1::IngestResponse again;
    ASSERT_TRUE(Ingest(requests[i], &again).ok());
    EXPECT_FALSE(again.created());
    EXPECT_EQ(again.document_id(), responses[i].result().document_id());
  }
}

TEST_F(IngestServiceTest, BadDocumentsMidStreamGetTheirErrorsOnly) {
  constexpr int kDocuments = 60;
  const std::string release = Fixture("press_release.txt");
  std::vector<v1::IngestRequest> requests;
  for (int i = 0; i < kDocuments; ++i) {
    const bool bad = i % 7 == 3;
    requests.push_back(Request("doc/" + std::to_string(i) + ".txt",
                               bad ? "" : NumberedRelease(release, i)));
  }

  grpc::Status status;
  std::vector<v1::IngestStreamResponse> responses =
      IngestAll(*stub_, requests, &status);

  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(responses.size(), requests.size());
  for (int i = 0; i < kDocuments; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(responses[i].index(), i);
    if (i % 7 == 3) {
      ASSERT_TRUE(responses[i].has_error());
      EXPECT_EQ(responses[i].error().code(),
                grpc::StatusCode::INVALID_ARGUMENT);
    } else {
      ASSERT_TRUE(responses[i].has_result());
      EXPECT_TRUE(responses[i].result().created());
    }
  }
}

// A client that writes `total` requests on one stream, taking `requests`
// in turn, and never reads an answer.
// Without BDP probes its receive window stays small, so unread answers
// soon stop the server's writes.
class NonReadingClient {
 public:
  NonReadingClient(grpc::Server& server,
                   const std::vector<v1::IngestRequest>& requests, int total)
      : total_(total) {
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_HTTP2_BDP_PROBE, 0);
    stub_ = v1::IngestService::NewStub(server.InProcessChannel(args));
    stream_ = stub_->IngestStream(&context_);
    sender_ = std::thread([this, &requests] {
      for (int i = 0; i < total_; ++i) {
        if (!stream_->Write(requests[i % requests.size()])) break;
        ++sent_;
      }
    });
  }
  ~NonReadingClient() {
    if (sender_.joinable()) Cancel();
  }

  // Waits until the writes stop going through (or all did); how many did.
  int WaitUntilStalled() {
    int last = -1;
    while (sent_.load() != last && sent_.load() < total_) {
      last = sent_.load();
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    return sent_.load();
  }

  // Ends the stream: its blocked Write returns. The stream's status.
  grpc::Status Cancel() {
    context_.TryCancel();
    sender_.join();
    return stream_->Finish();
  }

 private:
  const int total_;
  std::unique_ptr<v1::IngestService::Stub> stub_;
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReaderWriter<v1::IngestRequest,
                                           v1::IngestStreamResponse>>
      stream_;
  std::atomic<int> sent_{0};
  std::thread sender_;
};

TEST_F(IngestServiceTest, ClientThatStopsReadingIsPushedBackAndShutdownEnds) {
  // Long source URIs make each (echoing) answer big: unread answers must
  // stop the server's reads, which must stop the client's writes (rather
  // than the server buffering every request).
  constexpr int kDocuments = 2000;
  const std::vector<v1::IngestRequest> requests = {
      Request(std::string(4096, 'u'), std::string(32 << 10, '\0'))};
  NonReadingClient client(*server_, requests, kDocuments);
  EXPECT_LT(client.WaitUntilStalled(), kDocuments);

  // Shutdown cancels the stuck call; its blocked Write and Read return.
  server_->Shutdown(std::chrono::system_clock::now() +
                    std::chrono::milliseconds(200));
  EXPECT_FALSE(client.Cancel().ok());
}

// Distinct documents of nearly the size limit, which is also the whole
// content budget: only one is worked on at a time, over all calls.
std::vector<v1::IngestRequest> LargeRequests(const std::string& release,
                                             const std::string& prefix,
                                             int count) {
  static std::atomic<int> numbered{0};
  std::string body;
  while (body.size() + release.size() < (IngestServiceTestLimit() * 3) / 4) {
    body += release + "\n\n";
  }
  std::vector<v1::IngestRequest> requests;
  for (int i = 0; i < count; ++i) {
    v1::IngestRequest& request = requests.emplace_back();
    request.set_source_uri(prefix + std::to_string(i) + ".txt");
    // Numbered at the top: the extractor ends the text of a document
    // repeating itself before its last line.
    request.set_content("Reference number " + std::to_string(numbered++) +
                        ".\n\n" + body);
  }
  return requests;
}

TEST_F(IngestServiceTest, LargeDocumentsOnSeveralCallsAtOnceAreAllStored) {
  const std::string release = Fixture("press_release.txt");
  constexpr int kStreams = 3;
  constexpr int kPerStream = 4;
  std::vector<std::vector<v1::IngestStreamResponse>> responses(kStreams);
  std::vector<grpc::Status> statuses(kStreams);
  std::vector<std::thread> streams;
  for (int s = 0; s < kStreams; ++s) {
    streams.emplace_back([&, s] {
      responses[s] = IngestAll(
          *stub_,
          LargeRequests(release, "s" + std::to_string(s) + "/",
                        kPerStream),
          &statuses[s]);
    });
  }
  v1::IngestResponse unary;
  grpc::Status unary_status =
      Ingest(LargeRequests(release, "unary/", 1)[0], &unary);
  for (std::thread& t : streams) t.join();

  EXPECT_TRUE(unary_status.ok()) << unary_status.error_message();
  EXPECT_TRUE(unary.created());
  for (int s = 0; s < kStreams; ++s) {
    SCOPED_TRACE(s);
    ASSERT_TRUE(statuses[s].ok()) << statuses[s].error_message();
    ASSERT_EQ(responses[s].size(), static_cast<size_t>(kPerStream));
    for (const v1::IngestStreamResponse& r : responses[s]) {
      ASSERT_TRUE(r.has_result()) << r.error().message();
      EXPECT_TRUE(r.result().created());
    }
  }
  EXPECT_EQ(service_->budget_leased(), 0u);
}

TEST_F(IngestServiceTest, ClientThatStopsReadingHoldsNoBudgetFromOthers) {
  const std::string release = Fixture("press_release.txt");
  const std::vector<v1::IngestRequest> stalled =
      LargeRequests(release, "stalled/", 64);
  NonReadingClient client(*server_, stalled, stalled.size());
  client.WaitUntilStalled();

  // Another client's large documents still go through, within a deadline.
  grpc::ClientContext other_context;
  other_context.set_deadline(std::chrono::system_clock::now() +
                             std::chrono::seconds(60));
  v1::IngestResponse response;
  grpc::Status status = stub_->Ingest(
      &other_context, LargeRequests(release, "other/", 1)[0], &response);
  EXPECT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(response.created());
  EXPECT_FALSE(client.Cancel().ok());
}

}  // namespace
}  // namespace amicus::testing
