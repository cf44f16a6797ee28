#ifndef AMICUS_CLI_RAW_STREAM_H_
#define AMICUS_CLI_RAW_STREAM_H_

#include <memory>
#include <string>

#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/grpcpp.h"

namespace amicus::cli {

// A server-streaming call whose responses are read as their bytes
// (grpc::GenericStub), not parsed into messages: the JSON export prints
// records from their wire format (WireJsonPrinter). One call per object;
// not thread-safe.
class RawStream {
 public:
  // Starts `method` ("/package.Service/Method") with `request`.
  RawStream(const std::shared_ptr<grpc::Channel>& channel,
            grpc::ClientContext* context, const std::string& method,
            const google::protobuf::Message& request);
  ~RawStream();
  RawStream(const RawStream&) = delete;
  RawStream& operator=(const RawStream&) = delete;

  // The next response's bytes, valid until the next call; false at the
  // end of the stream (or when it failed: Finish says why).
  bool Read(absl::string_view* response);

  // The call's status. Call once, after Read returned false (or after
  // cancelling the context and reading to the end).
  grpc::Status Finish();

 private:
  // Waits for the one operation in flight; its success.
  bool Wait();

  grpc::CompletionQueue cq_;
  grpc::GenericStub stub_;
  std::unique_ptr<grpc::GenericClientAsyncReaderWriter> call_;
  bool open_ = false;
  grpc::ByteBuffer buffer_;
  grpc::Slice single_;
  std::string joined_;
};

}  // namespace amicus::cli

#endif  // AMICUS_CLI_RAW_STREAM_H_
