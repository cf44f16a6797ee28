// The six scenarios of issue 13 against real processes: 3 nats-server
// nodes (JetStream), 2 amicus-ingest and 3 amicus-query replicas.
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/cluster/cluster_fixture.h"
#include "tests/cluster/cluster_load.h"
#include "tests/cluster/jetstream_client.h"
#include "tests/reliability/generated_statements.h"

namespace amicus::testing {
namespace {

constexpr char kLogStream[] = "AMICUS";

std::set<std::string> Ids(const std::map<int, v1::IngestResponse>& acknowledged) {
  std::set<std::string> ids;
  for (const auto& [n, response] : acknowledged) ids.insert(response.document_id());
  return ids;
}

// Acknowledged documents a replica's listing lacks, and ids it lists twice.
void ExpectExactlyOnce(const ReplicaContents& contents,
                       const std::map<int, v1::IngestResponse>& acknowledged) {
  std::set<std::string> listed(contents.document_ids.begin(), contents.document_ids.end());
  EXPECT_EQ(listed.size(), contents.document_ids.size()) << "a document is listed twice";
  int lost = 0;
  for (const std::string& id : Ids(acknowledged)) lost += listed.count(id) == 0;
  EXPECT_EQ(lost, 0) << "acknowledged documents missing";
}

grpc::Status Ingest(ServiceProcess& ingest, const Statement& statement, absl::Duration deadline,
                    v1::IngestResponse* response) {
  v1::IngestRequest request;
  request.set_source_uri(statement.source_uri);
  request.set_content(statement.content);
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
  return ingest.IngestStub()->Ingest(&context, request, response);
}

// Ingests `count` statements from `first` through both ingest replicas at
// once; every one must be acknowledged.
std::map<int, v1::IngestResponse> IngestAll(const std::vector<ServiceProcess*>& ingest,
                                            int first, int count) {
  ClusterLoad load(ingest, first, count);
  load.Start(8);
  EXPECT_TRUE(load.WaitForAcknowledged(count, absl::Minutes(5)));
  load.Stop();
  EXPECT_TRUE(load.CreatedTwice().empty());
  return load.Acknowledged();
}

int64_t MaxPosition(const std::map<int, v1::IngestResponse>& acknowledged) {
  int64_t position = 0;
  for (const auto& [n, response] : acknowledged) {
    position = std::max<int64_t>(position, response.log_position());
  }
  return position;
}

using ClusterScenarioTest = ClusterTest;

// 1. A few thousand documents through both ingest replicas at once: every
// query replica streams byte-identical documents, events, quotes and
// signatory sets.
TEST_F(ClusterScenarioTest, EveryReplicaStreamsIdenticalBytes) {
  constexpr int kDocuments = 2000;
  std::map<int, v1::IngestResponse> acknowledged = IngestAll(IngestReplicas(), 0, kDocuments);
  ASSERT_EQ(acknowledged.size(), static_cast<size_t>(kDocuments)) << Logs();
  std::set<int64_t> positions;
  for (const auto& [n, response] : acknowledged) {
    EXPECT_TRUE(response.created()) << n;
    EXPECT_GT(response.log_position(), 0) << n;
    positions.insert(response.log_position());
  }
  EXPECT_EQ(positions.size(), acknowledged.size()) << "two documents share a log position";

  ReplicaContents contents = ExpectIdenticalReplicas(MaxPosition(acknowledged));
  EXPECT_EQ(contents.document_ids.size(), static_cast<size_t>(kDocuments));
  EXPECT_GT(contents.events.size(), 0u);
  EXPECT_GT(contents.quotes.size(), 0u);
  EXPECT_GT(contents.signatory_sets.size(), 0u);
  ExpectExactlyOnce(contents, acknowledged);
}

// 2. kill -9 of a NATS node (the log's leader) during ingest, then back:
// ingest goes on and nothing acknowledged is lost.
TEST_F(ClusterScenarioTest, NatsNodeKilledDuringIngestLosesNothingAcknowledged) {
  constexpr int kDocuments = 1500;
  absl::StatusOr<std::unique_ptr<JetStreamClient>> log = JetStreamClient::Connect(nats_->Urls());
  ASSERT_TRUE(log.ok()) << log.status();
  ClusterLoad load(IngestReplicas(), 0, kDocuments);
  load.Start(8);
  ASSERT_TRUE(load.WaitForAcknowledged(300, absl::Minutes(2))) << Logs();
  absl::StatusOr<StreamState> state = (*log)->State(kLogStream);
  ASSERT_TRUE(state.ok()) << state.status();
  EXPECT_EQ(state->replicas, 2) << "the log is not replicated on three nodes";
  int leader = nats_->NodeNamed(state->leader);
  ASSERT_NE(leader, -1) << state->leader;
  ASSERT_TRUE(nats_->Kill(leader).ok());
  size_t acknowledged_at_kill = load.Acknowledged().size();
  ASSERT_TRUE(load.WaitForAcknowledged(acknowledged_at_kill + 300, absl::Minutes(2)))
      << "ingest stopped with a NATS node down" << Logs();
  ASSERT_TRUE(nats_->Restart(leader).ok()) << nats_->Log(leader);
  ASSERT_TRUE(load.WaitForAcknowledged(kDocuments, absl::Minutes(5))) << Logs();
  load.Stop();
  std::map<int, v1::IngestResponse> acknowledged = load.Acknowledged();
  EXPECT_TRUE(load.CreatedTwice().empty());

  ReplicaContents contents = ExpectIdenticalReplicas(load.max_log_position());
  EXPECT_EQ(contents.document_ids.size(), static_cast<size_t>(kDocuments));
  ExpectExactlyOnce(contents, acknowledged);
  std::cout << "NATS node kill: " << acknowledged.size() << " acknowledged, "
            << load.failed_calls() << " calls failed and were retried\n";
}

// 3. kill -9 of a query replica while it applies the log, then a restart on
// the same directory: it converges, every document exactly once.
TEST_F(ClusterScenarioTest, QueryReplicaKilledDuringApplyConvergesExactlyOnce) {
  constexpr int kDocuments = 1500;
  ClusterLoad load(IngestReplicas(), 0, kDocuments);
  load.Start(8);
  ASSERT_TRUE(load.WaitForAcknowledged(300, absl::Minutes(2))) << Logs();
  ASSERT_TRUE(query_[2]->Kill().ok());
  ASSERT_TRUE(load.WaitForAcknowledged(900, absl::Minutes(2))) << Logs();
  ASSERT_TRUE(query_[2]->Restart().ok()) << query_[2]->Log();
  ASSERT_TRUE(load.WaitForAcknowledged(kDocuments, absl::Minutes(5))) << Logs();
  load.Stop();
  ASSERT_TRUE(query_[2]->WaitUntilServing(kQueryService, absl::Minutes(2)).ok())
      << query_[2]->Log();

  ReplicaContents contents = ExpectIdenticalReplicas(load.max_log_position());
  EXPECT_EQ(contents.document_ids.size(), static_cast<size_t>(kDocuments));
  ExpectExactlyOnce(contents, load.Acknowledged());
}

// Reads `batches` responses of StreamQuotes and returns their records and
// the last resume token.
std::pair<std::vector<std::string>, std::string> FirstQuoteBatches(v1::QueryService::Stub& stub,
                                                                  int batches,
                                                                  int64_t position) {
  v1::StreamQuotesRequest request;
  request.set_min_log_position(position);
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(60)));
  auto reader = stub.StreamQuotes(&context, request);
  std::vector<std::string> records;
  std::string token;
  v1::StreamQuotesResponse batch;
  for (int i = 0; i < batches && reader->Read(&batch); ++i) {
    for (const v1::Quote& quote : batch.quotes()) records.push_back(WireBytes(quote));
    token = batch.resume_token();
  }
  context.TryCancel();
  (void)reader->Finish();
  return {records, token};
}

// 4. A fresh replica catches up from the log; a resume token taken on one
// replica resumes on another with no gap and no repeat.
TEST_F(ClusterScenarioTest, FreshReplicaCatchesUpAndTokensResumeOnAnyReplica) {
  std::map<int, v1::IngestResponse> acknowledged = IngestAll(IngestReplicas(), 0, 600);
  ASSERT_EQ(acknowledged.size(), 600u) << Logs();
  const int64_t position = MaxPosition(acknowledged);

  absl::StatusOr<std::unique_ptr<ServiceProcess>> fresh = StartQuery(NewDatabaseDirectory());
  ASSERT_TRUE(fresh.ok()) << fresh.status();
  query_.push_back(*std::move(fresh));
  ReplicaContents contents = ExpectIdenticalReplicas(position);
  EXPECT_EQ(contents.document_ids.size(), 600u);

  // Batches grow from a first one of one record (BatchPolicy): two of
  // them end well inside the stream.
  auto [head, token] = FirstQuoteBatches(*query_[0]->QueryStub(), 2, position);
  ASSERT_FALSE(token.empty());
  ASSERT_LT(head.size(), contents.quotes.size());
  v1::StreamQuotesRequest rest_request;
  rest_request.set_resume_token(token);
  rest_request.set_min_log_position(position);
  std::vector<std::string> whole = head;
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(60)));
  auto reader = query_.back()->QueryStub()->StreamQuotes(&context, rest_request);
  v1::StreamQuotesResponse batch;
  while (reader->Read(&batch)) {
    for (const v1::Quote& quote : batch.quotes()) whole.push_back(WireBytes(quote));
  }
  grpc::Status finished = reader->Finish();
  ASSERT_TRUE(finished.ok()) << finished.error_message();
  EXPECT_EQ(whole.size(), contents.quotes.size());
  EXPECT_TRUE(whole == contents.quotes) << "gap or repeat after resuming on another replica";
}

// 5. The same document through both ingest replicas at the same moment:
// stored once, created=true exactly once, both answers at one position.
TEST_F(ClusterScenarioTest, SameDocumentThroughBothIngestReplicasIsCreatedOnce) {
  constexpr int kDocuments = 40;
  std::vector<v1::IngestResponse> responses(2 * kDocuments);
  std::vector<grpc::Status> statuses(2 * kDocuments);
  for (int d = 0; d < kDocuments; ++d) {
    Statement statement = GeneratedStatement(100000 + d);
    std::thread other([&, d] {
      statuses[2 * d + 1] = Ingest(*ingest_[1], statement, absl::Seconds(30), &responses[2 * d + 1]);
    });
    statuses[2 * d] = Ingest(*ingest_[0], statement, absl::Seconds(30), &responses[2 * d]);
    other.join();
  }
  int64_t position = 0;
  for (int d = 0; d < kDocuments; ++d) {
    const v1::IngestResponse& a = responses[2 * d];
    const v1::IngestResponse& b = responses[2 * d + 1];
    ASSERT_TRUE(statuses[2 * d].ok()) << statuses[2 * d].error_message();
    ASSERT_TRUE(statuses[2 * d + 1].ok()) << statuses[2 * d + 1].error_message();
    EXPECT_EQ(a.document_id(), b.document_id());
    EXPECT_NE(a.created(), b.created()) << "document " << d << ": created=true "
                                        << (a.created() ? "twice" : "never");
    EXPECT_EQ(a.log_position(), b.log_position()) << "document " << d;
    position = std::max<int64_t>(position, std::max(a.log_position(), b.log_position()));
  }
  ReplicaContents contents = ExpectIdenticalReplicas(position);
  std::set<std::string> listed(contents.document_ids.begin(), contents.document_ids.end());
  EXPECT_EQ(contents.document_ids.size(), static_cast<size_t>(kDocuments));
  EXPECT_EQ(listed.size(), static_cast<size_t>(kDocuments));
}

// 6. The whole NATS cluster stopped: ingest fails fast and says why, the
// query replicas keep answering and say how stale they are; NATS back:
// everything resumes by itself.
TEST_F(ClusterScenarioTest, WholeNatsClusterDownIngestFailsFastQueriesKeepAnswering) {
  std::map<int, v1::IngestResponse> acknowledged = IngestAll(IngestReplicas(), 0, 100);
  ASSERT_EQ(acknowledged.size(), 100u) << Logs();
  ExpectIdenticalReplicas(MaxPosition(acknowledged));

  ASSERT_TRUE(nats_->StopAll().ok());
  for (size_t i = 0; i < ingest_.size(); ++i) {
    v1::IngestResponse response;
    grpc::Status status = Ingest(*ingest_[i], GeneratedStatement(5000), absl::Seconds(10), &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE)
        << "ingest " << i << ": " << status.error_message();
    EXPECT_NE(status.error_message().find("NATS"), std::string::npos) << status.error_message();
  }
  absl::SleepFor(absl::Seconds(1));
  for (size_t i = 0; i < query_.size(); ++i) {
    absl::StatusOr<ReplicaContents> contents =
        ReadReplica(*query_[i]->QueryStub(), 0, absl::Seconds(30));
    ASSERT_TRUE(contents.ok()) << "query " << i << ": " << contents.status();
    EXPECT_EQ(contents->document_ids.size(), 100u);
    v1::ReplicationStatus status;
    grpc::ClientContext context;
    context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(10)));
    grpc::Status answered = query_[i]->QueryStub()->GetReplicationStatus(
        &context, v1::GetReplicationStatusRequest(), &status);
    ASSERT_TRUE(answered.ok()) << answered.error_message();
    EXPECT_EQ(status.applied_log_position(), MaxPosition(acknowledged));
    EXPECT_TRUE(status.has_last_contact_time());
    EXPECT_GT(status.staleness().seconds() * 1000 + status.staleness().nanos() / 1000000, 0)
        << status.DebugString();
  }

  ASSERT_TRUE(nats_->RestartAll().ok()) << Logs();
  ASSERT_TRUE(nats_->WaitForMetaLeader(absl::Seconds(60)).ok()) << Logs();
  v1::IngestResponse response;
  grpc::Status status;
  absl::Time deadline = absl::Now() + absl::Seconds(60);
  while (true) {
    status = Ingest(*ingest_[1], GeneratedStatement(5001), absl::Seconds(10), &response);
    if (status.ok() || absl::Now() > deadline) break;
    absl::SleepFor(absl::Milliseconds(200));
  }
  ASSERT_TRUE(status.ok()) << status.error_message() << Logs();
  EXPECT_TRUE(response.created());
  ReplicaContents contents = ExpectIdenticalReplicas(response.log_position());
  EXPECT_EQ(contents.document_ids.size(), 101u);
}

}  // namespace
}  // namespace amicus::testing
