// kill -9 amicus-ingest at random moments while documents stream in, many
// times, and check what an acknowledgment promises (RELIABILITY.md): every
// acknowledged document is stored whole, no document is half-stored,
// indexes agree with records, and amicus-query serves throughout.
//
// AMICUS_CRASH_ROUNDS sets the number of kills (default 4, the CI mode;
// the long mode is 50 or more); AMICUS_CRASH_SEED replays a run.
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>
#include <set>
#include <thread>

#include "extract/extractor.h"
#include "extract/system_dictionary.h"
#include "google/protobuf/util/message_differencer.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"
#include "tests/reliability/database_contents.h"
#include "tests/reliability/follow_reader.h"
#include "tests/reliability/generated_statements.h"
#include "tests/reliability/ingest_load.h"
#include "tests/reliability/ingest_process.h"
#include "tests/reliability/query_watcher.h"
#include "tests/reliability/store_consistency.h"

namespace amicus::testing {
namespace {

int EnvInt(const char* name, int fallback) {
  const char* value = getenv(name);
  return value != nullptr ? atoi(value) : fallback;
}

class CrashRestartTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir_template[] = "/tmp/amicus-crash-XXXXXX";
    ASSERT_NE(mkdtemp(dir_template), nullptr);
    dir_ = dir_template;
    db_ = dir_ + "/db";
    StartIngest();
    if (HasFatalFailure()) return;
    auto query = Subprocess::Start(
        {Binary("amicus-query"), "--db=" + db_,
         "--secondary_dir=" + dir_ + "/secondary", "--listen=127.0.0.1:0"});
    ASSERT_TRUE(query.ok()) << query.status();
    query_process_ = *std::move(query);
    auto address = query_process_->WaitForListenAddress(absl::Seconds(60));
    ASSERT_TRUE(address.ok()) << address.status();
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(-1);
    query_ = v1::QueryService::NewStub(grpc::CreateCustomChannel(
        *address, grpc::InsecureChannelCredentials(), args));
  }

  void TearDown() override {
    if (query_process_) (void)query_process_->Terminate(absl::Seconds(30));
    if (ingest_) (void)ingest_->Terminate();
    std::filesystem::remove_all(dir_);
  }

  void StartIngest() {
    auto ingest = IngestProcess::Start(db_);
    ASSERT_TRUE(ingest.ok()) << ingest.status();
    ingest_ = *std::move(ingest);
  }

  // One round: load, a kill -9 after a random delay, a restart.
  void CrashOnce(std::mt19937& random) {
    load_.Start(&ingest_->stub(), 2);
    std::uniform_int_distribution<int> delay_ms(0, 400);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    ASSERT_TRUE(ingest_->Kill().ok());
    load_.Stop();
    StartIngest();
  }

  // What the extraction library makes of every statement sent, by id.
  std::map<std::string, v1::Extraction> SentExtractions() {
    extract::ExtractOptions options;
    options.dictionary = extract::LoadSystemDictionary();
    std::map<std::string, v1::Extraction> by_id;
    for (int n : load_.Sent()) {
      Statement statement = GeneratedStatement(n);
      auto extraction =
          extract::Extract(statement.source_uri, statement.content, "", options);
      EXPECT_TRUE(extraction.ok()) << extraction.status();
      if (extraction.ok()) by_id[extraction->document().id()] = *extraction;
    }
    return by_id;
  }

  // Re-ingesting an acknowledged document finds it already stored.
  void ExpectStillStored(int n, const v1::IngestResponse& acknowledged) {
    Statement statement = GeneratedStatement(n);
    v1::IngestRequest request;
    request.set_source_uri(statement.source_uri);
    request.set_content(statement.content);
    grpc::ClientContext context;
    v1::IngestResponse again;
    grpc::Status status = ingest_->stub().Ingest(&context, request, &again);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_FALSE(again.created()) << "acknowledged statement " << n << " lost";
    EXPECT_EQ(again.document_id(), acknowledged.document_id());
    EXPECT_EQ(again.event_count(), acknowledged.event_count());
    EXPECT_EQ(again.quote_count(), acknowledged.quote_count());
    EXPECT_EQ(again.signatory_set_count(), acknowledged.signatory_set_count());
  }

  // amicus-query serves the acknowledged document as it was extracted.
  void ExpectServed(const v1::IngestResponse& acknowledged,
                    const v1::Extraction& extracted) {
    v1::GetExtractionRequest request;
    request.set_document_id(acknowledged.document_id());
    v1::Extraction served;
    grpc::Status status;
    for (int attempt = 0; attempt < 200; ++attempt) {
      grpc::ClientContext context;
      status = query_->GetExtraction(&context, request, &served);
      if (status.error_code() != grpc::StatusCode::NOT_FOUND) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_TRUE(status.ok()) << status.error_message();
    for (auto& event : *served.mutable_events()) event.clear_corroborating_sources();
    for (auto& quote : *served.mutable_quotes()) quote.clear_corroborating_sources();
    v1::Extraction expected = AsStored(extracted, served.document());
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
        expected, served))
        << acknowledged.document_id();
  }

  std::string dir_;
  std::string db_;
  std::unique_ptr<IngestProcess> ingest_;
  std::unique_ptr<Subprocess> query_process_;
  std::unique_ptr<v1::QueryService::Stub> query_;
  IngestLoad load_;
};

TEST_F(CrashRestartTest, AcknowledgedDocumentsSurviveKillNine) {
  const int rounds = EnvInt("AMICUS_CRASH_ROUNDS", 4);
  const unsigned seed = EnvInt("AMICUS_CRASH_SEED", std::random_device()());
  std::cout << "crash rounds " << rounds << ", seed " << seed << std::endl;
  std::mt19937 random(seed);
  QueryWatcher watcher(query_.get());

  for (int round = 0; round < rounds; ++round) {
    ASSERT_NO_FATAL_FAILURE(CrashOnce(random)) << "round " << round;
  }
  const auto acknowledged = load_.Acknowledged();
  for (const auto& [n, response] : acknowledged) {
    ASSERT_NO_FATAL_FAILURE(ExpectStillStored(n, response));
  }
  const auto sent = SentExtractions();
  for (const auto& [n, response] : acknowledged) {
    ASSERT_NO_FATAL_FAILURE(ExpectServed(response, sent.at(response.document_id())));
  }
  watcher.Stop();
  EXPECT_EQ(watcher.Problems(), std::vector<std::string>());
  EXPECT_GT(watcher.calls(), rounds);

  ASSERT_EQ(*ingest_->Terminate(), 0);
  auto contents = ReadDatabase(db_, dir_ + "/check");
  ASSERT_TRUE(contents.ok()) << contents.status();
  ConsistencyReport report = CheckStoreConsistency(*contents, sent);
  EXPECT_EQ(report.problems, std::vector<std::string>());
  for (const auto& [n, response] : acknowledged) {
    EXPECT_EQ(report.stored_ids.count(response.document_id()), 1u) << n;
  }
  // The check is only meaningful if the crashes hit a stream of records.
  EXPECT_GT(acknowledged.size(), static_cast<size_t>(rounds));
  std::cout << "sent " << load_.Sent().size() << ", acknowledged "
            << acknowledged.size() << ", stored " << report.stored_ids.size()
            << ", query calls " << watcher.calls() << std::endl;
}

// A follow stream opened before the ingest service is stopped, killed and
// restarted delivers every document acknowledged in between, each once:
// it stays open, or ends with a status and a resume token that continues
// it without gaps or repeats.
TEST_F(CrashRestartTest, FollowStreamOutlivesIngestRestarts) {
  FollowReader follow(query_.get());
  std::set<std::string> acknowledged;
  auto ingest_three = [&](int first) {
    for (int n = first; n < first + 3; ++n) {
      Statement statement = GeneratedStatement(n);
      v1::IngestRequest request;
      request.set_source_uri(statement.source_uri);
      request.set_content(statement.content);
      grpc::ClientContext context;
      v1::IngestResponse response;
      grpc::Status status = ingest_->stub().Ingest(&context, request, &response);
      ASSERT_TRUE(status.ok()) << status.error_message();
      acknowledged.insert(response.document_id());
    }
  };
  ASSERT_NO_FATAL_FAILURE(ingest_three(0));
  ASSERT_EQ(*ingest_->Terminate(), 0);
  ASSERT_NO_FATAL_FAILURE(StartIngest());
  ASSERT_NO_FATAL_FAILURE(ingest_three(3));
  ASSERT_TRUE(ingest_->Kill().ok());
  ASSERT_NO_FATAL_FAILURE(StartIngest());
  ASSERT_NO_FATAL_FAILURE(ingest_three(6));

  absl::Time deadline = absl::Now() + absl::Seconds(30);
  while (follow.Ids().size() < acknowledged.size() && absl::Now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  follow.Stop();
  std::vector<std::string> ids = follow.Ids();
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), acknowledged);
  EXPECT_EQ(ids.size(), acknowledged.size()) << "a document was repeated";
  for (const std::string& ending : follow.Endings()) {
    EXPECT_NE(ending.find("(token: yes)"), std::string::npos) << ending;
  }
}

}  // namespace
}  // namespace amicus::testing
