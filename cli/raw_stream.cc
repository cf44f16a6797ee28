#include "cli/raw_stream.h"

#include <vector>

namespace amicus::cli {

RawStream::RawStream(const std::shared_ptr<grpc::Channel>& channel,
                     grpc::ClientContext* context, const std::string& method,
                     const google::protobuf::Message& request)
    : stub_(channel) {
  call_ = stub_.PrepareCall(context, method, &cq_);
  if (call_ == nullptr) return;
  call_->StartCall(this);
  open_ = Wait();
  if (open_) {
    grpc::Slice slice(request.SerializeAsString());
    call_->Write(grpc::ByteBuffer(&slice, 1), this);
    open_ = Wait();
  }
  if (open_) {
    call_->WritesDone(this);
    open_ = Wait();
  }
}

RawStream::~RawStream() {
  cq_.Shutdown();
  void* tag;
  bool ok;
  while (cq_.Next(&tag, &ok)) {
  }
}

bool RawStream::Wait() {
  void* tag;
  bool ok = false;
  return cq_.Next(&tag, &ok) && ok;
}

bool RawStream::Read(absl::string_view* response) {
  if (!open_) return false;
  buffer_.Clear();
  call_->Read(&buffer_, this);
  if (!Wait()) {
    open_ = false;
    return false;
  }
  // A large response comes in many slices; the record printers want its
  // bytes in one piece.
  if (buffer_.TrySingleSlice(&single_).ok()) {
    *response = absl::string_view(reinterpret_cast<const char*>(single_.begin()),
                                  single_.size());
    return true;
  }
  std::vector<grpc::Slice> slices;
  if (!buffer_.Dump(&slices).ok()) {
    open_ = false;
    return false;
  }
  joined_.clear();
  joined_.reserve(buffer_.Length());
  for (const grpc::Slice& slice : slices) {
    joined_.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  *response = joined_;
  return true;
}

grpc::Status RawStream::Finish() {
  if (call_ == nullptr) {
    return grpc::Status(grpc::StatusCode::INTERNAL, "the call could not be made");
  }
  grpc::Status status;
  call_->Finish(&status, this);
  Wait();
  return status;
}

}  // namespace amicus::cli
