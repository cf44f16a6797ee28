#ifndef AMICUS_TESTS_CLUSTER_CLUSTER_FIXTURE_H_
#define AMICUS_TESTS_CLUSTER_CLUSTER_FIXTURE_H_

#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/cluster/nats_cluster.h"
#include "tests/cluster/replica_contents.h"
#include "tests/cluster/service_process.h"

namespace amicus::testing {

// The setup: a 3-node NATS JetStream cluster, 2 amicus-ingest
// replicas (--nats) and 3 amicus-query replicas (--nats, a --db each), all
// real processes on 127.0.0.1, every one SERVING when a test starts.
class ClusterTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  absl::StatusOr<std::unique_ptr<ServiceProcess>> StartIngest();
  // A query replica that owns `db` (created if missing).
  absl::StatusOr<std::unique_ptr<ServiceProcess>> StartQuery(const std::string& db);
  // A database directory no replica uses yet.
  std::string NewDatabaseDirectory();

  std::vector<ServiceProcess*> IngestReplicas() const;
  // Reads every query replica at `position` and expects them identical;
  // returns the first replica's contents.
  ReplicaContents ExpectIdenticalReplicas(int64_t position);
  // Every process's log, for failure messages.
  std::string Logs() const;

  std::unique_ptr<NatsCluster> nats_;
  std::vector<std::unique_ptr<ServiceProcess>> ingest_;
  std::vector<std::unique_ptr<ServiceProcess>> query_;

 private:
  std::string dir_;
  int databases_ = 0;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_CLUSTER_CLUSTER_FIXTURE_H_
