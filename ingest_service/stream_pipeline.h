#ifndef AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_
#define AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <future>
#include <mutex>
#include <string>

#include "absl/status/statusor.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "ingest_service/document_ingester.h"

namespace amicus::ingest {

// One IngestStream call. Each document is extracted on its own thread, up
// to `depth` documents in flight, then handed to the writer in stream order
// (a document's Put starts once the previous one is queued in the writer),
// so documents ready together share one WAL sync while the database order
// and the responses (one per document, in order) are those of a sequential
// stream.
class StreamPipeline {
 public:
  using Stream =
      grpc::ServerReaderWriter<v1::IngestStreamResponse, v1::IngestRequest>;

  StreamPipeline(DocumentIngester* ingester, int depth)
      : ingester_(ingester), depth_(depth < 1 ? 1 : depth) {}

  grpc::Status Run(grpc::ServerContext* context, Stream* stream);

 private:
  struct InFlight {
    int64_t index = 0;
    std::string source_uri;
    std::future<absl::StatusOr<v1::IngestResponse>> result;
  };

  InFlight Start(int64_t index, v1::IngestRequest request);
  // Extracts, then stores in turn (on the document's own thread).
  absl::StatusOr<v1::IngestResponse> Ingest(int64_t index,
                                            const v1::IngestRequest& request);
  void AwaitTurn(int64_t index);
  void PassTurn(int64_t index);
  // Stores the oldest document and answers it; false if the client left.
  bool FinishOldest(Stream* stream);

  DocumentIngester* ingester_;
  int depth_;
  // The index of the document whose Put may start (declared before
  // in_flight_: its futures wait for their threads on destruction).
  std::mutex turn_mu_;
  std::condition_variable turn_changed_;
  int64_t turn_ = 0;
  std::deque<InFlight> in_flight_;
};

// How many documents a stream has in flight: two per core (extracting or
// waiting for a sync), at least four.
int DefaultPipelineDepth();

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_
