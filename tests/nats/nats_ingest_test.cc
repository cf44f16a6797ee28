// The ingest service in distributed mode: the real service, extraction and
// LogPublisher behind an in-process gRPC channel, against a real
// single nats-server with JetStream.
#include <atomic>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "ingest_service/document_ingester.h"
#include "ingest_service/ingest_service_impl.h"
#include "ingest_service/log_publisher.h"
#include "ingest_service/message_limits.h"
#include "server/nats/log_stream.h"
#include "server/nats/nats_connection.h"
#include "tests/nats/nats_server.h"
#include "tests/reliability/generated_statements.h"
#include "tests/store/temp_dir.h"

namespace amicus::testing {
namespace {

constexpr int64_t kMaxDocumentBytes = 16 << 20;

class NatsIngestTest : public ::testing::Test {
 protected:
  void SetUp() override { StartNats(NatsServer::Options()); }

  void StartNats(NatsServer::Options options) {
    absl::StatusOr<std::unique_ptr<NatsServer>> nats =
        NatsServer::Start(dir_.Sub("nats"), options);
    ASSERT_TRUE(nats.ok()) << nats.status();
    nats_ = *std::move(nats);
    StartService();
  }

  void StartService(absl::Duration nats_timeout = absl::Seconds(5),
                    nats::PutEncoding encoding = nats::PutEncoding::kZstd) {
    ingest::LogPublisherOptions options;
    options.urls = nats_->url();
    options.timeout = nats_timeout;
    options.encoding = encoding;
    options.name = "nats_ingest_test";
    absl::StatusOr<std::unique_ptr<ingest::LogPublisher>> publisher =
        ingest::LogPublisher::Connect(options);
    ASSERT_TRUE(publisher.ok()) << publisher.status();
    publisher_ = *std::move(publisher);
    absl::Notification never;
    ASSERT_TRUE(publisher_->AwaitStream(never).ok());
    extract::ExtractOptions extract_options;
    extract_options.max_content_bytes = kMaxDocumentBytes;
    ingester_ = std::make_unique<ingest::DocumentIngester>(publisher_.get(),
                                                           extract_options);
    service_ = std::make_unique<ingest::IngestServiceImpl>(ingester_.get());
    grpc::ServerBuilder builder;
    builder.SetMaxReceiveMessageSize(
        *ingest::MaxMessageBytesFor(kMaxDocumentBytes));
    builder.RegisterService(service_.get());
    server_ = builder.BuildAndStart();
    ASSERT_NE(server_, nullptr);
    grpc::ChannelArguments channel;
    channel.SetMaxSendMessageSize(-1);
    stub_ = v1::IngestService::NewStub(server_->InProcessChannel(channel));
  }

  void TearDown() override {
    if (server_) server_->Shutdown();
    server_.reset();
    service_.reset();
    ingester_.reset();
    publisher_.reset();
  }

  grpc::Status Ingest(const Statement& statement, v1::IngestResponse* response,
                      absl::Duration deadline = absl::Seconds(30)) {
    v1::IngestRequest request;
    request.set_source_uri(statement.source_uri);
    request.set_content(statement.content);
    grpc::ClientContext context;
    context.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
    return stub_->Ingest(&context, request, response);
  }

  grpc::Status Delete(const std::string& id, bool allow_missing = false) {
    v1::DeleteDocumentRequest request;
    request.set_document_id(id);
    request.set_allow_missing(allow_missing);
    grpc::ClientContext context;
    google::protobuf::Empty ignored;
    return stub_->DeleteDocument(&context, request, &ignored);
  }

  TempDir dir_;
  std::unique_ptr<NatsServer> nats_;
  std::unique_ptr<ingest::LogPublisher> publisher_;
  std::unique_ptr<ingest::DocumentIngester> ingester_;
  std::unique_ptr<ingest::IngestServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::IngestService::Stub> stub_;
};

TEST_F(NatsIngestTest, SecondIngestOfADocumentIsNotCreatedAndHasItsPosition) {
  v1::IngestResponse first, second;
  grpc::Status status = Ingest(GeneratedStatement(0), &first);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(first.created());
  EXPECT_GT(first.log_position(), 0);
  EXPECT_GT(first.event_count(), 0);

  status = Ingest(GeneratedStatement(0), &second);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_FALSE(second.created());
  EXPECT_EQ(second.document_id(), first.document_id());
  EXPECT_EQ(second.log_position(), first.log_position());
  EXPECT_EQ(second.event_count(), first.event_count());
  EXPECT_EQ(second.quote_count(), first.quote_count());
}

TEST_F(NatsIngestTest, OneDocumentFromEightThreadsAtOnceIsCreatedOnce) {
  constexpr int kThreads = 8;
  std::vector<v1::IngestResponse> responses(kThreads);
  std::vector<grpc::Status> statuses(kThreads);
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      ++ready;
      while (ready < kThreads) std::this_thread::yield();
      statuses[i] = Ingest(GeneratedStatement(1), &responses[i]);
    });
  }
  for (std::thread& thread : threads) thread.join();

  int created = 0;
  for (int i = 0; i < kThreads; ++i) {
    ASSERT_TRUE(statuses[i].ok()) << statuses[i].error_message();
    created += responses[i].created() ? 1 : 0;
    EXPECT_EQ(responses[i].log_position(), responses[0].log_position());
  }
  EXPECT_EQ(created, 1);
}

TEST_F(NatsIngestTest, TwoReplicasIngestingOneDocumentAtOnceCreateItOnce) {
  ingest::LogPublisherOptions options;
  options.urls = nats_->url();
  options.name = "second_replica";
  absl::StatusOr<std::unique_ptr<ingest::LogPublisher>> second =
      ingest::LogPublisher::Connect(options);
  ASSERT_TRUE(second.ok()) << second.status();
  absl::Notification never;
  ASSERT_TRUE((*second)->AwaitStream(never).ok());
  ingest::DocumentIngester other(second->get(), extract::ExtractOptions());
  const Statement statement = GeneratedStatement(7);
  v1::IngestRequest request;
  request.set_source_uri(statement.source_uri);
  request.set_content(statement.content);

  constexpr int kPerReplica = 4;
  std::vector<absl::StatusOr<v1::IngestResponse>> results(2 * kPerReplica);
  std::vector<std::thread> threads;
  for (int i = 0; i < 2 * kPerReplica; ++i) {
    ingest::DocumentIngester* replica = i % 2 == 0 ? ingester_.get() : &other;
    threads.emplace_back(
        [&, replica, i] { results[i] = replica->Ingest(request); });
  }
  for (std::thread& thread : threads) thread.join();

  int created = 0;
  for (const absl::StatusOr<v1::IngestResponse>& result : results) {
    ASSERT_TRUE(result.ok()) << result.status();
    created += result->created() ? 1 : 0;
    EXPECT_EQ(result->log_position(), results[0]->log_position());
  }
  EXPECT_EQ(created, 1);
}

TEST_F(NatsIngestTest, DeletedDocumentIsCreatedAgainAtALaterPosition) {
  v1::IngestResponse first, again;
  ASSERT_TRUE(Ingest(GeneratedStatement(2), &first).ok());
  grpc::Status deleted = Delete(first.document_id());
  ASSERT_TRUE(deleted.ok()) << deleted.error_message();
  EXPECT_EQ(Delete(first.document_id()).error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(Delete(first.document_id(), /*allow_missing=*/true).ok());

  grpc::Status status = Ingest(GeneratedStatement(2), &again);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(again.created());
  EXPECT_GT(again.log_position(), first.log_position());
  // And it is stored again: a second delete works.
  EXPECT_TRUE(Delete(first.document_id()).ok());
}

TEST_F(NatsIngestTest, UnknownAndMalformedIdsAreNotFound) {
  EXPECT_EQ(Delete(std::string(64, 'b')).error_code(),
            grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Delete("amicus.doc.>").error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(NatsIngestTest, StreamIsAnsweredInOrderAndLoggedInOrder) {
  constexpr int kDocuments = 40;
  grpc::ClientContext context;
  auto stream = stub_->IngestStream(&context);
  // The in-process transport completes a write when the other side reads
  // it: answers are read while requests are written.
  std::thread writer([&stream] {
    for (int i = 0; i < kDocuments; ++i) {
      v1::IngestRequest request;
      request.set_source_uri(GeneratedStatement(100 + i).source_uri);
      request.set_content(GeneratedStatement(100 + i).content);
      if (!stream->Write(request)) break;
    }
    stream->WritesDone();
  });
  v1::IngestStreamResponse response;
  int64_t index = 0, position = 0;
  while (stream->Read(&response)) {
    EXPECT_EQ(response.index(), index++);
    ASSERT_TRUE(response.has_result()) << response.error().message();
    EXPECT_TRUE(response.result().created());
    EXPECT_GT(response.result().log_position(), position);
    position = response.result().log_position();
  }
  writer.join();
  EXPECT_EQ(index, kDocuments);
  EXPECT_TRUE(stream->Finish().ok());
}

TEST_F(NatsIngestTest, NatsDownIsUnavailableAndIngestResumesWhenItIsBack) {
  v1::IngestResponse response;
  ASSERT_TRUE(Ingest(GeneratedStatement(3), &response).ok());
  ASSERT_TRUE(nats_->Stop().ok());

  grpc::Status down = Ingest(GeneratedStatement(4), &response,
                             /*deadline=*/absl::Seconds(10));
  EXPECT_EQ(down.error_code(), grpc::StatusCode::UNAVAILABLE)
      << down.error_message();
  EXPECT_NE(down.error_message().find(nats_->url()), std::string::npos)
      << down.error_message();
  EXPECT_EQ(Delete(response.document_id()).error_code(),
            grpc::StatusCode::UNAVAILABLE);

  ASSERT_TRUE(nats_->Restart().ok());
  grpc::Status up;
  for (int attempt = 0; attempt < 100; ++attempt) {
    up = Ingest(GeneratedStatement(4), &response);
    if (up.ok()) break;
    EXPECT_EQ(up.error_code(), grpc::StatusCode::UNAVAILABLE)
        << up.error_message();
    absl::SleepFor(absl::Milliseconds(100));
  }
  ASSERT_TRUE(up.ok()) << up.error_message();
  EXPECT_TRUE(response.created());
}

TEST_F(NatsIngestTest, NatsThatStopsAnsweringTimesOutAsUnavailable) {
  TearDown();
  StartService(/*nats_timeout=*/absl::Seconds(1));
  v1::IngestResponse response;
  ASSERT_TRUE(Ingest(GeneratedStatement(5), &response).ok());
  nats_->Pause();  // the connection stays up; no PubAck comes

  grpc::Status hung = Ingest(GeneratedStatement(6), &response,
                             /*deadline=*/absl::Seconds(20));
  nats_->Resume();
  EXPECT_EQ(hung.error_code(), grpc::StatusCode::UNAVAILABLE)
      << hung.error_message();
  EXPECT_NE(hung.error_message().find("may or may not"), std::string::npos)
      << hung.error_message();
}

// --nats_compress=false: the form replicas that predate compression read,
// through the first publish and the conflict path alike.
TEST_F(NatsIngestTest, UncompressedPublisherWritesEntriesWithoutEncoding) {
  TearDown();
  StartService(absl::Seconds(5), nats::PutEncoding::kNone);
  v1::IngestResponse first, second;
  ASSERT_TRUE(Ingest(GeneratedStatement(0), &first).ok());
  EXPECT_TRUE(first.created());
  ASSERT_TRUE(Ingest(GeneratedStatement(0), &second).ok());
  EXPECT_FALSE(second.created());
  EXPECT_EQ(second.log_position(), first.log_position());

  nats::NatsConnectionOptions options;
  options.urls = nats_->url();
  options.name = "nats_ingest_test_reader";
  absl::StatusOr<std::unique_ptr<nats::NatsConnection>> reader =
      nats::NatsConnection::Connect(options);
  ASSERT_TRUE(reader.ok()) << reader.status();
  natsMsg* raw = nullptr;
  jsErrCode js_error = static_cast<jsErrCode>(0);
  ASSERT_EQ(js_GetLastMsg(&raw, (*reader)->jetstream(), nats::kStreamName,
                          nats::SubjectFor(first.document_id()).c_str(),
                          nullptr, &js_error),
            NATS_OK);
  nats::MsgPtr msg(raw);
  const char* encoding = nullptr;
  EXPECT_NE(natsMsgHeader_Get(msg.get(), nats::kEncodingHeader, &encoding),
            NATS_OK);
  v1::Extraction extraction;
  EXPECT_TRUE(extraction.ParseFromArray(natsMsg_GetData(msg.get()),
                                        natsMsg_GetDataLength(msg.get())));
  EXPECT_EQ(extraction.document().id(), first.document_id());
}

class SmallPayloadNatsIngestTest : public NatsIngestTest {
 protected:
  // nats-server's default max_payload: 1 MB.
  void SetUp() override { StartNats(NatsServer::Options{1 << 20}); }
};

TEST_F(SmallPayloadNatsIngestTest, DocumentOverMaxPayloadIsResourceExhausted) {
  // Random words: the entry is compressed, so a repetitive document of
  // this size would fit.
  Statement big = GoodStatement();
  std::mt19937 random(7);
  while (big.content.size() < (3 << 20)) {
    std::string word(12, 'a');
    for (char& c : word) c = static_cast<char>('a' + random() % 26);
    absl::StrAppend(&big.content, " ", word);
  }
  v1::IngestResponse response;
  grpc::Status status = Ingest(big, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
      << status.error_message();
  EXPECT_NE(status.error_message().find("max_payload"), std::string::npos)
      << status.error_message();
  // A document that fits still goes in.
  EXPECT_TRUE(Ingest(GoodStatement(), &response).ok());
}

}  // namespace
}  // namespace amicus::testing
