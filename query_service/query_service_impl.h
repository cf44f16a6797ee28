#ifndef AMICUS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
#define AMICUS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_

#include <atomic>

#include "absl/time/time.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "query_service/batch_policy.h"
#include "store/reader.h"

namespace amicus::query {

struct QueryServiceOptions {
  BatchOptions batch;
  // How often follow streams check for cancellation and draining while
  // waiting for new documents.
  absl::Duration follow_poll_interval = absl::Milliseconds(50);
};

// amicus.v1.QueryService over a secondary Reader (which the caller owns and
// keeps alive, with its background catch-up running for follow streams).
class QueryServiceImpl final : public amicus::v1::QueryService::Service {
 public:
  QueryServiceImpl(store::Reader* reader, const QueryServiceOptions& options);

  // Ends follow streams: each sends a last response with its resume token
  // and finishes with OK. Call before draining the server. Idempotent.
  void BeginDrain();

  grpc::Status StreamEvents(
      grpc::ServerContext* context,
      const amicus::v1::StreamEventsRequest* request,
      grpc::ServerWriter<amicus::v1::StreamEventsResponse>* writer) override;
  grpc::Status StreamQuotes(
      grpc::ServerContext* context,
      const amicus::v1::StreamQuotesRequest* request,
      grpc::ServerWriter<amicus::v1::StreamQuotesResponse>* writer) override;
  grpc::Status StreamSignatorySets(
      grpc::ServerContext* context,
      const amicus::v1::StreamSignatorySetsRequest* request,
      grpc::ServerWriter<amicus::v1::StreamSignatorySetsResponse>* writer)
      override;
  grpc::Status ListDocuments(
      grpc::ServerContext* context,
      const amicus::v1::ListDocumentsRequest* request,
      grpc::ServerWriter<amicus::v1::ListDocumentsResponse>* writer) override;
  grpc::Status GetDocument(grpc::ServerContext* context,
                           const amicus::v1::GetDocumentRequest* request,
                           amicus::v1::Document* response) override;
  grpc::Status GetExtraction(grpc::ServerContext* context,
                             const amicus::v1::GetExtractionRequest* request,
                             amicus::v1::Extraction* response) override;

 private:
  template <typename Record, typename Response, typename Plan>
  grpc::Status Stream(grpc::ServerContext* context,
                      const absl::StatusOr<Plan>& plan,
                      const std::string& resume_token, bool follow,
                      grpc::ServerWriter<Response>* writer,
                      google::protobuf::RepeatedPtrField<Record>* (
                          *records_of)(Response*));

  store::Reader* reader_;
  QueryServiceOptions options_;
  std::atomic<bool> draining_{false};
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
