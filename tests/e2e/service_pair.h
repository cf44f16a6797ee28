#ifndef AMICUS_TESTS_E2E_SERVICE_PAIR_H_
#define AMICUS_TESTS_E2E_SERVICE_PAIR_H_

#include <memory>
#include <string>
#include <vector>

#include "amicus/v1/ingest_service.grpc.pb.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/e2e/subprocess.h"

namespace amicus::testing {

// Path of a binary built by this project.
std::string Binary(const std::string& name);

// Reads a whole file.
std::string ReadFileOrDie(const std::string& path);

// The regular files of `dir` with the given extensions, sorted.
std::vector<std::string> FilesIn(const std::string& dir,
                                 const std::vector<std::string>& extensions);

// The real amicus-ingest and amicus-query binaries running as two processes
// on 127.0.0.1 ephemeral ports over one fresh data directory.
class ServicePairTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Ingests one file through the ingest process; fails the test on error.
  v1::IngestResponse IngestFile(const std::string& path);
  // Waits until the query process lists at least `count` documents.
  std::vector<v1::Document> WaitForDocuments(size_t count);

  v1::IngestService::Stub& ingest() { return *ingest_stub_; }
  v1::QueryService::Stub& query() { return *query_stub_; }

  std::string data_dir_;
  std::string ingest_address_;
  std::string query_address_;
  std::unique_ptr<Subprocess> ingest_process_;
  std::unique_ptr<Subprocess> query_process_;

 private:
  std::unique_ptr<v1::IngestService::Stub> ingest_stub_;
  std::unique_ptr<v1::QueryService::Stub> query_stub_;
};

// Every record of a server stream, concatenated across batches.
std::vector<v1::Event> AllEvents(v1::QueryService::Stub& stub,
                                 const v1::StreamEventsRequest& request);
std::vector<v1::Quote> AllQuotes(v1::QueryService::Stub& stub,
                                 const v1::StreamQuotesRequest& request);
std::vector<v1::SignatorySet> AllSignatorySets(
    v1::QueryService::Stub& stub, const v1::StreamSignatorySetsRequest& request);

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_E2E_SERVICE_PAIR_H_
