#ifndef AMICUS_SERVER_NATS_LOG_STREAM_H_
#define AMICUS_SERVER_NATS_LOG_STREAM_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "nats/nats.h"
#include "server/nats/nats_connection.h"

// The replicated ingest log of distributed mode (NATS_DESIGN.md): one
// JetStream stream, one subject per document, whose newest entry is the
// document's current state (a put or a tombstone).
namespace amicus::nats {

inline constexpr char kStreamName[] = "AMICUS";
inline constexpr char kSubjectPrefix[] = "amicus.doc.";
inline constexpr char kStreamSubjects[] = "amicus.doc.*";
inline constexpr char kOpHeader[] = "Amicus-Op";
inline constexpr char kOpPut[] = "put";
inline constexpr char kOpDelete[] = "delete";
// How a put's payload is encoded: "zstd", one zstd frame holding the
// serialized Extraction. Entries written before it existed have no such
// header and hold the serialized Extraction as it is; both are read.
// Compressed, an entry is ~7x smaller, and every byte of it is copied,
// checksummed and written by each NATS node twice (its raft log and its
// stream) and sent to each peer and consumer (BENCHMARKS.md, "NATS CPU
// per document").
inline constexpr char kEncodingHeader[] = "Amicus-Encoding";
inline constexpr char kEncodingZstd[] = "zstd";
// Replicas asked for; a server that is not clustered, or a cluster with
// fewer peers, gets 1.
inline constexpr int64_t kPreferredReplicas = 3;

// Creates the stream (file storage, one message per subject, discard old,
// no age or size limit), or uses the existing one as it is, warning in the
// log when its configuration differs. Returns its replica count.
// UNAVAILABLE while NATS cannot be reached.
absl::StatusOr<int64_t> EnsureStream(const NatsConnection& connection);

// "amicus.doc.<document id>".
std::string SubjectFor(absl::string_view document_id);

enum class PutEncoding {
  kZstd,
  // No kEncodingHeader: the form amicus-query replicas older than the
  // header read (amicus-ingest --nats_compress=false, for a rollout).
  kNone,
};

// The entry storing `extraction` (header Amicus-Op: put, payload the
// serialized Extraction, encoded as `encoding` says) on its document's
// subject.
absl::StatusOr<MsgPtr> EncodePut(const v1::Extraction& extraction,
                                 PutEncoding encoding = PutEncoding::kZstd);
// The tombstone of a document (Amicus-Op: delete, empty payload).
absl::StatusOr<MsgPtr> EncodeDelete(absl::string_view document_id);

// One entry of the log as read back.
struct LogEntry {
  enum class Op { kPut, kDelete, kUnknown };
  // Its stream sequence: the position in the log.
  uint64_t sequence = 0;
  Op op = Op::kUnknown;
  // From the subject.
  std::string document_id;
  // Set for kPut.
  std::optional<v1::Extraction> extraction;
  // Why op is kUnknown (an unknown op, a payload that does not parse or
  // names another document), for the log line of whoever skips it.
  std::string problem;
};

// Decodes a message of the stream, delivered by a consumer (sequence from
// its metadata) or returned by js_GetMsg/js_GetLastMsg. An entry that
// cannot be understood comes back as kUnknown with `problem` set, so that
// the reader can skip it and go on; an error only when the message is not
// from the stream at all (no sequence) or not on a document subject.
absl::StatusOr<LogEntry> DecodeEntry(natsMsg* msg);

// The Extraction a put entry holds, whichever its encoding; an error
// (INVALID_ARGUMENT) when the payload cannot be decoded.
absl::StatusOr<v1::Extraction> ExtractionOf(natsMsg* msg);

}  // namespace amicus::nats

#endif  // AMICUS_SERVER_NATS_LOG_STREAM_H_
