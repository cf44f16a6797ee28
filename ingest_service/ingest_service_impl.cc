#include "ingest_service/ingest_service_impl.h"

#include <cstdint>
#include <utility>

#include "ingest_service/stream_pipeline.h"
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
  StreamPipeline pipeline(ingester_, DefaultPipelineOptions());
  return pipeline.Run(context, stream);
}

grpc::Status IngestServiceImpl::DeleteDocument(
    grpc::ServerContext*, const v1::DeleteDocumentRequest* request,
    google::protobuf::Empty*) {
  return server::ToGrpcStatus(
      ingester_->Delete(request->document_id(), request->allow_missing()));
}

}  // namespace amicus::ingest
