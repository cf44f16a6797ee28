#ifndef AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_
#define AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_

#include <cstdint>
#include <deque>
#include <future>
#include <string>

#include "absl/status/statusor.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "ingest_service/document_ingester.h"

namespace amicus::ingest {

// One IngestStream call. Extraction (CPU) of the next documents runs on
// their own threads while the oldest one is stored (mostly waiting for the
// WAL fsync), up to `depth` documents in flight; results are stored and
// answered strictly in the order the documents came, one per document, so
// the database order and the responses are those of a sequential stream.
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
    size_t content_bytes = 0;
    std::future<absl::StatusOr<v1::Extraction>> extraction;
  };

  InFlight Start(int64_t index, v1::IngestRequest request);
  // Stores the oldest document and answers it; false if the client left.
  bool FinishOldest(Stream* stream);

  DocumentIngester* ingester_;
  int depth_;
  std::deque<InFlight> in_flight_;
};

// How many documents a stream extracts ahead: one per core, plus the one
// being stored.
int DefaultPipelineDepth();

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_STREAM_PIPELINE_H_
