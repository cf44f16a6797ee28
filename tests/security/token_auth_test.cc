// Bearer tokens and TLS through the real binaries: every refused call gets
// UNAUTHENTICATED or PERMISSION_DENIED and reads or writes nothing; health
// probes need no token; logs never show a token or document text.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "google/protobuf/empty.pb.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"
#include "tests/security/secure_services.h"
#include "tests/security/test_certificates.h"

namespace amicus::testing {
namespace {

constexpr char kReadToken[] = "read-token-7f3a9c2e41b8d605";
constexpr char kWriteToken[] = "write-token-0c55e8a1f9d2b374";
constexpr char kUnknownToken[] = "unknown-token-5e0b7d13aa96c428";

// A statement whose words appear nowhere else, so finding them in a log
// means document text leaked there.
std::string Statement(const std::string& tag) {
  return "Geneva, 3 March 2025. The Association of Ostrava Vale condemned the "
         "detention of journalist Mirela Quenby-Osei " + tag +
         ". \"We demand her release,\" said Tomasz Wrenfield, director.\n";
}

class TokenAuthTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<CertificateFiles> certs = MakeTestCertificates();
    ASSERT_TRUE(certs.ok()) << certs.status();
    certs_ = new CertificateFiles(*certs);
    const std::string token_file = certs_->dir + "/tokens";
    std::ofstream(token_file) << "# test tokens\n"
                              << kReadToken << " read\n"
                              << kWriteToken << "  write\n";
    services_ = new SecureServices();
    absl::Status started = services_->Start(
        {"--tls-cert=" + certs_->server_cert, "--tls-key=" + certs_->server_key,
         "--token-file=" + token_file});
    ASSERT_TRUE(started.ok()) << started;
  }
  static void TearDownTestSuite() {
    delete services_;
    services_ = nullptr;
    if (certs_ != nullptr) std::filesystem::remove_all(certs_->dir);
    delete certs_;
    certs_ = nullptr;
  }

  static ClientTls Tls() { return {certs_->ca_cert, "", ""}; }
  std::unique_ptr<v1::IngestService::Stub> Ingest() {
    return v1::IngestService::NewStub(Channel(services_->ingest_address(), Tls()));
  }
  std::unique_ptr<v1::QueryService::Stub> Query() {
    return v1::QueryService::NewStub(Channel(services_->query_address(), Tls()));
  }

  grpc::Status IngestWith(const std::string& token, const std::string& uri,
                          v1::IngestResponse* response = nullptr) {
    v1::IngestRequest request;
    request.set_source_uri(uri);
    request.set_content(Statement(uri));
    v1::IngestResponse ignored;
    return Ingest()->Ingest(CallContext(token).get(), request,
                            response != nullptr ? response : &ignored);
  }

  // Source URIs of the stored documents, as the query service lists them.
  grpc::Status ListWith(const std::string& token, std::vector<std::string>* uris) {
    v1::ListDocumentsRequest request;
    request.set_omit_text(true);
    std::unique_ptr<grpc::ClientContext> context = CallContext(token);
    auto reader = Query()->ListDocuments(context.get(), request);
    v1::ListDocumentsResponse batch;
    while (reader->Read(&batch)) {
      for (const v1::Document& d : batch.documents()) uris->push_back(d.source_uri());
    }
    return reader->Finish();
  }

  // Waits until the query service lists `uri` (the secondary catches up
  // in the background), then returns everything it lists.
  std::vector<std::string> ListedOnce(const std::string& uri) {
    std::vector<std::string> uris;
    for (int attempt = 0; attempt < 400; ++attempt) {
      uris.clear();
      EXPECT_TRUE(ListWith(kReadToken, &uris).ok());
      if (std::find(uris.begin(), uris.end(), uri) != uris.end()) return uris;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ADD_FAILURE() << uri << " never listed";
    return uris;
  }

  static bool Contains(const std::vector<std::string>& all, const std::string& x) {
    return std::find(all.begin(), all.end(), x) != all.end();
  }

  static CertificateFiles* certs_;
  static SecureServices* services_;
};

CertificateFiles* TokenAuthTest::certs_ = nullptr;
SecureServices* TokenAuthTest::services_ = nullptr;

TEST_F(TokenAuthTest, PlaintextClientIsRefusedOnTlsPort) {
  for (const std::string& address :
       {services_->ingest_address(), services_->query_address()}) {
    EXPECT_FALSE(CheckHealth(Channel(address, ClientTls{})).ok()) << address;
  }
}

TEST_F(TokenAuthTest, ClientTrustingAnotherCaIsRefused) {
  for (const std::string& address :
       {services_->ingest_address(), services_->query_address()}) {
    grpc::Status status =
        CheckHealth(Channel(address, ClientTls{certs_->other_ca_cert, "", ""}));
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << address;
  }
}

TEST_F(TokenAuthTest, HealthAnswersWithoutToken) {
  for (const std::string& address :
       {services_->ingest_address(), services_->query_address()}) {
    grpc::Status status = CheckHealth(Channel(address, Tls()));
    EXPECT_TRUE(status.ok()) << address << ": " << status.error_message();
  }
}

TEST_F(TokenAuthTest, NoTokenIsUnauthenticatedAndStoresNothing) {
  EXPECT_EQ(IngestWith("", "no-token.txt").error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  std::vector<std::string> uris;
  EXPECT_EQ(ListWith("", &uris).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(uris.empty());
  ASSERT_TRUE(IngestWith(kWriteToken, "after-no-token.txt").ok());
  EXPECT_FALSE(Contains(ListedOnce("after-no-token.txt"), "no-token.txt"));
}

TEST_F(TokenAuthTest, UnknownTokenIsUnauthenticatedAndStoresNothing) {
  EXPECT_EQ(IngestWith(kUnknownToken, "unknown-token.txt").error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  std::vector<std::string> uris;
  EXPECT_EQ(ListWith(kUnknownToken, &uris).error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(uris.empty());
  ASSERT_TRUE(IngestWith(kWriteToken, "after-unknown-token.txt").ok());
  EXPECT_FALSE(
      Contains(ListedOnce("after-unknown-token.txt"), "unknown-token.txt"));
}

TEST_F(TokenAuthTest, ReadTokenReads) {
  std::vector<std::string> uris;
  grpc::Status status = ListWith(kReadToken, &uris);
  EXPECT_TRUE(status.ok()) << status.error_message();
  v1::GetDocumentRequest request;
  request.set_document_id("no-such-document");
  v1::Document document;
  // Past authentication: the handler itself answers.
  EXPECT_EQ(Query()->GetDocument(CallContext(kReadToken).get(), request, &document)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(TokenAuthTest, ReadTokenCannotIngestOrDelete) {
  v1::IngestResponse kept;
  ASSERT_TRUE(IngestWith(kWriteToken, "kept.txt", &kept).ok());

  EXPECT_EQ(IngestWith(kReadToken, "read-ingest.txt").error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  {
    std::unique_ptr<grpc::ClientContext> context = CallContext(kReadToken);
    auto stream = Ingest()->IngestStream(context.get());
    v1::IngestRequest request;
    request.set_source_uri("read-stream.txt");
    request.set_content(Statement("read-stream.txt"));
    stream->Write(request);
    stream->WritesDone();
    v1::IngestStreamResponse response;
    EXPECT_FALSE(stream->Read(&response));
    EXPECT_EQ(stream->Finish().error_code(), grpc::StatusCode::PERMISSION_DENIED);
  }
  v1::DeleteDocumentRequest remove;
  remove.set_document_id(kept.document_id());
  google::protobuf::Empty empty;
  EXPECT_EQ(Ingest()->DeleteDocument(CallContext(kReadToken).get(), remove, &empty)
                .error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  // A write after the refused ones: once it is visible, so would they be.
  ASSERT_TRUE(IngestWith(kWriteToken, "after-read-writes.txt").ok());
  std::vector<std::string> uris = ListedOnce("after-read-writes.txt");
  EXPECT_TRUE(Contains(uris, "kept.txt"));
  EXPECT_FALSE(Contains(uris, "read-ingest.txt"));
  EXPECT_FALSE(Contains(uris, "read-stream.txt"));
}

TEST_F(TokenAuthTest, WriteTokenWritesAndReads) {
  v1::IngestResponse response;
  grpc::Status status = IngestWith(kWriteToken, "write-token.txt", &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(Contains(ListedOnce("write-token.txt"), "write-token.txt"));
  v1::DeleteDocumentRequest remove;
  remove.set_document_id(response.document_id());
  google::protobuf::Empty empty;
  status = Ingest()->DeleteDocument(CallContext(kWriteToken).get(), remove, &empty);
  EXPECT_TRUE(status.ok()) << status.error_message();
}

TEST_F(TokenAuthTest, CliUsesTlsAndTokenFlags) {
  const std::string read_file = certs_->dir + "/read.token";
  std::ofstream(read_file) << kReadToken << "\n";
  RunResult listed = RunCommand(
      {Binary("amicus"), "documents", "--target=" + services_->query_address(),
       "--tls_ca=" + certs_->ca_cert, "--token_file=" + read_file});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;

  const std::string document = certs_->dir + "/cli-statement.txt";
  std::ofstream(document) << Statement("cli-statement");
  RunResult refused = RunCommand(
      {Binary("amicus"), "ingest", "--target=" + services_->ingest_address(),
       "--tls_ca=" + certs_->ca_cert, "--token_file=" + read_file, document});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(refused.out + refused.err, "write token"))
      << refused.out << refused.err;
}

TEST_F(TokenAuthTest, LogsHoldNeitherTokensNorDocumentText) {
  // Every kind of call, good and bad, so each log path has had its chance.
  ASSERT_TRUE(IngestWith(kWriteToken, "log-check.txt").ok());
  (void)IngestWith(kReadToken, "log-check-denied.txt");
  (void)IngestWith(kUnknownToken, "log-check-unknown.txt");
  ListedOnce("log-check.txt");
  const std::string logs = services_->Logs();
  ASSERT_NE(logs.find("listening on"), std::string::npos) << logs;
  for (const char* secret : {kReadToken, kWriteToken, kUnknownToken}) {
    EXPECT_EQ(logs.find(secret), std::string::npos) << "token in logs";
  }
  for (const char* text : {"Quenby-Osei", "Ostrava Vale", "Wrenfield"}) {
    EXPECT_EQ(logs.find(text), std::string::npos) << "document text in logs: " << text;
  }
}

}  // namespace
}  // namespace amicus::testing
