#include "tests/cluster/cluster_fixture.h"

#include <filesystem>

#include "absl/strings/str_cat.h"

namespace amicus::testing {

void ClusterTest::SetUp() {
  char dir_template[] = "/tmp/amicus-cluster-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  dir_ = dir_template;
  absl::StatusOr<std::unique_ptr<NatsCluster>> nats = NatsCluster::Start(3);
  ASSERT_TRUE(nats.ok()) << nats.status();
  nats_ = *std::move(nats);
  ASSERT_TRUE(nats_->WaitForMetaLeader(absl::Seconds(60)).ok()) << Logs();
  for (int i = 0; i < 2; ++i) {
    absl::StatusOr<std::unique_ptr<ServiceProcess>> ingest = StartIngest();
    ASSERT_TRUE(ingest.ok()) << ingest.status() << Logs();
    ingest_.push_back(*std::move(ingest));
  }
  for (int i = 0; i < 3; ++i) {
    absl::StatusOr<std::unique_ptr<ServiceProcess>> query = StartQuery(NewDatabaseDirectory());
    ASSERT_TRUE(query.ok()) << query.status() << Logs();
    query_.push_back(*std::move(query));
  }
}

void ClusterTest::TearDown() {
  for (auto& query : query_) {
    if (query->running()) {
      EXPECT_TRUE(query->Stop().ok()) << query->Log();
    }
  }
  for (auto& ingest : ingest_) {
    if (ingest->running()) {
      EXPECT_TRUE(ingest->Stop().ok()) << ingest->Log();
    }
  }
  query_.clear();
  ingest_.clear();
  nats_.reset();
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
}

absl::StatusOr<std::unique_ptr<ServiceProcess>> ClusterTest::StartIngest() {
  absl::StatusOr<std::unique_ptr<ServiceProcess>> ingest =
      ServiceProcess::Start("amicus-ingest", {"--nats=" + nats_->Urls()});
  if (!ingest.ok()) return ingest.status();
  absl::Status serving = (*ingest)->WaitUntilServing(kIngestService, absl::Seconds(60));
  if (!serving.ok()) return absl::Status(serving.code(), absl::StrCat(serving.message(), (*ingest)->Log()));
  return ingest;
}

absl::StatusOr<std::unique_ptr<ServiceProcess>> ClusterTest::StartQuery(const std::string& db) {
  absl::StatusOr<std::unique_ptr<ServiceProcess>> query = ServiceProcess::Start(
      "amicus-query", {"--nats=" + nats_->Urls(), "--db=" + db,
                       "--secondary_dir=" + db + ".secondary"});
  if (!query.ok()) return query.status();
  absl::Status serving = (*query)->WaitUntilServing(kQueryService, absl::Seconds(120));
  if (!serving.ok()) return absl::Status(serving.code(), absl::StrCat(serving.message(), (*query)->Log()));
  return query;
}

std::string ClusterTest::NewDatabaseDirectory() {
  return absl::StrCat(dir_, "/query-", databases_++);
}

std::vector<ServiceProcess*> ClusterTest::IngestReplicas() const {
  std::vector<ServiceProcess*> replicas;
  for (const auto& ingest : ingest_) replicas.push_back(ingest.get());
  return replicas;
}

ReplicaContents ClusterTest::ExpectIdenticalReplicas(int64_t position) {
  std::vector<ReplicaContents> contents;
  for (size_t i = 0; i < query_.size(); ++i) {
    absl::StatusOr<ReplicaContents> read =
        ReadReplica(*query_[i]->QueryStub(), position, absl::Seconds(120));
    EXPECT_TRUE(read.ok()) << "query replica " << i << ": " << read.status()
                           << query_[i]->Log();
    if (!read.ok()) return {};
    EXPECT_GE(read->view_position, position) << "query replica " << i;
    contents.push_back(*std::move(read));
  }
  for (size_t i = 1; i < contents.size(); ++i) {
    EXPECT_TRUE(contents[i] == contents[0])
        << "query replica " << i << " differs from replica 0: "
        << FirstDifference(contents[i], contents[0]);
  }
  return contents.empty() ? ReplicaContents{} : contents[0];
}

std::string ClusterTest::Logs() const {
  std::string logs;
  if (nats_) {
    for (int i = 0; i < nats_->size(); ++i) {
      absl::StrAppend(&logs, "\n=== nats ", nats_->ServerName(i), "\n", nats_->Log(i));
    }
  }
  for (size_t i = 0; i < ingest_.size(); ++i) {
    absl::StrAppend(&logs, "\n=== ingest ", i, "\n", ingest_[i]->Log());
  }
  for (size_t i = 0; i < query_.size(); ++i) {
    absl::StrAppend(&logs, "\n=== query ", i, "\n", query_[i]->Log());
  }
  return logs;
}

}  // namespace amicus::testing
