// The shared log module against a real single nats-server with JetStream.
#include "server/nats/log_stream.h"

#include <memory>
#include <string>

#include "absl/time/clock.h"
#include "gtest/gtest.h"
#include "server/nats/nats_connection.h"
#include "server/nats/nats_status.h"
#include "tests/nats/nats_server.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::nats {
namespace {

using ::amicus::testing::MakeDocument;

const std::string kId(64, 'a');

// A put entry of document kId whose payload is `payload` as it is, with no
// encoding header: the form entries had before compression.
MsgPtr UnencodedPut(const std::string& payload) {
  const std::string subject = SubjectFor(kId);
  natsMsg* raw = nullptr;
  EXPECT_EQ(natsMsg_Create(&raw, subject.c_str(), nullptr, payload.data(),
                           static_cast<int>(payload.size())),
            NATS_OK);
  MsgPtr msg(raw);
  EXPECT_EQ(natsMsgHeader_Set(msg.get(), kOpHeader, kOpPut), NATS_OK);
  return msg;
}

class LogStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<std::unique_ptr<testing::NatsServer>> server =
        testing::NatsServer::Start(dir_.Sub("nats"));
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = *std::move(server);
    NatsConnectionOptions options;
    options.urls = server_->url();
    options.name = "log_stream_test";
    absl::StatusOr<std::unique_ptr<NatsConnection>> connection =
        NatsConnection::Connect(options);
    ASSERT_TRUE(connection.ok()) << connection.status();
    connection_ = *std::move(connection);
    ASSERT_TRUE(connection_->IsConnected());
    absl::StatusOr<int64_t> replicas = EnsureStream(*connection_);
    ASSERT_TRUE(replicas.ok()) << replicas.status();
  }

  // Publishes `msg` synchronously; the PubAck's sequence, or the error
  // with its jsErrCode in `js_error`.
  absl::StatusOr<uint64_t> Publish(MsgPtr msg, jsPubOptions* options,
                                   jsErrCode* js_error) {
    jsPubAck* ack = nullptr;
    natsStatus s = js_PublishMsg(&ack, connection_->jetstream(), msg.get(),
                                 options, js_error);
    if (s != NATS_OK) return FromNats(s, *js_error, "publishing");
    const uint64_t seq = ack->Sequence;
    jsPubAck_Destroy(ack);
    return seq;
  }

  absl::StatusOr<LogEntry> Last(const std::string& id) {
    natsMsg* raw = nullptr;
    jsErrCode js_error = static_cast<jsErrCode>(0);
    natsStatus s = js_GetLastMsg(&raw, connection_->jetstream(), kStreamName,
                                 SubjectFor(id).c_str(), nullptr, &js_error);
    MsgPtr msg(raw);
    if (s != NATS_OK) return FromNats(s, js_error, "getting last message");
    return DecodeEntry(msg.get());
  }

  static jsPubOptions ExpectNoMessage() {
    jsPubOptions options;
    jsPubOptions_Init(&options);
    options.ExpectNoMessage = true;
    return options;
  }

  testing::TempDir dir_;
  std::unique_ptr<testing::NatsServer> server_;
  std::unique_ptr<NatsConnection> connection_;
};

TEST_F(LogStreamTest, SingleServerStreamGetsOneReplicaAndEnsureIsIdempotent) {
  absl::StatusOr<int64_t> again = EnsureStream(*connection_);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*again, 1);
}

TEST_F(LogStreamTest, PutRoundTripsThroughTheLog) {
  v1::Extraction extraction =
      MakeDocument(kId, v1::DOCUMENT_KIND_PRESS_RELEASE, "Body text.");
  extraction.mutable_document()->mutable_create_time()->set_seconds(1700000000);
  absl::StatusOr<MsgPtr> msg = EncodePut(extraction);
  ASSERT_TRUE(msg.ok()) << msg.status();
  EXPECT_EQ(natsMsg_GetSubject(msg->get()), "amicus.doc." + kId);
  jsErrCode js_error = static_cast<jsErrCode>(0);
  absl::StatusOr<uint64_t> seq = Publish(*std::move(msg), nullptr, &js_error);
  ASSERT_TRUE(seq.ok()) << seq.status();

  absl::StatusOr<LogEntry> entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kPut) << entry->problem;
  EXPECT_EQ(entry->sequence, *seq);
  EXPECT_EQ(entry->document_id, kId);
  ASSERT_TRUE(entry->extraction.has_value());
  EXPECT_EQ(entry->extraction->SerializeAsString(),
            extraction.SerializeAsString());
}

TEST_F(LogStreamTest, SecondPutExpectingNoMessageConflicts) {
  const v1::Extraction extraction =
      MakeDocument(kId, v1::DOCUMENT_KIND_PRESS_RELEASE, "Body text.");
  jsPubOptions options = ExpectNoMessage();
  jsErrCode js_error = static_cast<jsErrCode>(0);
  ASSERT_TRUE(Publish(*EncodePut(extraction), &options, &js_error).ok());

  absl::StatusOr<uint64_t> second =
      Publish(*EncodePut(extraction), &options, &js_error);
  EXPECT_EQ(js_error, JSStreamWrongLastSequenceErr);
  EXPECT_EQ(second.status().code(), absl::StatusCode::kFailedPrecondition)
      << second.status();
}

TEST_F(LogStreamTest, TombstoneReplacesThePutAndAllowsAPutAfterIt) {
  const v1::Extraction extraction =
      MakeDocument(kId, v1::DOCUMENT_KIND_JOINT_LETTER, "We, the undersigned.");
  jsErrCode js_error = static_cast<jsErrCode>(0);
  jsPubOptions no_message = ExpectNoMessage();
  absl::StatusOr<uint64_t> put =
      Publish(*EncodePut(extraction), &no_message, &js_error);
  ASSERT_TRUE(put.ok()) << put.status();

  jsPubOptions after_put;
  jsPubOptions_Init(&after_put);
  after_put.ExpectLastSubjectSeq = *put;
  absl::StatusOr<uint64_t> tombstone =
      Publish(*EncodeDelete(kId), &after_put, &js_error);
  ASSERT_TRUE(tombstone.ok()) << tombstone.status();
  absl::StatusOr<LogEntry> entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kDelete);
  EXPECT_EQ(entry->sequence, *tombstone);
  EXPECT_FALSE(entry->extraction.has_value());

  // The tombstone is the subject's message now: "no message" is false...
  EXPECT_FALSE(Publish(*EncodePut(extraction), &no_message, &js_error).ok());
  EXPECT_EQ(js_error, JSStreamWrongLastSequenceErr);
  // ...and a put expecting the tombstone replaces it.
  jsPubOptions after_tombstone;
  jsPubOptions_Init(&after_tombstone);
  after_tombstone.ExpectLastSubjectSeq = *tombstone;
  absl::StatusOr<uint64_t> reput =
      Publish(*EncodePut(extraction), &after_tombstone, &js_error);
  ASSERT_TRUE(reput.ok()) << reput.status();
  entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kPut);
  EXPECT_EQ(entry->sequence, *reput);
}

TEST_F(LogStreamTest,
       UnknownOpsAndBadPayloadsDecodeAsUnknownWithTheirSequence) {
  absl::StatusOr<MsgPtr> odd = EncodeDelete(kId);
  ASSERT_TRUE(odd.ok());
  natsMsgHeader_Set(odd->get(), kOpHeader, "rename");
  jsErrCode js_error = static_cast<jsErrCode>(0);
  absl::StatusOr<uint64_t> seq = Publish(*std::move(odd), nullptr, &js_error);
  ASSERT_TRUE(seq.ok()) << seq.status();
  absl::StatusOr<LogEntry> entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kUnknown);
  EXPECT_EQ(entry->sequence, *seq);
  EXPECT_NE(entry->problem.find("rename"), std::string::npos);

  // A put whose payload is not an Extraction.
  natsMsg* raw = nullptr;
  const std::string subject = SubjectFor(kId);
  ASSERT_EQ(natsMsg_Create(&raw, subject.c_str(), nullptr, "\xff\xff\xff", 3),
            NATS_OK);
  MsgPtr bad(raw);
  natsMsgHeader_Set(bad.get(), kOpHeader, kOpPut);
  seq = Publish(std::move(bad), nullptr, &js_error);
  ASSERT_TRUE(seq.ok()) << seq.status();
  entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kUnknown);
  EXPECT_EQ(entry->sequence, *seq);
  EXPECT_FALSE(entry->problem.empty());
}

TEST_F(LogStreamTest, PutPayloadIsAZstdFrameNamedByItsHeader) {
  std::string body;
  while (body.size() < 20000) body += "The Committee repeated its call. ";
  const v1::Extraction extraction =
      MakeDocument(kId, v1::DOCUMENT_KIND_PRESS_RELEASE, body);
  absl::StatusOr<MsgPtr> msg = EncodePut(extraction);
  ASSERT_TRUE(msg.ok()) << msg.status();
  const char* encoding = nullptr;
  ASSERT_EQ(natsMsgHeader_Get(msg->get(), kEncodingHeader, &encoding), NATS_OK);
  EXPECT_STREQ(encoding, kEncodingZstd);
  EXPECT_LT(natsMsg_GetDataLength(msg->get()),
            static_cast<int>(extraction.ByteSizeLong()) / 10);
  absl::StatusOr<v1::Extraction> back = ExtractionOf(msg->get());
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->SerializeAsString(), extraction.SerializeAsString());

  // Uncompressed, for replicas that predate the header.
  absl::StatusOr<MsgPtr> plain = EncodePut(extraction, PutEncoding::kNone);
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_NE(natsMsgHeader_Get(plain->get(), kEncodingHeader, &encoding),
            NATS_OK);
  EXPECT_EQ(std::string(natsMsg_GetData(plain->get()),
                        natsMsg_GetDataLength(plain->get())),
            extraction.SerializeAsString());
}

// Entries written before entries were compressed: no encoding header, the
// serialized Extraction as it is. A stream holding them stays readable.
TEST_F(LogStreamTest, EntryWithoutEncodingHeaderIsReadAsTheOldForm) {
  v1::Extraction extraction =
      MakeDocument(kId, v1::DOCUMENT_KIND_PRESS_RELEASE, "Body text.");
  extraction.mutable_document()->mutable_create_time()->set_seconds(1700000000);
  const std::string payload = extraction.SerializeAsString();
  MsgPtr old = UnencodedPut(payload);
  ASSERT_NE(old, nullptr);
  jsErrCode js_error = static_cast<jsErrCode>(0);
  absl::StatusOr<uint64_t> seq = Publish(std::move(old), nullptr, &js_error);
  ASSERT_TRUE(seq.ok()) << seq.status();

  absl::StatusOr<LogEntry> entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kPut) << entry->problem;
  EXPECT_EQ(entry->sequence, *seq);
  ASSERT_TRUE(entry->extraction.has_value());
  EXPECT_EQ(entry->extraction->SerializeAsString(), payload);
}

TEST_F(LogStreamTest, UnknownEncodingsAndBadFramesDecodeAsUnknown) {
  const v1::Extraction extraction =
      MakeDocument(kId, v1::DOCUMENT_KIND_PRESS_RELEASE, "Body text.");
  jsErrCode js_error = static_cast<jsErrCode>(0);

  absl::StatusOr<MsgPtr> brotli = EncodePut(extraction);
  ASSERT_TRUE(brotli.ok());
  natsMsgHeader_Set(brotli->get(), kEncodingHeader, "brotli");
  ASSERT_TRUE(Publish(*std::move(brotli), nullptr, &js_error).ok());
  absl::StatusOr<LogEntry> entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kUnknown);
  EXPECT_NE(entry->problem.find("brotli"), std::string::npos) << entry->problem;

  // Said to be zstd, but the serialized Extraction as it is.
  const std::string payload = extraction.SerializeAsString();
  MsgPtr mislabelled = UnencodedPut(payload);
  ASSERT_NE(mislabelled, nullptr);
  natsMsgHeader_Set(mislabelled.get(), kEncodingHeader, kEncodingZstd);
  absl::StatusOr<uint64_t> seq =
      Publish(std::move(mislabelled), nullptr, &js_error);
  ASSERT_TRUE(seq.ok()) << seq.status();
  entry = Last(kId);
  ASSERT_TRUE(entry.ok()) << entry.status();
  EXPECT_EQ(entry->op, LogEntry::Op::kUnknown);
  EXPECT_EQ(entry->sequence, *seq);
  EXPECT_NE(entry->problem.find("decompress"), std::string::npos)
      << entry->problem;
}

TEST_F(LogStreamTest,
       StoppedServerMakesTheConnectionUnreachableUntilRestarted) {
  ASSERT_TRUE(server_->Stop().ok());
  const absl::Time deadline = absl::Now() + absl::Seconds(10);
  while (connection_->IsConnected() && absl::Now() < deadline) {
    absl::SleepFor(absl::Milliseconds(20));
  }
  EXPECT_FALSE(connection_->IsConnected());
  absl::Status unreachable = connection_->Unreachable();
  EXPECT_EQ(unreachable.code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(unreachable.message().find(server_->url()), std::string::npos);
  EXPECT_EQ(EnsureStream(*connection_).status().code(),
            absl::StatusCode::kUnavailable);

  ASSERT_TRUE(server_->Restart().ok());
  while (!connection_->IsConnected() &&
         absl::Now() < deadline + absl::Seconds(10)) {
    absl::SleepFor(absl::Milliseconds(20));
  }
  EXPECT_TRUE(connection_->IsConnected());
  EXPECT_TRUE(EnsureStream(*connection_).ok());
}

}  // namespace
}  // namespace amicus::nats
