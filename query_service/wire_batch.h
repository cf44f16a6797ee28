#ifndef AMICUS_QUERY_SERVICE_WIRE_BATCH_H_
#define AMICUS_QUERY_SERVICE_WIRE_BATCH_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "grpcpp/support/byte_buffer.h"

namespace amicus::query {

// One streamed response, encoded directly in the wire format every public
// stream response of amicus.v1 shares (StreamEventsResponse,
// StreamQuotesResponse, StreamSignatorySetsResponse, ListDocumentsResponse):
// field 1, the repeated record, field 2, the resume token, and field 3, the
// log position. Stored
// records are appended as they are, copied once from RocksDB's block, and
// the finished buffer is handed to gRPC without another copy. A proto
// message with `repeated bytes` would cost a string per record and a second
// copy when gRPC serializes it.
class WireBatch {
 public:
  // Adds one serialized record (Event, Quote, SignatorySet or Document).
  void Add(absl::string_view record);

  int records() const { return records_; }
  // Encoded size so far (what the byte limit of a batch is checked on).
  size_t bytes() const { return buffer_.size(); }

  // Appends the resume token and the log position (left out when 0, as
  // proto3 does) and moves the encoded response into a byte buffer that
  // owns it; the batch is empty again afterwards.
  grpc::ByteBuffer Finish(absl::string_view resume_token,
                          uint64_t log_position);

 private:
  void AppendField(char tag, absl::string_view bytes);

  std::string buffer_;
  int records_ = 0;
};

// A byte buffer that takes `bytes` over without copying them.
grpc::ByteBuffer OwningByteBuffer(std::string bytes);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_WIRE_BATCH_H_
