#include "tests/ingest/ingest_test_server.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "ingest_service/message_limits.h"
#include "tests/ingest/store_snapshot.h"

namespace amicus::testing {

void IngestServiceTest::SetUp() {
  std::string dir_template =
      (std::filesystem::temp_directory_path() / "amicus-ingest-test-XXXXXX")
          .string();
  ASSERT_NE(mkdtemp(dir_template.data()), nullptr);
  db_path_ = dir_template + "/db";

  absl::StatusOr<std::unique_ptr<store::Writer>> writer =
      store::Writer::Open(db_path_, store::WriterOptions());
  ASSERT_TRUE(writer.ok()) << writer.status();
  writer_ = *std::move(writer);
  extract::ExtractOptions options;
  options.max_content_bytes = kMaxDocumentBytes;
  ingester_ = std::make_unique<ingest::DocumentIngester>(writer_.get(), options);
  // As amicus-ingest: as much content at once as one maximal document.
  service_ = std::make_unique<ingest::IngestServiceImpl>(ingester_.get(),
                                                         kMaxDocumentBytes);

  absl::StatusOr<int> max_message = ingest::MaxMessageBytesFor(kMaxDocumentBytes);
  ASSERT_TRUE(max_message.ok());
  grpc::ServerBuilder builder;
  builder.SetMaxReceiveMessageSize(*max_message);
  builder.RegisterService(service_.get());
  server_ = builder.BuildAndStart();
  ASSERT_NE(server_, nullptr);
  stub_ = v1::IngestService::NewStub(
      server_->InProcessChannel(grpc::ChannelArguments()));
}

void IngestServiceTest::TearDown() {
  if (server_) server_->Shutdown();
  server_.reset();
  service_.reset();
  ingester_.reset();
  writer_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(std::filesystem::path(db_path_).parent_path(),
                              ignored);
}

std::string IngestServiceTest::Fixture(const std::string& name) {
  std::ifstream in(std::string(AMICUS_INGEST_FIXTURES_DIR) + "/" + name,
                   std::ios::binary);
  EXPECT_TRUE(in) << "missing fixture " << name;
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

std::map<std::string, std::string> IngestServiceTest::Snapshot() const {
  absl::StatusOr<std::map<std::string, std::string>> snapshot =
      StoreSnapshot(db_path_);
  EXPECT_TRUE(snapshot.ok()) << snapshot.status();
  return snapshot.ok() ? *snapshot : std::map<std::string, std::string>();
}

v1::IngestRequest IngestServiceTest::Request(
    const std::string& source_uri, const std::string& content,
    const std::string& media_type) const {
  v1::IngestRequest request;
  request.set_source_uri(source_uri);
  request.set_content(content);
  request.set_media_type(media_type);
  return request;
}

grpc::Status IngestServiceTest::Ingest(const v1::IngestRequest& request,
                                       v1::IngestResponse* response) {
  v1::IngestResponse ignored;
  grpc::ClientContext context;
  return stub_->Ingest(&context, request, response ? response : &ignored);
}

}  // namespace amicus::testing
