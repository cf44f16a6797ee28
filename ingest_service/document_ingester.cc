#include "ingest_service/document_ingester.h"

#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/notification.h"
#include "server/log.h"

namespace amicus::ingest {
namespace {

// Storage failures are the server's problem, not the caller's input:
// what says how to retry stays (UNAVAILABLE: later; ABORTED: a concurrent
// write won, now; RESOURCE_EXHAUSTED: the log's message limit), anything
// else is INTERNAL.
absl::Status StorageError(absl::string_view action, const absl::Status& s) {
  const std::string message = absl::StrCat(action, ": ", s.message());
  switch (s.code()) {
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kAborted:
    case absl::StatusCode::kResourceExhausted:
      return absl::Status(s.code(), message);
    default:
      return absl::InternalError(message);
  }
}

v1::IngestResponse ToResponse(const store::PutResult& put) {
  v1::IngestResponse response;
  response.set_document_id(put.document.id());
  response.set_created(put.created);
  response.set_event_count(put.document.event_count());
  response.set_quote_count(put.document.quote_count());
  response.set_signatory_set_count(put.document.signatory_set_count());
  *response.mutable_warnings() = put.document.warnings();
  response.set_log_position(static_cast<int64_t>(put.log_position));
  return response;
}

}  // namespace

absl::StatusOr<v1::IngestResponse> DocumentIngester::Ingest(
    const v1::IngestRequest& request) {
  absl::Notification stored;
  absl::StatusOr<v1::IngestResponse> response;
  StoreAsync(request.source_uri(), request.content().size(), Extract(request),
             [&](absl::StatusOr<v1::IngestResponse> r) {
               response = std::move(r);
               stored.Notify();
             });
  stored.WaitForNotification();
  return response;
}

absl::StatusOr<v1::Extraction> DocumentIngester::Extract(
    const v1::IngestRequest& request) {
  return extract::Extract(request.source_uri(), request.content(),
                          request.media_type(), options_);
}

void DocumentIngester::StoreAsync(absl::string_view source_uri, size_t size,
                                  absl::StatusOr<v1::Extraction> extraction,
                                  StoreDone done) {
  std::string uri(source_uri);
  if (!extraction.ok()) {
    server::LogLine(absl::StrCat("rejected ", uri, " (", size, " bytes): ",
                                 extraction.status().ToString()));
    done(extraction.status());
    return;
  }
  std::string id = extraction->document().id();
  writer_->PutAsync(
      *std::move(extraction),
      [uri = std::move(uri), size, id = std::move(id),
       done = std::move(done)](absl::StatusOr<store::PutResult> put) {
        if (!put.ok()) {
          absl::Status error = StorageError(
              absl::StrCat("cannot store document ", id), put.status());
          server::LogLine(absl::StrCat("failed ", uri, " (", size,
                                       " bytes): ", error.ToString()));
          done(error);
          return;
        }
        if (put->created) {
          server::LogLine(absl::StrCat("stored ", put->document.id(), " (",
                                       size, " bytes) ", uri));
        }
        done(ToResponse(*put));
      });
}

absl::Status DocumentIngester::Delete(absl::string_view document_id,
                                      bool allow_missing) {
  if (document_id.empty()) {
    return absl::InvalidArgumentError("document_id is empty");
  }
  absl::Status deleted = writer_->Delete(document_id);
  if (deleted.ok()) {
    server::LogLine(absl::StrCat("deleted ", document_id));
    return deleted;
  }
  if (absl::IsNotFound(deleted)) {
    if (allow_missing) return absl::OkStatus();
    return absl::NotFoundError(
        absl::StrCat("no document with id ", document_id));
  }
  absl::Status error =
      StorageError(absl::StrCat("cannot delete document ", document_id),
                   deleted);
  server::LogLine(error.ToString());
  return error;
}

}  // namespace amicus::ingest
