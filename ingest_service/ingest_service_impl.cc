#include "ingest_service/ingest_service_impl.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "ingest_service/stream_pipeline.h"
#include "server/grpc_status.h"

namespace amicus::ingest {

grpc::Status IngestServiceImpl::Ingest(grpc::ServerContext* context,
                                       const v1::IngestRequest* request,
                                       v1::IngestResponse* response) {
  std::optional<ContentBudget::Lease> lease = budget_.Acquire(
      request->content().size(), [context] { return context->IsCancelled(); });
  if (!lease.has_value()) {
    return grpc::Status(grpc::StatusCode::CANCELLED,
                        "cancelled while waiting for other documents to be "
                        "extracted");
  }
  absl::StatusOr<v1::IngestResponse> result = ingester_->Ingest(*request);
  if (!result.ok()) return server::ToGrpcStatus(result.status());
  *response = *std::move(result);
  return grpc::Status::OK;
}

grpc::Status IngestServiceImpl::IngestStream(
    grpc::ServerContext* context,
    grpc::ServerReaderWriter<v1::IngestStreamResponse, v1::IngestRequest>*
        stream) {
  PipelineOptions options = DefaultPipelineOptions();
  // Content waiting in a window beyond what the budget lets be worked on
  // at once would only be memory held early.
  options.limits.max_bytes =
      std::min(options.limits.max_bytes, budget_.capacity());
  StreamPipeline pipeline(ingester_, &budget_, options);
  return pipeline.Run(context, stream);
}

grpc::Status IngestServiceImpl::DeleteDocument(
    grpc::ServerContext*, const v1::DeleteDocumentRequest* request,
    google::protobuf::Empty*) {
  return server::ToGrpcStatus(
      ingester_->Delete(request->document_id(), request->allow_missing()));
}

}  // namespace amicus::ingest
