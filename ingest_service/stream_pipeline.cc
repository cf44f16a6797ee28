#include "ingest_service/stream_pipeline.h"

#include <algorithm>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace amicus::ingest {
namespace {

v1::IngestStreamResponse ToStreamResponse(StreamWindow::Document doc) {
  v1::IngestStreamResponse response;
  response.set_index(doc.index);
  response.set_source_uri(std::move(*doc.request.mutable_source_uri()));
  absl::StatusOr<v1::IngestResponse>& result = *doc.result;
  if (result.ok()) {
    *response.mutable_result() = *std::move(result);
  } else {
    response.mutable_error()->set_code(
        static_cast<int32_t>(result.status().code()));
    response.mutable_error()->set_message(
        std::string(result.status().message()));
  }
  return response;
}

}  // namespace

PipelineOptions DefaultPipelineOptions() {
  const int cores =
      std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  PipelineOptions options;
  options.extract_threads = cores;
  options.limits.max_documents = std::max(16, 8 * cores);
  return options;
}

void StreamPipeline::ReadAll(grpc::ServerContext* context, Stream* stream,
                             StreamWindow* window) {
  v1::IngestRequest request;
  while (stream->Read(&request)) {
    // Room in this stream's window first: a client that stops reading
    // answers fills its window, and must not hold the process's budget.
    const size_t bytes = request.content().size();
    if (!window->AwaitRoom(bytes)) return;
    std::optional<ContentBudget::Lease> lease = budget_->Acquire(
        bytes, [context] { return context->IsCancelled(); });
    if (!lease.has_value()) {  // the client is gone
      window->Stop();
      return;
    }
    if (!window->Admit(std::move(request), *std::move(lease))) return;
    request.Clear();
  }
  window->Close();
}

void StreamPipeline::ExtractAll(StreamWindow* window) {
  while (StreamWindow::Document* doc = window->NextToExtract()) {
    window->Extracted(doc, ingester_->Extract(doc->request));
  }
}

void StreamPipeline::CommitAll(StreamWindow* window) {
  while (StreamWindow::Document* doc = window->NextToCommit()) {
    ingester_->StoreAsync(
        doc->request.source_uri(), doc->content_bytes,
        std::move(*doc->extraction),
        [window, doc](absl::StatusOr<v1::IngestResponse> result) {
          window->Committed(doc, std::move(result));
        });
  }
}

bool StreamPipeline::AnswerAll(Stream* stream, StreamWindow* window) {
  std::vector<StreamWindow::Document> answerable;
  while (window->TakeAnswerable(&answerable)) {
    for (StreamWindow::Document& doc : answerable) {
      if (!stream->Write(ToStreamResponse(std::move(doc)))) return false;
    }
  }
  return true;
}

grpc::Status StreamPipeline::Run(grpc::ServerContext* context,
                                 Stream* stream) {
  StreamWindow window(options_.limits);
  std::vector<std::thread> workers;
  for (int i = 0; i < options_.extract_threads; ++i) {
    workers.emplace_back([this, &window] { ExtractAll(&window); });
  }
  workers.emplace_back([this, &window] { CommitAll(&window); });
  std::thread reader([this, context, stream, &window] {
    ReadAll(context, stream, &window);
  });
  const bool answered = AnswerAll(stream, &window);
  if (!answered) {
    window.Stop();
    context->TryCancel();  // so a Read blocked on the gone client returns
  }
  reader.join();
  for (std::thread& worker : workers) worker.join();
  // Documents the client no longer waits for may still be in the writer,
  // whose completions point into the window.
  window.AwaitCommitted();
  if (!answered) {
    return grpc::Status(grpc::StatusCode::CANCELLED,
                        "client went away before all results were sent");
  }
  if (context->IsCancelled()) {
    return grpc::Status(grpc::StatusCode::CANCELLED, "stream cancelled");
  }
  return grpc::Status::OK;
}

}  // namespace amicus::ingest
