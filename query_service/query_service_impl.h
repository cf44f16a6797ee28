#ifndef AMICUS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
#define AMICUS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_

#include <atomic>

#include "absl/time/time.h"
#include "grpcpp/support/byte_buffer.h"
#include "grpcpp/support/server_callback.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "query_service/batch_policy.h"
#include "query_service/replication_source.h"
#include "store/reader.h"

namespace amicus::query {

struct QueryServiceOptions {
  BatchOptions batch;
  // How often follow streams check for cancellation and draining while
  // waiting for new documents.
  absl::Duration follow_poll_interval = absl::Milliseconds(50);
  // Distributed mode: the log the reader's database is applied from (it
  // must outlive the service). Null: single-machine mode.
  const ReplicationSource* replication = nullptr;
};

// amicus.v1.QueryService over a secondary Reader (which the caller owns and
// keeps alive, with its background catch-up running for follow streams).
// The reader may come later (AttachReader): until then every call fails
// with UNAVAILABLE, so a server can listen, and answer health checks,
// while it waits for its database.
// The four streams are registered in place of the generated handlers and
// write their responses as encoded bytes (WireBatch), so stored records
// are sent without being re-serialized; clients see the public messages.
class QueryServiceImpl final : public amicus::v1::QueryService::Service {
 public:
  // `reader` may be null: see AttachReader.
  QueryServiceImpl(store::Reader* reader, const QueryServiceOptions& options);

  // Serves `reader` from now on (once; it must stay alive as long as the
  // service).
  void AttachReader(store::Reader* reader);

  // Ends follow streams: each sends a last response with its resume token
  // and finishes with OK. Call before draining the server. Idempotent.
  void BeginDrain();

  grpc::Status GetExtraction(grpc::ServerContext* context,
                             const amicus::v1::GetExtractionRequest* request,
                             amicus::v1::Extraction* response) override;

  grpc::Status GetReplicationStatus(
      grpc::ServerContext* context,
      const amicus::v1::GetReplicationStatusRequest* request,
      amicus::v1::ReplicationStatus* response) override;

 private:
  using Writer = grpc::internal::WriterInterface<grpc::ByteBuffer>;
  template <typename Request>
  using RawMethod = grpc::Status (QueryServiceImpl::*)(
      grpc::ServerContext*, const Request*, Writer*);

  // Replaces the generated handler of the stream rpc named `rpc` by
  // `method`.
  template <typename Request>
  void ServeRaw(absl::string_view rpc, RawMethod<Request> method);

  grpc::Status StreamEventsRaw(grpc::ServerContext* context,
                               const amicus::v1::StreamEventsRequest* request,
                               Writer* writer);
  grpc::Status StreamQuotesRaw(grpc::ServerContext* context,
                               const amicus::v1::StreamQuotesRequest* request,
                               Writer* writer);
  grpc::Status StreamSignatorySetsRaw(
      grpc::ServerContext* context,
      const amicus::v1::StreamSignatorySetsRequest* request,
      Writer* writer);
  grpc::Status ListDocumentsRaw(grpc::ServerContext* context,
                                const amicus::v1::ListDocumentsRequest* request,
                                Writer* writer);

  grpc::ServerUnaryReactor* GetDocumentRaw(
      grpc::CallbackServerContext* context,
      const amicus::v1::GetDocumentRequest* request,
      grpc::ByteBuffer* response);
  grpc::Status AnswerGetDocument(store::Reader& reader,
                                 const amicus::v1::GetDocumentRequest& request,
                                 grpc::ByteBuffer* response);

  template <typename Record, typename Plan>
  grpc::Status Stream(grpc::ServerContext* context,
                      const absl::StatusOr<Plan>& plan,
                      const std::string& resume_token, bool follow,
                      int64_t min_log_position, Writer* writer);

  // The attached reader, or null (callers get UNAVAILABLE).
  store::Reader* AttachedReader() const;

  std::atomic<store::Reader*> reader_;
  QueryServiceOptions options_;
  std::atomic<bool> draining_{false};
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_QUERY_SERVICE_IMPL_H_
