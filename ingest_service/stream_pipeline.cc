#include "ingest_service/stream_pipeline.h"

#include <algorithm>
#include <memory>
#include <thread>
#include <utility>

namespace amicus::ingest {

int DefaultPipelineDepth() {
  return std::max(4, 2 * static_cast<int>(std::thread::hardware_concurrency()));
}

void StreamPipeline::AwaitTurn(int64_t index) {
  std::unique_lock<std::mutex> lock(turn_mu_);
  turn_changed_.wait(lock, [&] { return turn_ == index; });
}

void StreamPipeline::PassTurn(int64_t index) {
  std::lock_guard<std::mutex> lock(turn_mu_);
  if (turn_ == index) turn_ = index + 1;
  turn_changed_.notify_all();
}

absl::StatusOr<v1::IngestResponse> StreamPipeline::Ingest(
    int64_t index, const v1::IngestRequest& request) {
  absl::StatusOr<v1::Extraction> extraction = ingester_->Extract(request);
  AwaitTurn(index);
  absl::StatusOr<v1::IngestResponse> result = ingester_->Store(
      request.source_uri(), request.content().size(), std::move(extraction),
      [this, index] { PassTurn(index); });
  PassTurn(index);  // in case Store returned before queueing
  return result;
}

StreamPipeline::InFlight StreamPipeline::Start(int64_t index,
                                               v1::IngestRequest request) {
  InFlight doc;
  doc.index = index;
  doc.source_uri = request.source_uri();
  auto owned = std::make_shared<v1::IngestRequest>(std::move(request));
  doc.result = std::async(std::launch::async, [this, index, owned] {
    return Ingest(index, *owned);
  });
  return doc;
}

bool StreamPipeline::FinishOldest(Stream* stream) {
  InFlight doc = std::move(in_flight_.front());
  in_flight_.pop_front();
  absl::StatusOr<v1::IngestResponse> result = doc.result.get();
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
