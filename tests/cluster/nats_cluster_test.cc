// The harness's own foundation, independent of amicus: a 3-node nats-server
// cluster on 127.0.0.1 forms, keeps a replicas-3 stream accepting publishes
// while one node is killed -9, brings the node back with the data, and
// survives a stop and restart of every node.
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/cluster/jetstream_client.h"
#include "tests/cluster/nats_cluster.h"

namespace amicus::testing {
namespace {

constexpr char kStream[] = "HARNESS";

// Publishes messages [first, first + count) and returns how many were
// acknowledged. Each has a message id, so a retry after an unanswered
// publish (a leader election under way) is stored once.
int PublishAll(JetStreamClient& client, int first, int count) {
  int acknowledged = 0;
  for (int i = first; i < first + count; ++i) {
    std::string id = absl::StrCat("message-", i);
    absl::Time deadline = absl::Now() + absl::Seconds(30);
    absl::StatusOr<uint64_t> sequence = absl::UnavailableError("not sent");
    while (!sequence.ok() && absl::Now() < deadline) {
      sequence = client.Publish(absl::StrCat("harness.", i), id, id, absl::Seconds(2));
    }
    EXPECT_TRUE(sequence.ok()) << id << ": " << sequence.status();
    if (sequence.ok()) ++acknowledged;
  }
  return acknowledged;
}

// Waits until every peer of the stream is current with its leader.
absl::StatusOr<StreamState> WaitForAllReplicasCurrent(JetStreamClient& client) {
  absl::Time deadline = absl::Now() + absl::Seconds(60);
  absl::StatusOr<StreamState> state = absl::UnavailableError("not asked");
  while (absl::Now() < deadline) {
    state = client.State(kStream);
    if (state.ok() && !state->leader.empty() && state->replicas == 2 &&
        state->current_replicas == 2) {
      return state;
    }
    absl::SleepFor(absl::Milliseconds(200));
  }
  if (!state.ok()) return state.status();
  return absl::DeadlineExceededError(absl::StrCat(
      "replicas current: ", state->current_replicas, " of ", state->replicas));
}

class NatsClusterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<NatsCluster>> cluster = NatsCluster::Start(3);
    ASSERT_TRUE(cluster.ok()) << cluster.status();
    cluster_ = *std::move(cluster);
    ASSERT_TRUE(cluster_->WaitForMetaLeader(absl::Seconds(60)).ok());
    absl::StatusOr<std::unique_ptr<JetStreamClient>> client =
        JetStreamClient::Connect(cluster_->Urls());
    ASSERT_TRUE(client.ok()) << client.status();
    client_ = *std::move(client);
    absl::Status added = client_->AddStream(kStream, "harness.>", 3);
    ASSERT_TRUE(added.ok()) << added;
  }

  std::string Logs() const {
    std::string logs;
    for (int i = 0; i < cluster_->size(); ++i) absl::StrAppend(&logs, cluster_->Log(i));
    return logs;
  }

  std::unique_ptr<NatsCluster> cluster_;
  std::unique_ptr<JetStreamClient> client_;
};

TEST_F(NatsClusterTest, FormsWithEveryNodeHoldingTheStream) {
  absl::StatusOr<StreamState> state = WaitForAllReplicasCurrent(*client_);
  ASSERT_TRUE(state.ok()) << state.status() << Logs();
  EXPECT_NE(cluster_->NodeNamed(state->leader), -1) << state->leader;
  EXPECT_EQ(PublishAll(*client_, 0, 50), 50);
  state = client_->State(kStream);
  ASSERT_TRUE(state.ok()) << state.status();
  EXPECT_EQ(state->messages, 50u);
}

TEST_F(NatsClusterTest, StreamLeaderKilledThenBackLosesNothing) {
  ASSERT_EQ(PublishAll(*client_, 0, 100), 100);
  absl::StatusOr<StreamState> before = WaitForAllReplicasCurrent(*client_);
  ASSERT_TRUE(before.ok()) << before.status();
  int leader = cluster_->NodeNamed(before->leader);
  ASSERT_NE(leader, -1) << before->leader;

  ASSERT_TRUE(cluster_->Kill(leader).ok());
  EXPECT_EQ(PublishAll(*client_, 100, 100), 100) << Logs();
  absl::StatusOr<StreamState> during = client_->State(kStream);
  ASSERT_TRUE(during.ok()) << during.status();
  EXPECT_EQ(during->messages, 200u);
  EXPECT_NE(during->leader, before->leader);

  ASSERT_TRUE(cluster_->Restart(leader).ok()) << cluster_->Log(leader);
  absl::StatusOr<StreamState> after = WaitForAllReplicasCurrent(*client_);
  ASSERT_TRUE(after.ok()) << after.status() << Logs();
  EXPECT_EQ(after->messages, 200u);
  EXPECT_EQ(after->last_sequence, 200u);
}

TEST_F(NatsClusterTest, WholeClusterStoppedAndRestartedKeepsTheStream) {
  ASSERT_EQ(PublishAll(*client_, 0, 100), 100);
  ASSERT_TRUE(WaitForAllReplicasCurrent(*client_).ok());
  ASSERT_TRUE(cluster_->StopAll().ok());
  absl::StatusOr<uint64_t> refused =
      client_->Publish("harness.x", "x", "while-down", absl::Milliseconds(500));
  EXPECT_FALSE(refused.ok());

  ASSERT_TRUE(cluster_->RestartAll().ok()) << Logs();
  ASSERT_TRUE(cluster_->WaitForMetaLeader(absl::Seconds(60)).ok()) << Logs();
  EXPECT_EQ(PublishAll(*client_, 100, 10), 10) << Logs();
  absl::StatusOr<StreamState> state = client_->State(kStream);
  ASSERT_TRUE(state.ok()) << state.status();
  EXPECT_EQ(state->messages, 110u);
}

}  // namespace
}  // namespace amicus::testing
