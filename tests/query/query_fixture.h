// An in-process QueryService over a real database: tests write Extractions
// with the Writer and read them back through the generated stub.
#ifndef AMICUS_TESTS_QUERY_QUERY_FIXTURE_H_
#define AMICUS_TESTS_QUERY_QUERY_FIXTURE_H_

#include <memory>
#include <string>
#include <vector>

#include "amicus/v1/query_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "query_service/query_service_impl.h"
#include "store/reader.h"
#include "store/writer.h"
#include "tests/store/temp_dir.h"

namespace amicus::testing {

class QueryServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::WriterOptions writer_options;
    writer_options.sync = false;
    auto writer = store::Writer::Open(dir_.Sub("db"), writer_options);
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = *std::move(writer);

    store::ReaderOptions reader_options;
    reader_options.secondary_path = dir_.Sub("secondary");
    reader_options.catch_up_interval = absl::Milliseconds(20);
    auto reader = store::Reader::OpenAsSecondary(dir_.Sub("db"), reader_options);
    ASSERT_TRUE(reader.ok()) << reader.status();
    reader_ = *std::move(reader);

    service_ = std::make_unique<query::QueryServiceImpl>(reader_.get(),
                                                         ServiceOptions());
    grpc::ServerBuilder builder;
    builder.RegisterService(service_.get());
    server_ = builder.BuildAndStart();
    ASSERT_NE(server_, nullptr);
    stub_ = v1::QueryService::NewStub(
        server_->InProcessChannel(grpc::ChannelArguments()));
  }

  // Tests that need other batching override this.
  virtual query::QueryServiceOptions ServiceOptions() const { return {}; }

  void TearDown() override {
    if (service_) service_->BeginDrain();
    if (server_) server_->Shutdown(std::chrono::system_clock::now() +
                                   std::chrono::seconds(5));
  }

  void Put(const v1::Extraction& extraction) {
    auto result = writer_->Put(extraction);
    ASSERT_TRUE(result.ok()) << result.status();
    ASSERT_TRUE(result->created);
  }

  // Every response of a finished stream, and its status.
  template <typename Response, typename Request,
            typename Call>
  std::vector<Response> ReadStream(Call call, const Request& request,
                                   grpc::Status* status) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(30));
    auto reader = ((*stub_).*call)(&context, request);
    std::vector<Response> responses;
    Response response;
    while (reader->Read(&response)) responses.push_back(response);
    *status = reader->Finish();
    return responses;
  }

  std::vector<v1::StreamEventsResponse> EventResponses(
      const v1::StreamEventsRequest& request, grpc::Status* status) {
    return ReadStream<v1::StreamEventsResponse>(
        &v1::QueryService::Stub::StreamEvents, request, status);
  }

  // Ids of every event matching `request`; fails the test on error.
  std::vector<std::string> EventIds(const v1::StreamEventsRequest& request) {
    grpc::Status status;
    std::vector<std::string> ids;
    for (const auto& response : EventResponses(request, &status)) {
      for (const auto& event : response.events()) ids.push_back(event.id());
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return ids;
  }

  std::vector<std::string> QuoteIds(const v1::StreamQuotesRequest& request) {
    grpc::Status status;
    std::vector<std::string> ids;
    for (const auto& response : ReadStream<v1::StreamQuotesResponse>(
             &v1::QueryService::Stub::StreamQuotes, request, &status)) {
      for (const auto& quote : response.quotes()) ids.push_back(quote.id());
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return ids;
  }

  std::vector<std::string> SignatorySetIds(
      const v1::StreamSignatorySetsRequest& request) {
    grpc::Status status;
    std::vector<std::string> ids;
    for (const auto& response : ReadStream<v1::StreamSignatorySetsResponse>(
             &v1::QueryService::Stub::StreamSignatorySets, request, &status)) {
      for (const auto& set : response.signatory_sets()) ids.push_back(set.id());
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return ids;
  }

  std::vector<v1::Document> Documents(const v1::ListDocumentsRequest& request) {
    grpc::Status status;
    std::vector<v1::Document> documents;
    for (const auto& response : ReadStream<v1::ListDocumentsResponse>(
             &v1::QueryService::Stub::ListDocuments, request, &status)) {
      for (const auto& document : response.documents()) {
        documents.push_back(document);
      }
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return documents;
  }

  TempDir dir_;
  std::unique_ptr<store::Writer> writer_;
  std::unique_ptr<store::Reader> reader_;
  std::unique_ptr<query::QueryServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::QueryService::Stub> stub_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_QUERY_QUERY_FIXTURE_H_
