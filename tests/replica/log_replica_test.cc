// amicus-query --nats applying the log of a real nats-server -js: exactly
// once across kill -9, identical replicas, and serving while NATS is down.
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "server/nats/log_stream.h"
#include "server/nats/nats_connection.h"
#include "store/key_codec.h"
#include "tests/nats/nats_server.h"
#include "tests/replica/replica_process.h"
#include "tests/store/db_inspection.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::testing {
namespace {

class LogReplicaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto server = NatsServer::Start(dir_.Sub("nats"));
    ASSERT_TRUE(server.ok()) << server.status();
    nats_ = *std::move(server);
    nats::NatsConnectionOptions options;
    options.urls = nats_->url();
    options.name = "log_replica_test";
    auto connection = nats::NatsConnection::Connect(options);
    ASSERT_TRUE(connection.ok()) << connection.status();
    publisher_ = *std::move(connection);
    ASSERT_TRUE(nats::EnsureStream(*publisher_).ok());
  }

  // Publishes a put of document `id` (create_time stamped, as the ingest
  // replica does) or its tombstone; returns the entry's sequence. An
  // `old_form` put is written as entries were before they were compressed.
  uint64_t Publish(const std::string& id, bool put = true,
                   bool old_form = false) {
    v1::Extraction extraction = SanctionsPressRelease(id);
    extraction.mutable_document()->mutable_create_time()->set_seconds(
        1700000000 + static_cast<int64_t>(published_.size()));
    absl::StatusOr<nats::MsgPtr> msg =
        !put       ? nats::EncodeDelete(id)
        : old_form ? OldFormPut(extraction)
                   : nats::EncodePut(extraction);
    EXPECT_TRUE(msg.ok()) << msg.status();
    if (!msg.ok()) return 0;
    jsPubAck* ack = nullptr;
    jsErrCode js_error = static_cast<jsErrCode>(0);
    // The library may still be reconnecting after a NATS restart.
    natsStatus s = NATS_ERR;
    for (int attempt = 0; attempt < 100 && s != NATS_OK; ++attempt) {
      s = js_PublishMsg(&ack, publisher_->jetstream(), msg->get(), nullptr,
                        &js_error);
      if (s != NATS_OK)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(s, NATS_OK) << natsStatus_GetText(s) << " " << js_error;
    if (s != NATS_OK) return 0;
    const uint64_t seq = ack->Sequence;
    jsPubAck_Destroy(ack);
    published_[id] = put ? seq : 0;
    last_ = seq;
    return seq;
  }

  // No Amicus-Encoding header, the serialized Extraction as it is.
  static absl::StatusOr<nats::MsgPtr> OldFormPut(
      const v1::Extraction& extraction) {
    const std::string payload = extraction.SerializeAsString();
    const std::string subject = nats::SubjectFor(extraction.document().id());
    natsMsg* raw = nullptr;
    if (natsMsg_Create(&raw, subject.c_str(), nullptr, payload.data(),
                       static_cast<int>(payload.size())) != NATS_OK) {
      return absl::InternalError("natsMsg_Create");
    }
    nats::MsgPtr msg(raw);
    if (natsMsgHeader_Set(msg.get(), nats::kOpHeader, nats::kOpPut) != NATS_OK) {
      return absl::InternalError("natsMsgHeader_Set");
    }
    return msg;
  }

  // The sequences of the documents the log holds now (MaxMsgsPerSubject
  // 1: the newest entry of each), which every replica must store exactly.
  std::set<uint64_t> ExpectedSeqs() const {
    std::set<uint64_t> seqs;
    for (const auto& [id, seq] : published_) {
      if (seq != 0) seqs.insert(seq);
    }
    return seqs;
  }

  std::unique_ptr<ReplicaProcess> StartReplica(const std::string& name) {
    auto replica = ReplicaProcess::Start(nats_->url(), dir_.Sub(name));
    EXPECT_TRUE(replica.ok()) << replica.status();
    return replica.ok() ? *std::move(replica) : nullptr;
  }

  void ExpectAt(ReplicaProcess& replica, uint64_t position) {
    absl::StatusOr<v1::ReplicationStatus> status =
        replica.WaitForPosition(static_cast<int64_t>(position));
    ASSERT_TRUE(status.ok()) << status.status();
    EXPECT_EQ(status->applied_log_position(), static_cast<int64_t>(position))
        << replica.process().Stderr();
    EXPECT_EQ(status->mode(), v1::ReplicationStatus::MODE_NATS);
  }

  TempDir dir_;
  std::unique_ptr<NatsServer> nats_;
  std::unique_ptr<nats::NatsConnection> publisher_;
  std::map<std::string, uint64_t> published_;  // id -> put seq, 0: deleted
  uint64_t last_ = 0;
};

std::set<uint64_t> StoredDocumentSeqs(const std::string& db) {
  std::set<uint64_t> seqs;
  DatabaseDump dump = DumpDatabase(db);
  for (const auto& [key, value] : dump["documents"]) {
    seqs.insert(store::DecodeSeq(key));
  }
  return seqs;
}

TEST_F(LogReplicaTest, AKilledReplicaResumesWithNoGapAndNoDuplicate) {
  constexpr int kDocuments = 3000;
  for (int i = 0; i < kDocuments; ++i) Publish(absl::StrCat("doc", i));
  // Deletes and a re-put after a delete, so sequences have gaps.
  for (int i = 0; i < kDocuments; i += 10)
    Publish(absl::StrCat("doc", i), false);
  Publish("doc0");

  std::unique_ptr<ReplicaProcess> replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  // Kill it while it applies: part of the log applied, part not.
  int64_t applied_at_kill = 0;
  while (applied_at_kill == 0) {
    absl::StatusOr<v1::ReplicationStatus> status = replica->Status();
    ASSERT_TRUE(status.ok()) << status.status();
    applied_at_kill = status->applied_log_position();
  }
  ASSERT_TRUE(replica->process().Kill(absl::Seconds(10)).ok());
  replica.reset();
  // Else the kill came after the apply and tested nothing.
  RecordProperty("applied_at_kill", static_cast<int>(applied_at_kill));
  EXPECT_LT(applied_at_kill, static_cast<int64_t>(last_));

  replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  // NOT_SERVING until it has caught up with the log as it was at start.
  ASSERT_TRUE(replica->WaitUntilServing().ok());
  absl::StatusOr<v1::ReplicationStatus> serving = replica->Status();
  ASSERT_TRUE(serving.ok()) << serving.status();
  EXPECT_EQ(serving->applied_log_position(), static_cast<int64_t>(last_));
  EXPECT_TRUE(serving->caught_up());
  // Readable on a second instance only once the replica has closed it.
  ASSERT_TRUE(replica->process().Terminate(absl::Seconds(30)).ok());
  EXPECT_EQ(StoredDocumentSeqs(dir_.Sub("replica")), ExpectedSeqs())
      << "killed at applied position " << applied_at_kill;
  std::map<std::string, int> counts = CountKeysPerCf(dir_.Sub("replica"));
  const int stored = static_cast<int>(ExpectedSeqs().size());
  EXPECT_EQ(counts["document_ids"], stored);
  EXPECT_EQ(counts["events"], 2 * stored);
  EXPECT_EQ(counts["quotes"], stored);
}

TEST_F(LogReplicaTest, TwoReplicasServeIdenticalStreamsAndEachOthersTokens) {
  for (int i = 0; i < 40; ++i) Publish(absl::StrCat("doc", i));
  Publish("doc3", false);
  std::unique_ptr<ReplicaProcess> one = StartReplica("one");
  std::unique_ptr<ReplicaProcess> two = StartReplica("two");
  ASSERT_NE(one, nullptr);
  ASSERT_NE(two, nullptr);
  ExpectAt(*one, last_);
  ExpectAt(*two, last_);
  absl::StatusOr<std::vector<std::string>> records_one = one->AllRecords();
  absl::StatusOr<std::vector<std::string>> records_two = two->AllRecords();
  ASSERT_TRUE(records_one.ok()) << records_one.status();
  ASSERT_TRUE(records_two.ok()) << records_two.status();
  // 39 documents, 78 events, 39 quotes.
  EXPECT_EQ(records_one->size(), 39u * 4u);
  EXPECT_TRUE(*records_one == *records_two);

  // A token from one replica resumes on the other, with no gap or repeat.
  grpc::ClientContext first_context;
  v1::ListDocumentsRequest request;
  request.set_omit_text(true);
  auto first = one->stub().ListDocuments(&first_context, request);
  v1::ListDocumentsResponse response;
  ASSERT_TRUE(first->Read(&response));
  first_context.TryCancel();
  std::vector<std::string> ids;
  for (const auto& document : response.documents())
    ids.push_back(document.id());
  ASSERT_LT(ids.size(), 39u) << "the first batch holds everything";
  request.set_resume_token(response.resume_token());
  grpc::ClientContext rest_context;
  auto rest = two->stub().ListDocuments(&rest_context, request);
  while (rest->Read(&response)) {
    for (const auto& document : response.documents()) {
      ids.push_back(document.id());
    }
  }
  ASSERT_TRUE(rest->Finish().ok());
  std::vector<std::string> expected;
  for (int i = 0; i < 40; ++i) {
    if (i != 3) expected.push_back(absl::StrCat("doc", i));
  }
  EXPECT_EQ(ids, expected);
}

// A stream written partly before entries were compressed: a replica
// applies both forms alike, skipping none.
TEST_F(LogReplicaTest, AppliesAStreamOfOldFormAndCompressedEntries) {
  for (int i = 0; i < 40; ++i) {
    Publish(absl::StrCat("doc", i), /*put=*/true, /*old_form=*/i < 20);
  }
  std::unique_ptr<ReplicaProcess> replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  ExpectAt(*replica, last_);
  absl::StatusOr<std::vector<std::string>> records = replica->AllRecords();
  ASSERT_TRUE(records.ok()) << records.status();
  EXPECT_EQ(records->size(), 40u * 4u);  // each: document, 2 events, quote
  EXPECT_EQ(replica->process().Stderr().find("skipping log entry"),
            std::string::npos)
      << replica->process().Stderr();
  ASSERT_TRUE(replica->process().Terminate(absl::Seconds(30)).ok());
  EXPECT_EQ(StoredDocumentSeqs(dir_.Sub("replica")), ExpectedSeqs());
}

// The log's end a replica reports only moves forward, also while entries
// it was sent long ago (telling the end as it was then) wait in its queue.
TEST_F(LogReplicaTest, ReportedLogEndNeverMovesBackWhileEntriesArrive) {
  Publish("doc0");
  std::unique_ptr<ReplicaProcess> replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  ExpectAt(*replica, last_);
  // Asynchronous publishes outrun the replica's apply, so deliveries queue.
  constexpr int kDocuments = 4000;
  std::thread publisher([this] {
    for (int i = 1; i < kDocuments; ++i) {
      v1::Extraction extraction = SanctionsPressRelease(absl::StrCat("doc", i));
      extraction.mutable_document()->mutable_create_time()->set_seconds(
          1700000000 + i);
      absl::StatusOr<nats::MsgPtr> msg = nats::EncodePut(extraction);
      ASSERT_TRUE(msg.ok()) << msg.status();
      natsMsg* raw = msg->release();
      ASSERT_EQ(js_PublishMsgAsync(publisher_->jetstream(), &raw, nullptr),
                NATS_OK);
      natsMsg_Destroy(raw);  // null once the library took it
    }
    jsPubOptions wait;
    jsPubOptions_Init(&wait);
    wait.MaxWait = 60000;
    EXPECT_EQ(js_PublishAsyncComplete(publisher_->jetstream(), &wait), NATS_OK);
  });
  int64_t highest = 0;
  int moved_back = 0;
  const absl::Time deadline = absl::Now() + absl::Seconds(120);
  while (absl::Now() < deadline) {
    absl::StatusOr<v1::ReplicationStatus> status = replica->Status();
    ASSERT_TRUE(status.ok()) << status.status();
    if (status->log_last_position() < highest) ++moved_back;
    highest = std::max(highest, status->log_last_position());
    if (status->applied_log_position() >= kDocuments) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  publisher.join();
  EXPECT_EQ(moved_back, 0);
  ExpectAt(*replica, kDocuments);
}

// Polls the process's log for `text`; whether it came within `timeout`.
bool LogShows(ReplicaProcess& replica, const std::string& text,
              absl::Duration timeout = absl::Seconds(60)) {
  const absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    if (replica.process().Stderr().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

TEST_F(LogReplicaTest, AStreamDeletedAndRecreatedIsRefusedNotTakenForTheOldOne) {
  for (int i = 0; i < 5; ++i) Publish(absl::StrCat("old", i));
  std::unique_ptr<ReplicaProcess> replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  ASSERT_TRUE(replica->WaitUntilServing().ok());
  ExpectAt(*replica, 5);

  // The stream is deleted and created again: its sequences restart at 1,
  // so entries 6 and 7 of the new stream would pass for the old stream's
  // next ones.
  jsErrCode js_error = static_cast<jsErrCode>(0);
  ASSERT_EQ(js_DeleteStream(publisher_->jetstream(), nats::kStreamName, nullptr,
                            &js_error),
            NATS_OK)
      << js_error;
  ASSERT_TRUE(nats::EnsureStream(*publisher_).ok());
  published_.clear();
  for (int i = 0; i < 7; ++i) Publish(absl::StrCat("new", i));
  ASSERT_EQ(last_, 7u);

  constexpr char kRefusal[] = "was deleted and recreated";
  EXPECT_TRUE(LogShows(*replica, kRefusal)) << replica->process().Stderr();
  EXPECT_TRUE(replica->WaitForHealth(/*serving=*/false).ok())
      << replica->process().Stderr();
  absl::StatusOr<v1::ReplicationStatus> status = replica->Status();
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_EQ(status->applied_log_position(), 5);
  absl::StatusOr<std::vector<std::string>> records = replica->AllRecords();
  ASSERT_TRUE(records.ok()) << records.status();
  EXPECT_EQ(records->size(), 5u * 4u) << "an entry of the new stream was applied";

  // Restarted on the same database it refuses at once, staying NOT_SERVING.
  ASSERT_TRUE(replica->process().Terminate(absl::Seconds(30)).ok());
  replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  EXPECT_TRUE(LogShows(*replica, kRefusal)) << replica->process().Stderr();
  EXPECT_TRUE(replica->WaitForHealth(/*serving=*/false).ok());
  status = replica->Status();
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_EQ(status->applied_log_position(), 5);
  ASSERT_TRUE(replica->process().Terminate(absl::Seconds(30)).ok());
  EXPECT_EQ(StoredDocumentSeqs(dir_.Sub("replica")),
            (std::set<uint64_t>{1, 2, 3, 4, 5}));

  // Rebuilt from an empty directory, as the message says, it applies the
  // new stream whole.
  std::unique_ptr<ReplicaProcess> rebuilt = StartReplica("rebuilt");
  ASSERT_NE(rebuilt, nullptr);
  ASSERT_TRUE(rebuilt->WaitUntilServing().ok());
  ExpectAt(*rebuilt, 7);
  records = rebuilt->AllRecords();
  ASSERT_TRUE(records.ok()) << records.status();
  EXPECT_EQ(records->size(), 7u * 4u);
}

TEST_F(LogReplicaTest, ServesWhileNatsIsDownAndResumesWhenItIsBack) {
  for (int i = 0; i < 10; ++i) Publish(absl::StrCat("doc", i));
  std::unique_ptr<ReplicaProcess> replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  ExpectAt(*replica, last_);

  ASSERT_TRUE(nats_->Stop().ok());
  absl::StatusOr<v1::ReplicationStatus> before = replica->Status();
  ASSERT_TRUE(before.ok()) << before.status();
  std::this_thread::sleep_for(std::chrono::seconds(2));
  absl::StatusOr<v1::ReplicationStatus> after = replica->Status();
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_GT(after->staleness().seconds(), before->staleness().seconds())
      << "staleness " << before->staleness().ShortDebugString() << " then "
      << after->staleness().ShortDebugString();
  EXPECT_EQ(after->applied_log_position(), static_cast<int64_t>(last_));
  absl::StatusOr<std::vector<std::string>> records = replica->AllRecords();
  ASSERT_TRUE(records.ok()) << records.status();
  EXPECT_EQ(records->size(), 10u * 4u);

  ASSERT_TRUE(nats_->Restart().ok());
  const uint64_t newest = Publish("after-restart");
  // Read your writes: a read at the new entry's position waits for it.
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(60));
  v1::GetDocumentRequest get;
  get.set_document_id("after-restart");
  get.set_min_log_position(static_cast<int64_t>(newest));
  v1::Document document;
  grpc::Status got = replica->stub().GetDocument(&context, get, &document);
  EXPECT_TRUE(got.ok()) << got.error_message() << "\n"
                        << replica->process().Stderr();
  EXPECT_EQ(document.id(), "after-restart");
  absl::StatusOr<v1::ReplicationStatus> resumed = replica->Status();
  ASSERT_TRUE(resumed.ok());
  EXPECT_TRUE(resumed->caught_up());
  EXPECT_LT(resumed->staleness().seconds(), after->staleness().seconds());
}

TEST_F(LogReplicaTest, StartsWithoutNatsOnWhatItHasThenAppliesWhenNatsComes) {
  for (int i = 0; i < 5; ++i) Publish(absl::StrCat("doc", i));
  std::unique_ptr<ReplicaProcess> replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  ExpectAt(*replica, last_);
  ASSERT_TRUE(replica->process().Terminate(absl::Seconds(30)).ok());
  ASSERT_TRUE(nats_->Stop().ok());

  // --nats_wait=2s: then it serves its own copy, saying it is not caught up.
  replica = StartReplica("replica");
  ASSERT_NE(replica, nullptr);
  ASSERT_TRUE(replica->WaitUntilServing().ok());
  absl::StatusOr<v1::ReplicationStatus> stale = replica->Status();
  ASSERT_TRUE(stale.ok()) << stale.status();
  EXPECT_EQ(stale->applied_log_position(), static_cast<int64_t>(last_));
  EXPECT_FALSE(stale->caught_up());
  EXPECT_FALSE(stale->has_last_contact_time());
  absl::StatusOr<std::vector<std::string>> records = replica->AllRecords();
  ASSERT_TRUE(records.ok()) << records.status();
  EXPECT_EQ(records->size(), 5u * 4u);

  ASSERT_TRUE(nats_->Restart().ok());
  ExpectAt(*replica, Publish("doc5"));
  absl::StatusOr<v1::ReplicationStatus> fresh = replica->Status();
  ASSERT_TRUE(fresh.ok()) << fresh.status();
  EXPECT_TRUE(fresh->caught_up());
  EXPECT_TRUE(fresh->has_last_contact_time());
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_F(LogReplicaTest, ReadsItsWritesThroughARealIngestReplica) {
  auto ingest =
      Subprocess::Start({std::string(AMICUS_BIN_DIR) + "/amicus-ingest",
                         "--nats=" + nats_->url(), "--listen=127.0.0.1:0"});
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  auto address = (*ingest)->WaitForListenAddress(absl::Seconds(60));
  ASSERT_TRUE(address.ok()) << address.status();
  auto ingest_stub = v1::IngestService::NewStub(
      grpc::CreateChannel(*address, grpc::InsecureChannelCredentials()));
  std::unique_ptr<ReplicaProcess> one = StartReplica("one");
  std::unique_ptr<ReplicaProcess> two = StartReplica("two");
  ASSERT_NE(one, nullptr);
  ASSERT_NE(two, nullptr);

  int ingested = 0;
  for (const auto& file :
       std::filesystem::directory_iterator(AMICUS_EXAMPLES_DIR)) {
    v1::IngestRequest request;
    request.set_source_uri("file://" + file.path().string());
    request.set_content(ReadFile(file.path()));
    v1::IngestResponse response;
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(60));
    grpc::Status status = ingest_stub->Ingest(&context, request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message() << "\n"
                             << (*ingest)->Stderr();
    ASSERT_GT(response.log_position(), 0);
    ++ingested;
    // At once, on both replicas: the read waits for the entry.
    std::string bytes[2];
    for (int i = 0; i < 2; ++i) {
      ReplicaProcess& replica = i == 0 ? *one : *two;
      v1::GetExtractionRequest get;
      get.set_document_id(response.document_id());
      get.set_min_log_position(response.log_position());
      v1::Extraction extraction;
      grpc::ClientContext get_context;
      get_context.set_deadline(std::chrono::system_clock::now() +
                               std::chrono::seconds(60));
      grpc::Status got =
          replica.stub().GetExtraction(&get_context, get, &extraction);
      ASSERT_TRUE(got.ok()) << got.error_message();
      EXPECT_EQ(extraction.events_size(), response.event_count());
      EXPECT_TRUE(extraction.document().has_create_time());
      bytes[i] = extraction.SerializeAsString();
    }
    // create_time included: the ingest replica's, on every query replica.
    EXPECT_TRUE(bytes[0] == bytes[1]) << file.path();
  }
  EXPECT_EQ(ingested, 5);
}

}  // namespace
}  // namespace amicus::testing
