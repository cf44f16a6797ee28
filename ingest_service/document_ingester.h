#ifndef AMICUS_INGEST_SERVICE_DOCUMENT_INGESTER_H_
#define AMICUS_INGEST_SERVICE_DOCUMENT_INGESTER_H_

#include <cstddef>
#include <functional>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/ingest_service.pb.h"
#include "extract/extractor.h"
#include "store/writer.h"

namespace amicus::ingest {

// The transport-free core of the ingest service: one document in, one
// atomic store write (or nothing) out. Thread-safe, as the Writer is.
class DocumentIngester {
 public:
  // `writer` must outlive the ingester.
  DocumentIngester(store::Writer* writer,
                   const extract::ExtractOptions& options)
      : writer_(writer), options_(options) {}

  // Extraction errors come back with their own code (INVALID_ARGUMENT,
  // RESOURCE_EXHAUSTED); storage errors as UNAVAILABLE, ABORTED,
  // RESOURCE_EXHAUSTED (an entry over NATS's max_payload) or INTERNAL.
  absl::StatusOr<v1::IngestResponse> Ingest(const v1::IngestRequest& request);

  // Ingest in two steps, so a stream can extract later documents while an
  // earlier one is being written: Extract is pure (any thread, any order);
  // StoreAsync takes its result and writes it (logging either outcome),
  // ordered and completed as store::Writer::PutAsync orders and completes.
  absl::StatusOr<v1::Extraction> Extract(const v1::IngestRequest& request);
  using StoreDone = std::function<void(absl::StatusOr<v1::IngestResponse>)>;
  void StoreAsync(absl::string_view source_uri, size_t content_bytes,
                  absl::StatusOr<v1::Extraction> extraction, StoreDone done);

  // INVALID_ARGUMENT for an empty id; NOT_FOUND unless `allow_missing`.
  absl::Status Delete(absl::string_view document_id, bool allow_missing);

 private:
  store::Writer* writer_;
  extract::ExtractOptions options_;
};

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_DOCUMENT_INGESTER_H_
