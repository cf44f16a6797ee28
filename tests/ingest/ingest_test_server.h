#ifndef AMICUS_TESTS_INGEST_INGEST_TEST_SERVER_H_
#define AMICUS_TESTS_INGEST_INGEST_TEST_SERVER_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>

#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "ingest_service/document_ingester.h"
#include "ingest_service/ingest_service_impl.h"
#include "store/writer.h"

namespace amicus::testing {

// The document size limit IngestServiceTest runs with: small, so tests can
// cross it cheaply.
inline constexpr size_t IngestServiceTestLimit() { return 64 << 10; }

// The real ingest service (real extraction, real store in a fresh temporary
// database) behind an in-process gRPC channel, with the message limits
// amicus-ingest would set for `max_document_bytes`.
class IngestServiceTest : public ::testing::Test {
 protected:
  static constexpr size_t kMaxDocumentBytes = IngestServiceTestLimit();

  void SetUp() override;
  void TearDown() override;

  // Reads a fixture from tests/ingest/fixtures.
  static std::string Fixture(const std::string& name);

  // Everything stored, via StoreSnapshot(); fails the test if unreadable.
  std::map<std::string, std::string> Snapshot() const;

  v1::IngestRequest Request(const std::string& source_uri,
                            const std::string& content,
                            const std::string& media_type = "") const;

  // Unary Ingest; `response` may be null.
  grpc::Status Ingest(const v1::IngestRequest& request,
                      v1::IngestResponse* response = nullptr);

  std::string db_path_;
  std::unique_ptr<store::Writer> writer_;
  std::unique_ptr<ingest::DocumentIngester> ingester_;
  std::unique_ptr<ingest::IngestServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  std::unique_ptr<v1::IngestService::Stub> stub_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_INGEST_INGEST_TEST_SERVER_H_
