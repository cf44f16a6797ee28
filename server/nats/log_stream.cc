#include "server/nats/log_stream.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "server/log.h"
#include "server/nats/nats_status.h"
#include "server/nats/zstd_codec.h"

namespace amicus::nats {
namespace {

constexpr jsErrCode kNoJsError = static_cast<jsErrCode>(0);

struct StreamInfoDeleter {
  void operator()(jsStreamInfo* info) const { jsStreamInfo_Destroy(info); }
};
using StreamInfoPtr = std::unique_ptr<jsStreamInfo, StreamInfoDeleter>;

natsStatus AddStream(jsCtx* js, int64_t replicas, jsErrCode* js_error) {
  const char* subjects[] = {kStreamSubjects};
  jsStreamConfig config;
  jsStreamConfig_Init(&config);
  config.Name = kStreamName;
  config.Description = "amicus ingest log: the current entry of each document";
  config.Subjects = subjects;
  config.SubjectsLen = 1;
  config.Storage = js_FileStorage;
  config.MaxMsgsPerSubject = 1;
  config.Discard = js_DiscardOld;
  config.Replicas = replicas;
  return js_AddStream(nullptr, js, &config, nullptr, js_error);
}

// What differs from the configuration EnsureStream would have created.
std::vector<std::string> Differences(const jsStreamConfig& config) {
  std::vector<std::string> out;
  if (config.SubjectsLen != 1 ||
      std::string(config.Subjects[0]) != kStreamSubjects) {
    out.push_back(absl::StrCat("subjects are not exactly ", kStreamSubjects));
  }
  if (config.MaxMsgsPerSubject != 1) {
    out.push_back(absl::StrCat(
        "max_msgs_per_subject=", config.MaxMsgsPerSubject, " (want 1)"));
  }
  if (config.Storage != js_FileStorage) out.push_back("memory storage");
  if (config.Discard != js_DiscardOld) out.push_back("discard new");
  if (config.MaxAge != 0 || config.MaxBytes > 0 || config.MaxMsgs > 0) {
    out.push_back("an age, size or message limit (entries may be lost)");
  }
  return out;
}

absl::StatusOr<int64_t> UseExisting(jsCtx* js) {
  jsStreamInfo* raw = nullptr;
  jsErrCode js_error = kNoJsError;
  natsStatus s = js_GetStreamInfo(&raw, js, kStreamName, nullptr, &js_error);
  StreamInfoPtr info(raw);
  if (s != NATS_OK) {
    return FromNats(s, js_error,
                    absl::StrCat("reading stream ", kStreamName, "'s info"));
  }
  std::vector<std::string> differences = Differences(*info->Config);
  if (!differences.empty()) {
    server::LogLine(absl::StrCat(
        "warning: stream ", kStreamName, " exists with another configuration: ",
        absl::StrJoin(differences, "; "), "; using it as it is"));
  }
  return info->Config->Replicas;
}

// The server's answers for "not enough servers for that many replicas".
bool TooFewPeers(jsErrCode js_error) {
  return js_error == JSStreamReplicasNotSupportedErr ||
         js_error == JSClusterNoPeersErr ||
         js_error == JSInsufficientResourcesErr;
}

}  // namespace

absl::StatusOr<int64_t> EnsureStream(const NatsConnection& connection) {
  if (!connection.IsConnected()) return connection.Unreachable();
  jsCtx* js = connection.jetstream();
  jsErrCode js_error = kNoJsError;
  natsStatus s = AddStream(js, kPreferredReplicas, &js_error);
  int64_t replicas = kPreferredReplicas;
  if (s != NATS_OK && TooFewPeers(js_error)) {
    server::LogLine(absl::StrCat(
        "stream ", kStreamName, ": ", kPreferredReplicas,
        " replicas refused (jsErrCode ", static_cast<int>(js_error),
        ": not clustered or too few peers); creating it with 1 replica"));
    replicas = 1;
    js_error = kNoJsError;
    s = AddStream(js, replicas, &js_error);
  }
  if (s == NATS_OK) {
    // An identical existing stream is also OK: read what it really has.
    return UseExisting(js);
  }
  if (js_error == JSStreamNameExistErr) return UseExisting(js);
  return FromNats(s, js_error, absl::StrCat("creating stream ", kStreamName));
}

std::string SubjectFor(absl::string_view document_id) {
  return absl::StrCat(kSubjectPrefix, document_id);
}

namespace {

absl::StatusOr<MsgPtr> NewEntry(absl::string_view document_id, const char* op,
                                const std::string& payload,
                                const char* encoding = nullptr) {
  const std::string subject = SubjectFor(document_id);
  natsMsg* raw = nullptr;
  natsStatus s = natsMsg_Create(&raw, subject.c_str(), nullptr, payload.data(),
                                static_cast<int>(payload.size()));
  MsgPtr msg(raw);
  if (s == NATS_OK) s = natsMsgHeader_Set(msg.get(), kOpHeader, op);
  if (s == NATS_OK && encoding != nullptr) {
    s = natsMsgHeader_Set(msg.get(), kEncodingHeader, encoding);
  }
  if (s != NATS_OK) {
    return FromNats(s, kNoJsError,
                    absl::StrCat("encoding entry for ", subject));
  }
  return msg;
}

}  // namespace

absl::StatusOr<MsgPtr> EncodePut(const v1::Extraction& extraction,
                                 PutEncoding encoding) {
  std::string serialized;
  if (!extraction.SerializeToString(&serialized)) {
    return absl::InternalError("extraction does not serialize");
  }
  if (encoding == PutEncoding::kNone) {
    return NewEntry(extraction.document().id(), kOpPut, serialized);
  }
  absl::StatusOr<std::string> payload = ZstdCompress(serialized);
  if (!payload.ok()) return payload.status();
  return NewEntry(extraction.document().id(), kOpPut, *payload, kEncodingZstd);
}

absl::StatusOr<MsgPtr> EncodeDelete(absl::string_view document_id) {
  return NewEntry(document_id, kOpDelete, "");
}

namespace {

uint64_t SequenceOf(natsMsg* msg) {
  // Messages from js_GetMsg/js_GetLastMsg carry it directly; delivered
  // ones in their reply subject's metadata.
  if (uint64_t seq = natsMsg_GetSequence(msg); seq != 0) return seq;
  jsMsgMetaData* meta = nullptr;
  if (natsMsg_GetMetaData(&meta, msg) != NATS_OK) return 0;
  const uint64_t seq = meta->Sequence.Stream;
  jsMsgMetaData_Destroy(meta);
  return seq;
}

void DecodeOp(natsMsg* msg, LogEntry* entry) {
  const char* op = nullptr;
  if (natsMsgHeader_Get(msg, kOpHeader, &op) != NATS_OK || op == nullptr) {
    entry->problem = absl::StrCat("no ", kOpHeader, " header");
    return;
  }
  if (std::string(op) == kOpDelete) {
    entry->op = LogEntry::Op::kDelete;
    return;
  }
  if (std::string(op) != kOpPut) {
    entry->problem = absl::StrCat("unknown op \"", op, "\"");
    return;
  }
  absl::StatusOr<v1::Extraction> decoded = ExtractionOf(msg);
  if (!decoded.ok()) {
    entry->problem = std::string(decoded.status().message());
    return;
  }
  v1::Extraction& extraction = *decoded;
  if (extraction.document().id() != entry->document_id) {
    entry->problem =
        absl::StrCat("put payload is document ", extraction.document().id());
    return;
  }
  entry->op = LogEntry::Op::kPut;
  entry->extraction = std::move(extraction);
}

}  // namespace

absl::StatusOr<v1::Extraction> ExtractionOf(natsMsg* msg) {
  const char* encoding = nullptr;
  const bool has_encoding =
      natsMsgHeader_Get(msg, kEncodingHeader, &encoding) == NATS_OK &&
      encoding != nullptr;
  const absl::string_view data(natsMsg_GetData(msg),
                               static_cast<size_t>(natsMsg_GetDataLength(msg)));
  v1::Extraction extraction;
  if (!has_encoding) {  // written before entries were compressed
    if (!extraction.ParseFromArray(data.data(), static_cast<int>(data.size()))) {
      return absl::InvalidArgumentError(
          "put payload is not an amicus.v1.Extraction");
    }
    return extraction;
  }
  if (absl::string_view(encoding) != kEncodingZstd) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unknown ", kEncodingHeader, " \"", encoding, "\""));
  }
  absl::StatusOr<std::string> serialized = ZstdDecompress(data);
  if (!serialized.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "put payload does not decompress: ", serialized.status().message()));
  }
  if (!extraction.ParseFromString(*serialized)) {
    return absl::InvalidArgumentError(
        "decompressed put payload is not an amicus.v1.Extraction");
  }
  return extraction;
}

absl::StatusOr<LogEntry> DecodeEntry(natsMsg* msg) {
  const std::string subject = natsMsg_GetSubject(msg);
  if (!absl::StartsWith(subject, kSubjectPrefix)) {
    return absl::InvalidArgumentError(
        absl::StrCat("message on ", subject, " is not a document entry"));
  }
  LogEntry entry;
  entry.sequence = SequenceOf(msg);
  if (entry.sequence == 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("message on ", subject, " has no stream sequence"));
  }
  entry.document_id = subject.substr(sizeof(kSubjectPrefix) - 1);
  DecodeOp(msg, &entry);
  return entry;
}

}  // namespace amicus::nats
