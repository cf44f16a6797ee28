#include "tests/load/stream_clients.h"

#include <atomic>
#include <chrono>
#include <thread>

#include "absl/status/status.h"
#include "absl/time/clock.h"

namespace amicus::load {
namespace {

// A reader stream that has not ended a minute after it started is hung.
constexpr absl::Duration kStreamDeadline = absl::Seconds(60);

std::string CodeName(const grpc::Status& status) {
  return absl::StatusCodeToString(
      static_cast<absl::StatusCode>(status.error_code()));
}

int Records(const v1::StreamEventsResponse& r) { return r.events_size(); }
int Records(const v1::StreamQuotesResponse& r) { return r.quotes_size(); }
int Records(const v1::ListDocumentsResponse& r) { return r.documents_size(); }

// Reads `reader` to its end, counting records and the time to the first.
template <typename Response, typename Reader>
grpc::Status Drain(Reader& reader, absl::Time opened, ClientStats* stats) {
  Response response;
  bool first = true;
  while (reader->Read(&response)) {
    const int records = Records(response);
    stats->records += records;
    if (first && records > 0) {
      stats->ttfr_ms.push_back(absl::ToDoubleMilliseconds(absl::Now() - opened));
      first = false;
    }
  }
  return reader->Finish();
}

void Count(const grpc::Status& status, bool deadline_expected,
           ClientStats* stats) {
  const bool expected =
      status.ok() || (deadline_expected &&
                      status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED);
  if (expected) {
    ++stats->streams_completed;
  } else {
    ++stats->errors[CodeName(status)];
  }
}

grpc::Status OneStream(v1::QueryService::Stub& stub, int kind,
                       ClientStats* stats) {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + kStreamDeadline));
  const absl::Time opened = absl::Now();
  switch (kind) {
    case 0: {
      auto reader = stub.StreamEvents(&context, v1::StreamEventsRequest());
      return Drain<v1::StreamEventsResponse>(reader, opened, stats);
    }
    case 1: {
      auto reader = stub.StreamQuotes(&context, v1::StreamQuotesRequest());
      return Drain<v1::StreamQuotesResponse>(reader, opened, stats);
    }
    default: {
      auto reader = stub.ListDocuments(&context, v1::ListDocumentsRequest());
      return Drain<v1::ListDocumentsResponse>(reader, opened, stats);
    }
  }
}

}  // namespace

void RunReader(v1::QueryService::Stub& stub, int client, absl::Time end,
               ClientStats* stats) {
  for (int i = 0; absl::Now() < end; ++i) {
    Count(OneStream(stub, (client + i) % 3, stats), false, stats);
  }
}

void RunFollower(v1::QueryService::Stub& stub, absl::Time end,
                 ClientStats* stats) {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(end));
  v1::StreamEventsRequest request;
  request.set_follow(true);
  const absl::Time opened = absl::Now();
  auto reader = stub.StreamEvents(&context, request);
  Count(Drain<v1::StreamEventsResponse>(reader, opened, stats), true, stats);
}

void RunSlowReader(v1::QueryService::Stub& stub, absl::Duration pause,
                   absl::Time end, ClientStats* stats, std::atomic<int>* opened) {
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(end));
  v1::ListDocumentsRequest request;
  request.set_follow(true);
  auto reader = stub.ListDocuments(&context, request);
  v1::ListDocumentsResponse response;
  bool reading = reader->Read(&response);
  opened->fetch_add(1);
  while (reading && absl::Now() < end) {
    stats->records += response.documents_size();
    // Stalled: holds the stream open without reading until its deadline.
    const absl::Duration wait =
        pause == absl::InfiniteDuration() ? end - absl::Now() : pause;
    std::this_thread::sleep_for(absl::ToChronoNanoseconds(wait));
    reading = absl::Now() < end && reader->Read(&response);
  }
  // Cancelled from here rather than waiting for the server: the stream's
  // unread backlog must not keep this thread past the run.
  context.TryCancel();
  grpc::Status status = reader->Finish();
  if (status.error_code() == grpc::StatusCode::CANCELLED) status = grpc::Status::OK;
  Count(status, true, stats);
}

}  // namespace amicus::load
