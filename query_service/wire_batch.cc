#include "query_service/wire_batch.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "grpcpp/support/slice.h"

namespace amicus::query {
namespace {

// Length-delimited fields (wire type 2) of the response messages.
constexpr char kRecordsTag = (1 << 3) | 2;
constexpr char kResumeTokenTag = (2 << 3) | 2;
// A varint field (wire type 0).
constexpr char kLogPositionTag = 3 << 3;

void AppendVarint(uint64_t value, std::string* out) {
  while (value >= 0x80) {
    out->push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out->push_back(static_cast<char>(value));
}

constexpr size_t kMaxReserve = 4 << 20;

void DeleteString(void* string) { delete static_cast<std::string*>(string); }

}  // namespace

void WireBatch::Add(absl::string_view record) {
  AppendField(kRecordsTag, record);
  ++records_;
}

void WireBatch::AppendField(char tag, absl::string_view bytes) {
  buffer_.push_back(tag);
  AppendVarint(bytes.size(), &buffer_);
  buffer_.append(bytes.data(), bytes.size());
}

grpc::ByteBuffer WireBatch::Finish(absl::string_view resume_token,
                                   uint64_t log_position) {
  AppendField(kResumeTokenTag, resume_token);
  if (log_position != 0) {
    buffer_.push_back(kLogPositionTag);
    AppendVarint(log_position, &buffer_);
  }
  size_t size = buffer_.size();
  grpc::ByteBuffer finished = OwningByteBuffer(std::move(buffer_));
  buffer_ = std::string();
  // Batches grow (see BatchPolicy): room for the next one saves the copies
  // of repeated reallocation.
  buffer_.reserve(std::min(2 * size, kMaxReserve));
  records_ = 0;
  return finished;
}

grpc::ByteBuffer OwningByteBuffer(std::string bytes) {
  auto* owned = new std::string(std::move(bytes));
  // The slice owns the string from here: gRPC frees it once sent.
  grpc::Slice slice(owned->data(), owned->size(), &DeleteString, owned);
  return grpc::ByteBuffer(&slice, 1);
}

}  // namespace amicus::query
