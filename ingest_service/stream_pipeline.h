#ifndef AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_
#define AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_

#include <vector>

#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "ingest_service/content_budget.h"
#include "ingest_service/document_ingester.h"
#include "ingest_service/stream_window.h"

namespace amicus::ingest {

// How a stream is worked: threads per stage and the in-flight bound.
struct PipelineOptions {
  // Extraction is the CPU-bound stage: one thread per core keeps it busy.
  int extract_threads = 1;
  // Must cover the documents waiting for a WAL sync (the one being synced
  // and the group queued behind it) plus those extracting, or extraction
  // idles during each sync.
  StreamWindow::Limits limits;
};

// One thread per core, and enough documents in flight for two groups of a
// sync each plus the extracting ones: 8 per core, at least 16.
PipelineOptions DefaultPipelineOptions();

// One IngestStream call as four stages over a StreamWindow: a reader
// admits requests while there is room; extraction workers extract any
// admitted document; one committer hands extracted documents to the
// writer in stream order (store::Writer::PutAsync: documents queued while
// a write is in flight share the next WAL sync, group commit) without
// waiting for them to be durable; the gRPC handler thread answers
// documents in stream order as the writer reports them durable. So the
// database order and the responses are those of a sequential stream,
// while extraction never waits for a sync.
class StreamPipeline {
 public:
  using Stream =
      grpc::ServerReaderWriter<v1::IngestStreamResponse, v1::IngestRequest>;

  // Each document holds its share of `budget` from when it is read until
  // it is stored; the reader waits for it, so gRPC flow control pushes
  // back on the client meanwhile.
  StreamPipeline(DocumentIngester* ingester, ContentBudget* budget,
                 PipelineOptions options)
      : ingester_(ingester), budget_(budget), options_(options) {}

  grpc::Status Run(grpc::ServerContext* context, Stream* stream);

 private:
  void ReadAll(grpc::ServerContext* context, Stream* stream,
               StreamWindow* window);
  void ExtractAll(StreamWindow* window);
  void CommitAll(StreamWindow* window);
  // False if the client went away before every answer was written.
  static bool AnswerAll(Stream* stream, StreamWindow* window);

  DocumentIngester* ingester_;
  ContentBudget* budget_;
  PipelineOptions options_;
};

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_
