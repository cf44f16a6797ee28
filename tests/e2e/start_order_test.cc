// Start order does not matter: amicus-query started before amicus-ingest has
// created its database listens with health NOT_SERVING, waits (bounded,
// logged) and serves once the database is complete; a wait that runs out
// ends with a clear error and a non-zero exit.
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {
namespace {

using ::grpc::health::v1::Health;
using ::grpc::health::v1::HealthCheckRequest;
using ::grpc::health::v1::HealthCheckResponse;
using ::testing::HasSubstr;

class StartOrderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir_template[] = "/tmp/amicus-start-order-XXXXXX";
    ASSERT_NE(mkdtemp(dir_template), nullptr);
    dir_ = dir_template;
    db_ = dir_ + "/db";
  }
  void TearDown() override {
    CloseChannels();
    if (query_) (void)query_->Terminate(absl::Seconds(30));
    if (ingest_) (void)ingest_->Terminate(absl::Seconds(30));
    std::filesystem::remove_all(dir_);
  }

  // An idle channel holds a server's drain up (it does not answer the
  // shutdown ping): close ours before stopping one.
  void CloseChannels() {
    health_.reset();
    query_stub_.reset();
    ingest_stub_.reset();
  }

  // Starts amicus-query over db_ and waits for its address.
  void StartQuery(const std::string& wait) {
    auto query = Subprocess::Start(
        {Binary("amicus-query"), "--db=" + db_,
         "--secondary_dir=" + dir_ + "/secondary", "--listen=127.0.0.1:0",
         "--wait_for_db=" + wait});
    ASSERT_TRUE(query.ok()) << query.status();
    query_ = std::move(*query);
    auto address = query_->WaitForListenAddress(absl::Seconds(30));
    ASSERT_TRUE(address.ok()) << address.status() << query_->Stderr();
    query_address_ = *address;
    auto channel =
        grpc::CreateChannel(query_address_, grpc::InsecureChannelCredentials());
    health_ = Health::NewStub(channel);
    query_stub_ = v1::QueryService::NewStub(channel);
  }

  void StartIngest() {
    auto ingest = Subprocess::Start({Binary("amicus-ingest"), "--db=" + db_,
                                     "--listen=127.0.0.1:0"});
    ASSERT_TRUE(ingest.ok()) << ingest.status();
    ingest_ = std::move(*ingest);
    auto address = ingest_->WaitForListenAddress(absl::Seconds(30));
    ASSERT_TRUE(address.ok()) << address.status() << ingest_->Stderr();
    ingest_stub_ = v1::IngestService::NewStub(
        grpc::CreateChannel(*address, grpc::InsecureChannelCredentials()));
  }

  // The health of `service` ("" = the server), or UNKNOWN if the call fails.
  HealthCheckResponse::ServingStatus Health(const std::string& service) {
    HealthCheckRequest request;
    request.set_service(service);
    HealthCheckResponse response;
    grpc::ClientContext context;
    context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(5)));
    if (!health_->Check(&context, request, &response).ok()) {
      return HealthCheckResponse::UNKNOWN;
    }
    return response.status();
  }

  grpc::Status ListDocuments(std::vector<v1::Document>* documents) {
    documents->clear();
    v1::ListDocumentsRequest request;
    request.set_omit_text(true);
    grpc::ClientContext context;
    context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(10)));
    auto reader = query_stub_->ListDocuments(&context, request);
    v1::ListDocumentsResponse batch;
    while (reader->Read(&batch)) {
      for (const auto& d : batch.documents()) documents->push_back(d);
    }
    return reader->Finish();
  }

  // Waits until health says SERVING and the query service lists a document
  // with `id`.
  void ExpectDocumentThroughQuery(const std::string& id) {
    const absl::Time deadline = absl::Now() + absl::Seconds(30);
    std::vector<v1::Document> documents;
    grpc::Status status;
    while (absl::Now() < deadline) {
      status = ListDocuments(&documents);
      if (status.ok() && !documents.empty()) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_TRUE(status.ok()) << status.error_message() << query_->Stderr();
    ASSERT_EQ(documents.size(), 1u) << query_->Stderr();
    EXPECT_EQ(documents[0].id(), id);
    EXPECT_EQ(Health(""), HealthCheckResponse::SERVING);
    EXPECT_EQ(Health("amicus.v1.QueryService"), HealthCheckResponse::SERVING);
  }

  std::string IngestOneDocument() {
    v1::IngestRequest request;
    request.set_content(
        "Statement of 3 March 2025. The Ministry of Interior announced a visa "
        "ban on two journalists on 1 March 2025, the Committee said.");
    request.set_media_type("text/plain");
    request.set_source_uri("test://start-order");
    v1::IngestResponse response;
    grpc::ClientContext context;
    grpc::Status status = ingest_stub_->Ingest(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return response.document_id();
  }

  std::string dir_;
  std::string db_;
  std::string query_address_;
  std::unique_ptr<Subprocess> query_;
  std::unique_ptr<Subprocess> ingest_;
  std::unique_ptr<Health::Stub> health_;
  std::unique_ptr<v1::QueryService::Stub> query_stub_;
  std::unique_ptr<v1::IngestService::Stub> ingest_stub_;
};

TEST_F(StartOrderTest, QueryStartedFirstWaitsForIngestToCreateTheDatabase) {
  ASSERT_NO_FATAL_FAILURE(StartQuery("60s"));
  // Waiting: listening, but not serving, and calls are refused as
  // retryable.
  EXPECT_EQ(Health(""), HealthCheckResponse::NOT_SERVING);
  EXPECT_EQ(Health("amicus.v1.QueryService"), HealthCheckResponse::NOT_SERVING);
  std::vector<v1::Document> documents;
  grpc::Status refused = ListDocuments(&documents);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_THAT(refused.error_message(), HasSubstr("waiting for its database"));
  EXPECT_THAT(query_->Stderr(), HasSubstr("waiting up to 1m for the database at " + db_));

  ASSERT_NO_FATAL_FAILURE(StartIngest());
  const std::string id = IngestOneDocument();
  ASSERT_FALSE(id.empty());
  ASSERT_NO_FATAL_FAILURE(ExpectDocumentThroughQuery(id));

  const std::string log = query_->Stderr();
  EXPECT_THAT(log, HasSubstr("opened after waiting"));
  // Logged once at the start of the wait and once at its end, not per try.
  EXPECT_EQ(log.find("waiting up to"), log.rfind("waiting up to")) << log;
  CloseChannels();
  EXPECT_EQ(*query_->Terminate(absl::Seconds(30)), 0) << query_->Stderr();
  query_.reset();
}

// What amicus-query saw in the issue: CURRENT written, column families not
// all created yet. It waits instead of exiting "not an amicus database".
TEST_F(StartOrderTest, QueryWaitsOutADatabaseStillMissingColumnFamilies) {
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, db_, &raw).ok());
    std::unique_ptr<rocksdb::DB> db(raw);
    rocksdb::ColumnFamilyHandle* handle = nullptr;
    ASSERT_TRUE(
        db->CreateColumnFamily(rocksdb::ColumnFamilyOptions(), "documents", &handle)
            .ok());
    ASSERT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
  }
  ASSERT_NO_FATAL_FAILURE(StartQuery("60s"));
  EXPECT_EQ(Health(""), HealthCheckResponse::NOT_SERVING);
  EXPECT_THAT(query_->Stderr(), HasSubstr("has no column family"));

  // amicus-ingest adds the missing families when it opens the database.
  ASSERT_NO_FATAL_FAILURE(StartIngest());
  const std::string id = IngestOneDocument();
  ASSERT_FALSE(id.empty());
  ASSERT_NO_FATAL_FAILURE(ExpectDocumentThroughQuery(id));
  EXPECT_THAT(query_->Stderr(), HasSubstr("opened after waiting"));
}

TEST_F(StartOrderTest, WaitThatRunsOutEndsWithAClearErrorAndNonZeroExit) {
  const absl::Time start = absl::Now();
  RunResult run = RunCommand({Binary("amicus-query"), "--db=" + db_,
                              "--secondary_dir=" + dir_ + "/secondary",
                              "--listen=127.0.0.1:0", "--wait_for_db=1s"},
                             absl::Seconds(30));
  const absl::Duration took = absl::Now() - start;
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_GE(took, absl::Seconds(1));
  EXPECT_LT(took, absl::Seconds(20));
  EXPECT_THAT(run.err, HasSubstr("waiting up to 1s for the database at " + db_));
  EXPECT_THAT(run.err, HasSubstr("gave up after 1s waiting for the database at " + db_));
  EXPECT_THAT(run.err, HasSubstr("no database at " + db_));
}

TEST_F(StartOrderTest, SigtermWhileWaitingExitsZeroAtOnce) {
  ASSERT_NO_FATAL_FAILURE(StartQuery("10m"));
  EXPECT_EQ(Health(""), HealthCheckResponse::NOT_SERVING);
  CloseChannels();
  const absl::Time start = absl::Now();
  auto code = query_->Terminate(absl::Seconds(30));
  ASSERT_TRUE(code.ok()) << code.status();
  EXPECT_EQ(*code, 0) << query_->Stderr();
  EXPECT_LT(absl::Now() - start, absl::Seconds(10));
  EXPECT_THAT(query_->Stderr(), HasSubstr("stopped while waiting"));
  query_.reset();
}

}  // namespace
}  // namespace amicus::testing
