#ifndef AMICUS_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
#define AMICUS_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_

#include "amicus/v1/ingest_service.grpc.pb.h"
#include "ingest_service/content_budget.h"
#include "ingest_service/document_ingester.h"

namespace amicus::ingest {

// amicus.v1.IngestService over gRPC's synchronous API; each RPC runs on a
// gRPC worker thread and documents of one stream are handled in order.
class IngestServiceImpl final : public v1::IngestService::Service {
 public:
  // `ingester` must outlive the service. At most `content_budget_bytes`
  // of content is extracted and stored at once, over all calls (see
  // ContentBudget); the default is the default --max_document_bytes.
  explicit IngestServiceImpl(DocumentIngester* ingester,
                             size_t content_budget_bytes = 16 << 20)
      : ingester_(ingester), budget_(content_budget_bytes) {}

  grpc::Status Ingest(grpc::ServerContext* context,
                      const v1::IngestRequest* request,
                      v1::IngestResponse* response) override;

  grpc::Status IngestStream(
      grpc::ServerContext* context,
      grpc::ServerReaderWriter<v1::IngestStreamResponse, v1::IngestRequest>*
          stream) override;

  // Content bytes now being worked on, over all calls.
  size_t budget_leased() const { return budget_.leased(); }

  grpc::Status DeleteDocument(grpc::ServerContext* context,
                              const v1::DeleteDocumentRequest* request,
                              google::protobuf::Empty* response) override;

 private:
  DocumentIngester* ingester_;
  ContentBudget budget_;
};

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_INGEST_SERVICE_IMPL_H_
