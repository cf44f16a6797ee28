// The hostile-input catalogue through the real amicus-ingest binary: each
// input gets its documented status and message, the process survives, a
// refused input leaves the database byte-for-byte unchanged, a valid one is
// stored and served, and the next good request succeeds.
#include <chrono>
#include <thread>

#include "absl/strings/ascii.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"
#include "tests/reliability/database_contents.h"
#include "tests/reliability/generated_statements.h"
#include "tests/reliability/hostile_inputs.h"

namespace amicus::testing {
namespace {

v1::IngestRequest Request(const Statement& statement) {
  v1::IngestRequest request;
  request.set_source_uri(statement.source_uri);
  request.set_content(statement.content);
  return request;
}

class HostileInputTest : public ServicePairTest,
                         public ::testing::WithParamInterface<HostileInput> {
 protected:
  void SetUp() override {
    ServicePairTest::SetUp();
    if (HasFatalFailure()) return;
    // Stored documents can be as large as the 16 MiB content limit.
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(-1);
    query_stub_ = v1::QueryService::NewStub(grpc::CreateCustomChannel(
        query_address_, grpc::InsecureChannelCredentials(), args));
  }

  grpc::Status Ingest(const v1::IngestRequest& request,
                      v1::IngestResponse* response) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::minutes(5));
    return ingest().Ingest(&context, request, response);
  }

  std::string DatabaseDigest() {
    absl::StatusOr<DatabaseContents> contents =
        ReadDatabase(data_dir_ + "/db", data_dir_ + "/digest");
    EXPECT_TRUE(contents.ok()) << contents.status();
    return contents.ok() ? Digest(*contents) : "";
  }

  // The extraction the query process serves for `id`, once it caught up.
  v1::Extraction ServedExtraction(const std::string& id) {
    v1::GetExtractionRequest request;
    request.set_document_id(id);
    v1::Extraction extraction;
    grpc::Status status;
    for (int attempt = 0; attempt < 300; ++attempt) {
      grpc::ClientContext context;
      status = query_stub_->GetExtraction(&context, request, &extraction);
      if (status.error_code() != grpc::StatusCode::NOT_FOUND) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return extraction;
  }

  void ExpectRefused(const HostileInput& input, const grpc::Status& status) {
    EXPECT_EQ(status.error_code(), input.code) << status.error_message();
    for (const std::string& word : input.message_words) {
      EXPECT_NE(absl::AsciiStrToLower(status.error_message())
                    .find(absl::AsciiStrToLower(word)),
                std::string::npos)
          << "\"" << status.error_message() << "\" does not mention " << word;
    }
  }

  void ExpectStored(const HostileInput& input, const grpc::Status& status,
                    const v1::IngestResponse& response) {
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_TRUE(response.created());
    v1::Extraction served = ServedExtraction(response.document_id());
    for (const std::string& text : input.stored_text) {
      EXPECT_NE(served.document().text().find(text), std::string::npos)
          << "stored text lacks \"" << text << "\"";
    }
    if (input.check_stored) input.check_stored(served);
  }

  std::unique_ptr<v1::QueryService::Stub> query_stub_;
};

TEST_P(HostileInputTest, GetsItsDocumentedOutcome) {
  const HostileInput& input = GetParam();
  v1::IngestResponse good;
  ASSERT_TRUE(Ingest(Request(GoodStatement()), &good).ok());
  const std::string before = DatabaseDigest();

  v1::IngestRequest request;
  request.set_source_uri(input.source_uri);
  request.set_media_type(input.media_type);
  request.set_content(input.content());
  v1::IngestResponse response;
  grpc::Status status = Ingest(request, &response);
  request.Clear();  // hundreds of megabytes for some cases

  ASSERT_TRUE(ingest_process_->Wait(absl::Milliseconds(50)).status().code() ==
              absl::StatusCode::kDeadlineExceeded)
      << "amicus-ingest exited: " << ingest_process_->Stderr();
  if (input.code == grpc::StatusCode::OK) {
    ExpectStored(input, status, response);
  } else {
    ExpectRefused(input, status);
    EXPECT_EQ(DatabaseDigest(), before) << "a refused input changed the data";
  }

  v1::IngestResponse next;
  grpc::Status after = Ingest(Request(GeneratedStatement(1)), &next);
  EXPECT_TRUE(after.ok()) << after.error_message();
  EXPECT_TRUE(next.created());
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, HostileInputTest, ::testing::ValuesIn(HostileInputs()),
    [](const ::testing::TestParamInfo<HostileInput>& info) {
      return info.param.name;
    });

// A document whose declared charset is Windows-1252 is transcoded and
// stored, not refused: the user said what the bytes are.
TEST_F(HostileInputTest, Windows1252WithCharsetIsTranscoded) {
  v1::IngestRequest request;
  request.set_source_uri("cp1252.txt");
  request.set_media_type("text/plain; charset=windows-1252");
  request.set_content("Caf\xe9 \x93quoted\x94 statement of 3 March 2024.");
  v1::IngestResponse response;
  grpc::Status status = Ingest(request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_NE(ServedExtraction(response.document_id()).document().text().find(
                "Caf\xc3\xa9"),
            std::string::npos);
}

}  // namespace
}  // namespace amicus::testing
