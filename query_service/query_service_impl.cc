#include "query_service/query_service_impl.h"

#include <cstdlib>
#include <string>
#include <thread>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "google/protobuf/descriptor.h"
#include "grpcpp/support/method_handler.h"
#include "grpcpp/support/server_callback.h"
#include "query_service/corroboration.h"
#include "query_service/document_lookup.h"
#include "query_service/log_position.h"
#include "query_service/record_stream.h"
#include "query_service/stream_plans.h"
#include "query_service/wire_batch.h"
#include "server/grpc_status.h"
#include "server/log.h"

namespace amicus::query {

using namespace amicus::v1;  // NOLINT: the service's own messages

namespace {

grpc::Status NoDatabaseYet() {
  return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                      "amicus-query is waiting for its database (amicus-ingest "
                      "has not created it yet); retry");
}

// Logs server-side failures (not the client's own mistakes or departures).
grpc::Status Logged(absl::string_view rpc, grpc::Status status) {
  switch (status.error_code()) {
    case grpc::StatusCode::DATA_LOSS:
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::UNKNOWN:
      server::LogLine(absl::StrCat("amicus-query: ", rpc, " failed: ",
                                   status.error_message()));
      break;
    default:
      break;
  }
  return status;
}

// The generated service registers its methods in the order the proto
// declares them, which is the descriptor's method index.
int MethodIndex(absl::string_view rpc) {
  const google::protobuf::ServiceDescriptor* service =
      StreamEventsRequest::descriptor()->file()->FindServiceByName(
          "QueryService");
  const google::protobuf::MethodDescriptor* method =
      service->FindMethodByName(std::string(rpc));
  if (method == nullptr) {
    server::LogLine(absl::StrCat("amicus-query: no rpc named ", rpc));
    std::abort();
  }
  return method->index();
}

}  // namespace

QueryServiceImpl::QueryServiceImpl(store::Reader* reader,
                                   const QueryServiceOptions& options)
    : reader_(reader), options_(options) {
  ServeRaw<StreamEventsRequest>("StreamEvents",
                                &QueryServiceImpl::StreamEventsRaw);
  ServeRaw<StreamQuotesRequest>("StreamQuotes",
                                &QueryServiceImpl::StreamQuotesRaw);
  ServeRaw<StreamSignatorySetsRequest>(
      "StreamSignatorySets", &QueryServiceImpl::StreamSignatorySetsRaw);
  ServeRaw<ListDocumentsRequest>("ListDocuments",
                                 &QueryServiceImpl::ListDocumentsRaw);
  // A point read, short enough for gRPC's own threads (the callback API;
  // a catch-up it triggers takes milliseconds at most): no hand-off to a
  // sync worker, and the stored bytes as the response.
  MarkMethodCallback(
      MethodIndex("GetDocument"),
      new grpc::internal::CallbackUnaryHandler<GetDocumentRequest,
                                               grpc::ByteBuffer>(
          [this](grpc::CallbackServerContext* context,
                 const GetDocumentRequest* request,
                 grpc::ByteBuffer* response) {
            return GetDocumentRaw(context, request, response);
          }));
}

void QueryServiceImpl::AttachReader(store::Reader* reader) {
  reader_.store(reader, std::memory_order_release);
}

store::Reader* QueryServiceImpl::AttachedReader() const {
  return reader_.load(std::memory_order_acquire);
}

void QueryServiceImpl::BeginDrain() { draining_ = true; }

template <typename Request>
void QueryServiceImpl::ServeRaw(absl::string_view rpc,
                                RawMethod<Request> method) {
  // gRPC's split-streaming handler: the server then treats the method as
  // bidirectional, so the handler reads the one request itself.
  using Bytes = grpc::ByteBuffer;
  MarkMethodStreamed(
      MethodIndex(rpc),
      new grpc::internal::SplitServerStreamingHandler<Request, Bytes>(
          [this, method](grpc::ServerContext* context,
                         grpc::ServerSplitStreamer<Request, Bytes>* streamer) {
            Request request;
            if (!streamer->Read(&request)) {
              return grpc::Status(grpc::StatusCode::INTERNAL,
                                  "no request message");
            }
            return (this->*method)(context, &request, streamer);
          }));
}

template <typename Record, typename Plan>
grpc::Status QueryServiceImpl::Stream(grpc::ServerContext* context,
                                      const absl::StatusOr<Plan>& plan,
                                      const std::string& resume_token,
                                      bool follow, int64_t min_log_position,
                                      Writer* writer) {
  if (!plan.ok()) return server::ToGrpcStatus(plan.status());
  store::Reader* reader = AttachedReader();
  if (reader == nullptr) return NoDatabaseYet();
  StreamContext stream_context;
  stream_context.reader = reader;
  stream_context.rpc = context;
  stream_context.draining = &draining_;
  stream_context.batch = options_.batch;
  stream_context.poll_interval = options_.follow_poll_interval;
  RecordStream<Record> stream(*plan, stream_context, writer);
  return stream.Run(resume_token, follow, min_log_position);
}

grpc::Status QueryServiceImpl::StreamEventsRaw(
    grpc::ServerContext* context, const StreamEventsRequest* request,
    Writer* writer) {
  return Logged("StreamEvents",
                Stream<Event>(context, PlanEvents(*request),
                              request->resume_token(), request->follow(),
                              request->min_log_position(), writer));
}

grpc::Status QueryServiceImpl::StreamQuotesRaw(
    grpc::ServerContext* context, const StreamQuotesRequest* request,
    Writer* writer) {
  return Logged("StreamQuotes",
                Stream<Quote>(context, PlanQuotes(*request),
                              request->resume_token(), request->follow(),
                              request->min_log_position(), writer));
}

grpc::Status QueryServiceImpl::StreamSignatorySetsRaw(
    grpc::ServerContext* context, const StreamSignatorySetsRequest* request,
    Writer* writer) {
  return Logged("StreamSignatorySets",
                Stream<SignatorySet>(context, PlanSignatorySets(*request),
                                     request->resume_token(),
                                     request->follow(),
                                     request->min_log_position(), writer));
}

grpc::Status QueryServiceImpl::ListDocumentsRaw(
    grpc::ServerContext* context, const ListDocumentsRequest* request,
    Writer* writer) {
  return Logged("ListDocuments",
                Stream<Document>(context, PlanDocuments(*request),
                                 request->resume_token(), request->follow(),
                                 request->min_log_position(), writer));
}

grpc::ServerUnaryReactor* QueryServiceImpl::GetDocumentRaw(
    grpc::CallbackServerContext* context, const GetDocumentRequest* request,
    grpc::ByteBuffer* response) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  store::Reader* reader = AttachedReader();
  if (reader == nullptr) {
    reactor->Finish(NoDatabaseYet());
    return reactor;
  }
  // Like streams, start from the newest state (ReachedLogPosition catches
  // up), so a document just ingested is found.
  if (ReachedLogPosition(*reader, request->min_log_position())) {
    reactor->Finish(AnswerGetDocument(*reader, *request, response));
    return reactor;
  }
  // Waiting for the log would hold one of gRPC's callback threads: a
  // thread of its own waits instead. The server's shutdown waits for the
  // reactor to finish, so the service and reader outlive it.
  std::thread([this, context, request, response, reactor, reader] {
    absl::Status reached =
        AwaitLogPosition(*reader, request->min_log_position(), *context,
                         options_.follow_poll_interval);
    reactor->Finish(reached.ok()
                        ? AnswerGetDocument(*reader, *request, response)
                        : server::ToGrpcStatus(reached));
  }).detach();
  return reactor;
}

grpc::Status QueryServiceImpl::AnswerGetDocument(
    store::Reader& reader, const GetDocumentRequest& request,
    grpc::ByteBuffer* response) {
  absl::StatusOr<std::string> document =
      LookupDocumentBytes(reader, request.document_id());
  if (!document.ok()) {
    return Logged("GetDocument", server::ToGrpcStatus(document.status()));
  }
  *response = OwningByteBuffer(*std::move(document));
  return grpc::Status::OK;
}

grpc::Status QueryServiceImpl::GetExtraction(
    grpc::ServerContext* context, const GetExtractionRequest* request,
    Extraction* response) {
  store::Reader* reader = AttachedReader();
  if (reader == nullptr) return NoDatabaseYet();
  absl::Status reached =
      AwaitLogPosition(*reader, request->min_log_position(), *context,
                       options_.follow_poll_interval);
  if (!reached.ok()) return server::ToGrpcStatus(reached);
  std::unique_ptr<store::View> view = reader->NewView();
  absl::StatusOr<Extraction> extraction =
      LookupExtraction(*view, request->document_id());
  if (extraction.ok()) {
    absl::Status annotated = AnnotateExtraction(*view, &*extraction);
    if (!annotated.ok()) extraction = annotated;
  }
  if (!extraction.ok()) {
    return Logged("GetExtraction", server::ToGrpcStatus(extraction.status()));
  }
  *response = *std::move(extraction);
  return grpc::Status::OK;
}

grpc::Status QueryServiceImpl::GetReplicationStatus(
    grpc::ServerContext*, const GetReplicationStatusRequest*,
    ReplicationStatus* response) {
  store::Reader* reader = AttachedReader();
  if (reader == nullptr) return NoDatabaseYet();
  reader->CatchUp().IgnoreError();
  *response = MakeReplicationStatus(reader->LatestSeq(), options_.replication,
                                    absl::Now());
  return grpc::Status::OK;
}

}  // namespace amicus::query
