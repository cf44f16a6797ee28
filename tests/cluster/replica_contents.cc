#include "tests/cluster/replica_contents.h"

#include <algorithm>
#include <limits>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "grpcpp/grpcpp.h"

namespace amicus::testing {
namespace {

// Drains one server stream into `out`; `records` picks a batch's records.
template <typename Request, typename Response, typename Call, typename Records>
absl::Status Drain(const Request& request, Call call, Records records,
                   absl::Duration timeout, std::vector<std::string>* out,
                   int64_t* view_position) {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + timeout));
  auto reader = call(&context, request);
  Response batch;
  while (reader->Read(&batch)) {
    *view_position = std::min<int64_t>(*view_position, batch.log_position());
    for (const auto& record : records(batch)) out->push_back(WireBytes(record));
  }
  grpc::Status status = reader->Finish();
  if (!status.ok()) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                        status.error_message());
  }
  return absl::OkStatus();
}

std::string Difference(const char* what, const std::vector<std::string>& a,
                       const std::vector<std::string>& b) {
  if (a == b) return "";
  size_t at = 0;
  while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
  return absl::StrCat(what, ": ", a.size(), " vs ", b.size(), " records, first difference at ", at,
                      "; ");
}

}  // namespace

std::string WireBytes(const google::protobuf::Message& message) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  return bytes;
}

bool ReplicaContents::operator==(const ReplicaContents& other) const {
  return documents == other.documents && events == other.events &&
         quotes == other.quotes && signatory_sets == other.signatory_sets;
}

absl::StatusOr<ReplicaContents> ReadReplica(v1::QueryService::Stub& stub,
                                            int64_t min_log_position,
                                            absl::Duration timeout) {
  ReplicaContents contents;
  contents.view_position = std::numeric_limits<int64_t>::max();
  int64_t* position = &contents.view_position;

  v1::ListDocumentsRequest documents;
  documents.set_min_log_position(min_log_position);
  absl::Status status = Drain<v1::ListDocumentsRequest, v1::ListDocumentsResponse>(
      documents, [&](grpc::ClientContext* c, const auto& r) { return stub.ListDocuments(c, r); },
      [&](const auto& b) {
        for (const v1::Document& d : b.documents()) contents.document_ids.push_back(d.id());
        return b.documents();
      },
      timeout, &contents.documents, position);
  if (!status.ok()) return status;

  v1::StreamEventsRequest events;
  events.set_min_log_position(min_log_position);
  status = Drain<v1::StreamEventsRequest, v1::StreamEventsResponse>(
      events, [&](grpc::ClientContext* c, const auto& r) { return stub.StreamEvents(c, r); },
      [](const auto& b) { return b.events(); }, timeout, &contents.events, position);
  if (!status.ok()) return status;

  v1::StreamQuotesRequest quotes;
  quotes.set_min_log_position(min_log_position);
  status = Drain<v1::StreamQuotesRequest, v1::StreamQuotesResponse>(
      quotes, [&](grpc::ClientContext* c, const auto& r) { return stub.StreamQuotes(c, r); },
      [](const auto& b) { return b.quotes(); }, timeout, &contents.quotes, position);
  if (!status.ok()) return status;

  v1::StreamSignatorySetsRequest sets;
  sets.set_min_log_position(min_log_position);
  status = Drain<v1::StreamSignatorySetsRequest, v1::StreamSignatorySetsResponse>(
      sets,
      [&](grpc::ClientContext* c, const auto& r) { return stub.StreamSignatorySets(c, r); },
      [](const auto& b) { return b.signatory_sets(); }, timeout, &contents.signatory_sets,
      position);
  if (!status.ok()) return status;
  return contents;
}

std::string FirstDifference(const ReplicaContents& a, const ReplicaContents& b) {
  return Difference("documents", a.documents, b.documents) +
         Difference("events", a.events, b.events) + Difference("quotes", a.quotes, b.quotes) +
         Difference("signatory sets", a.signatory_sets, b.signatory_sets);
}

}  // namespace amicus::testing
