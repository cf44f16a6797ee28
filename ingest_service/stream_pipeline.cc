#include "ingest_service/stream_pipeline.h"

#include <memory>
#include <thread>
#include <utility>

namespace amicus::ingest {

int DefaultPipelineDepth() {
  return static_cast<int>(std::thread::hardware_concurrency()) + 1;
}

StreamPipeline::InFlight StreamPipeline::Start(int64_t index,
                                               v1::IngestRequest request) {
  InFlight doc;
  doc.index = index;
  doc.source_uri = request.source_uri();
  doc.content_bytes = request.content().size();
  auto owned = std::make_shared<v1::IngestRequest>(std::move(request));
  DocumentIngester* ingester = ingester_;
  doc.extraction = std::async(std::launch::async, [ingester, owned] {
    return ingester->Extract(*owned);
  });
  return doc;
}

bool StreamPipeline::FinishOldest(Stream* stream) {
  InFlight doc = std::move(in_flight_.front());
  in_flight_.pop_front();
  absl::StatusOr<v1::IngestResponse> result = ingester_->Store(
      doc.source_uri, doc.content_bytes, doc.extraction.get());
  v1::IngestStreamResponse response;
  response.set_index(doc.index);
  response.set_source_uri(doc.source_uri);
  if (result.ok()) {
    *response.mutable_result() = *std::move(result);
  } else {
    response.mutable_error()->set_code(
        static_cast<int32_t>(result.status().code()));
    response.mutable_error()->set_message(
        std::string(result.status().message()));
  }
  return stream->Write(response);
}

grpc::Status StreamPipeline::Run(grpc::ServerContext* context,
                                 Stream* stream) {
  const grpc::Status gone(grpc::StatusCode::CANCELLED,
                          "client went away before all results were sent");
  v1::IngestRequest request;
  for (int64_t index = 0; stream->Read(&request); ++index) {
    in_flight_.push_back(Start(index, std::move(request)));
    request.Clear();
    if (static_cast<int>(in_flight_.size()) >= depth_ &&
        !FinishOldest(stream)) {
      return gone;  // in-flight extractions end with their futures
    }
  }
  while (!in_flight_.empty()) {
    if (!FinishOldest(stream)) return gone;
  }
  if (context->IsCancelled()) {
    return grpc::Status(grpc::StatusCode::CANCELLED, "stream cancelled");
  }
  return grpc::Status::OK;
}

}  // namespace amicus::ingest
