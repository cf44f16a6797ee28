// Random kills: while documents stream in through both ingest replicas,
// each round kill -9s one random process (a NATS node, an ingest replica or
// a query replica) and starts it again. At the end every acknowledged
// document must be on every query replica exactly once.
// AMICUS_CLUSTER_ROUNDS sets the number of rounds (default 3, for CI;
// RELIABILITY.md records a run of >= 20).
#include <cstdlib>
#include <iostream>
#include <random>
#include <set>
#include <string>

#include "absl/strings/numbers.h"
#include "gtest/gtest.h"
#include "tests/cluster/cluster_fixture.h"
#include "tests/cluster/cluster_load.h"

namespace amicus::testing {
namespace {

int Rounds() {
  int rounds = 3;
  const char* configured = std::getenv("AMICUS_CLUSTER_ROUNDS");
  if (configured != nullptr) {
    EXPECT_TRUE(absl::SimpleAtoi(configured, &rounds)) << configured;
  }
  return rounds;
}

using ClusterRoundsTest = ClusterTest;

TEST_F(ClusterRoundsTest, RandomKillsLoseAndDuplicateNothingAcknowledged) {
  const int rounds = Rounds();
  std::mt19937 random(20260113);
  auto pause = [&random](int low_ms, int high_ms) {
    absl::SleepFor(absl::Milliseconds(std::uniform_int_distribution<int>(low_ms, high_ms)(random)));
  };
  ClusterLoad load(IngestReplicas(), 0, 1 << 30);
  load.Start(6);
  int kills[3] = {0, 0, 0};
  for (int round = 0; round < rounds; ++round) {
    pause(500, 2000);
    int kind = std::uniform_int_distribution<int>(0, 2)(random);
    int victim = std::uniform_int_distribution<int>(0, kind == 1 ? 1 : 2)(random);
    ++kills[kind];
    if (kind == 0) {
      ASSERT_TRUE(nats_->Kill(victim).ok());
      pause(500, 1500);
      ASSERT_TRUE(nats_->Restart(victim).ok()) << nats_->Log(victim);
    } else {
      ServiceProcess& process = kind == 1 ? *ingest_[victim] : *query_[victim];
      ASSERT_TRUE(process.Kill().ok());
      pause(200, 1000);
      ASSERT_TRUE(process.Restart().ok()) << process.Log();
      ASSERT_TRUE(process.WaitUntilServing(kind == 1 ? kIngestService : kQueryService,
                                           absl::Minutes(2))
                      .ok())
          << process.Log();
    }
  }
  pause(500, 1000);
  load.Stop();

  std::map<int, v1::IngestResponse> acknowledged = load.Acknowledged();
  std::set<std::string> acknowledged_ids;
  for (const auto& [n, response] : acknowledged) acknowledged_ids.insert(response.document_id());
  ReplicaContents contents = ExpectIdenticalReplicas(load.max_log_position());
  std::set<std::string> listed(contents.document_ids.begin(), contents.document_ids.end());
  size_t lost = 0;
  for (const std::string& id : acknowledged_ids) lost += listed.count(id) == 0;
  size_t duplicated = contents.document_ids.size() - listed.size() + load.CreatedTwice().size();
  std::cout << "cluster rounds: " << rounds << " (kills: " << kills[0] << " NATS, " << kills[1]
            << " ingest, " << kills[2] << " query); documents acknowledged: "
            << acknowledged.size() << ", lost: " << lost << ", duplicated: " << duplicated
            << ", failed calls retried: " << load.failed_calls()
            << ", documents stored: " << listed.size() << "\n";
  EXPECT_GT(acknowledged.size(), 0u);
  EXPECT_EQ(lost, 0u);
  EXPECT_EQ(duplicated, 0u);
}

}  // namespace
}  // namespace amicus::testing
