#include "ingest_service/ingest_service_impl.h"

#include <cstdint>
#include <utility>

#include "server/grpc_status.h"

namespace amicus::ingest {

grpc::Status IngestServiceImpl::Ingest(grpc::ServerContext*,
                                       const v1::IngestRequest* request,
                                       v1::IngestResponse* response) {
  absl::StatusOr<v1::IngestResponse> result = ingester_->Ingest(*request);
  if (!result.ok()) return server::ToGrpcStatus(result.status());
  *response = *std::move(result);
  return grpc::Status::OK;
}

grpc::Status IngestServiceImpl::IngestStream(
    grpc::ServerContext* context,
    grpc::ServerReaderWriter<v1::IngestStreamResponse, v1::IngestRequest>*
        stream) {
  v1::IngestRequest request;
  for (int64_t index = 0; stream->Read(&request); ++index) {
    v1::IngestStreamResponse response;
    response.set_index(index);
    response.set_source_uri(request.source_uri());
    absl::StatusOr<v1::IngestResponse> result = ingester_->Ingest(request);
    if (result.ok()) {
      *response.mutable_result() = *std::move(result);
    } else {
      response.mutable_error()->set_code(
          static_cast<int32_t>(result.status().code()));
      response.mutable_error()->set_message(
          std::string(result.status().message()));
    }
    if (!stream->Write(response)) {
      return grpc::Status(grpc::StatusCode::CANCELLED,
                          "client went away before all results were sent");
    }
  }
  if (context->IsCancelled()) {
    return grpc::Status(grpc::StatusCode::CANCELLED, "stream cancelled");
  }
  return grpc::Status::OK;
}

grpc::Status IngestServiceImpl::DeleteDocument(
    grpc::ServerContext*, const v1::DeleteDocumentRequest* request,
    google::protobuf::Empty*) {
  return server::ToGrpcStatus(
      ingester_->Delete(request->document_id(), request->allow_missing()));
}

}  // namespace amicus::ingest
