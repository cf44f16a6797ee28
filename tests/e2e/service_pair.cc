#include "tests/e2e/service_pair.h"

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "grpcpp/grpcpp.h"

namespace amicus::testing {

std::string Binary(const std::string& name) {
  return std::string(AMICUS_BIN_DIR) + "/" + name;
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> FilesIn(const std::string& dir,
                                 const std::vector<std::string>& extensions) {
  std::vector<std::string> files;
  if (!std::filesystem::is_directory(dir)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() &&
        std::find(extensions.begin(), extensions.end(), ext) != extensions.end()) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

void ServicePairTest::SetUp() {
  char dir_template[] = "/tmp/amicus-e2e-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  data_dir_ = dir_template;

  auto ingest = Subprocess::Start({Binary("amicus-ingest"),
                                   "--db=" + data_dir_ + "/db",
                                   "--listen=127.0.0.1:0"});
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  ingest_process_ = std::move(*ingest);
  auto ingest_address = ingest_process_->WaitForListenAddress(absl::Seconds(30));
  ASSERT_TRUE(ingest_address.ok()) << ingest_address.status();
  ingest_address_ = *ingest_address;

  auto query = Subprocess::Start(
      {Binary("amicus-query"), "--db=" + data_dir_ + "/db",
       "--secondary_dir=" + data_dir_ + "/secondary", "--listen=127.0.0.1:0"});
  ASSERT_TRUE(query.ok()) << query.status();
  query_process_ = std::move(*query);
  auto query_address = query_process_->WaitForListenAddress(absl::Seconds(30));
  ASSERT_TRUE(query_address.ok()) << query_address.status();
  query_address_ = *query_address;

  ingest_stub_ = v1::IngestService::NewStub(grpc::CreateChannel(
      ingest_address_, grpc::InsecureChannelCredentials()));
  query_stub_ = v1::QueryService::NewStub(grpc::CreateChannel(
      query_address_, grpc::InsecureChannelCredentials()));
}

void ServicePairTest::TearDown() {
  // An idle channel does not answer the server's shutdown ping, which holds
  // each server's drain up by seconds; close ours first.
  ingest_stub_.reset();
  query_stub_.reset();
  if (query_process_) (void)query_process_->Terminate(absl::Seconds(30));
  if (ingest_process_) (void)ingest_process_->Terminate(absl::Seconds(30));
  std::filesystem::remove_all(data_dir_);
}

v1::IngestResponse ServicePairTest::IngestFile(const std::string& path) {
  v1::IngestRequest request;
  request.set_source_uri(path);
  request.set_content(ReadFileOrDie(path));
  v1::IngestResponse response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
  grpc::Status status = ingest_stub_->Ingest(&context, request, &response);
  EXPECT_TRUE(status.ok()) << path << ": " << status.error_message();
  return response;
}

std::vector<v1::Document> ServicePairTest::WaitForDocuments(size_t count) {
  std::vector<v1::Document> documents;
  absl::Time deadline = absl::Now() + absl::Seconds(20);
  while (absl::Now() < deadline) {
    documents.clear();
    v1::ListDocumentsRequest request;
    request.set_omit_text(true);
    grpc::ClientContext context;
    auto reader = query_stub_->ListDocuments(&context, request);
    v1::ListDocumentsResponse batch;
    while (reader->Read(&batch)) {
      for (const auto& d : batch.documents()) documents.push_back(d);
    }
    grpc::Status status = reader->Finish();
    EXPECT_TRUE(status.ok()) << status.error_message();
    if (documents.size() >= count) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return documents;
}

namespace {

template <typename Record, typename Response, typename Request, typename Call,
          typename Field>
std::vector<Record> Drain(const Request& request, Call call, Field field) {
  std::vector<Record> records;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
  auto reader = call(&context, request);
  Response batch;
  while (reader->Read(&batch)) {
    for (const auto& record : field(batch)) records.push_back(record);
  }
  grpc::Status status = reader->Finish();
  EXPECT_TRUE(status.ok()) << status.error_message();
  return records;
}

}  // namespace

std::vector<v1::Event> AllEvents(v1::QueryService::Stub& stub,
                                 const v1::StreamEventsRequest& request) {
  return Drain<v1::Event, v1::StreamEventsResponse>(
      request,
      [&](grpc::ClientContext* c, const auto& r) { return stub.StreamEvents(c, r); },
      [](const auto& b) { return b.events(); });
}

std::vector<v1::Quote> AllQuotes(v1::QueryService::Stub& stub,
                                 const v1::StreamQuotesRequest& request) {
  return Drain<v1::Quote, v1::StreamQuotesResponse>(
      request,
      [&](grpc::ClientContext* c, const auto& r) { return stub.StreamQuotes(c, r); },
      [](const auto& b) { return b.quotes(); });
}

std::vector<v1::SignatorySet> AllSignatorySets(
    v1::QueryService::Stub& stub, const v1::StreamSignatorySetsRequest& request) {
  return Drain<v1::SignatorySet, v1::StreamSignatorySetsResponse>(
      request,
      [&](grpc::ClientContext* c, const auto& r) {
        return stub.StreamSignatorySets(c, r);
      },
      [](const auto& b) { return b.signatory_sets(); });
}

}  // namespace amicus::testing
