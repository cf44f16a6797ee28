#ifndef AMICUS_STORE_WRITER_H_
#define AMICUS_STORE_WRITER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"

namespace amicus::store {

struct WriterOptions {
  // fsync the WAL before acknowledging each document.
  bool sync = true;
  // Create the database directory if it does not exist.
  bool create_if_missing = true;
};

struct PutResult {
  // False when a document with the same id was already stored; nothing was
  // written then.
  bool created = false;
  // The document as stored (with create_time), or as already stored.
  amicus::v1::Document document;
  // Where the document's entry is in the store's order: the seq it was
  // stored at, or was found at; in distributed mode the stream sequence of
  // its put (IngestResponse.log_position).
  uint64_t log_position = 0;
};

// The single writer of the database: the ingest service owns one.
// Thread-safe.
class Writer {
 public:
  virtual ~Writer() = default;

  // Opens (creating every column family) the database at `path`.
  static absl::StatusOr<std::unique_ptr<Writer>> Open(
      const std::string& path, const WriterOptions& options);

  // Called with the outcome of a PutAsync, exactly once.
  using PutDone = std::function<void(absl::StatusOr<PutResult>)>;

  // Stores a document and all its records and index entries in one atomic
  // WriteBatch, unless a document with the same id is already stored.
  // Returns once the document's place in the store order is fixed, or it is
  // known to be a duplicate or invalid; `done` runs then (for those) or,
  // once the write is durable, on the writer's own thread, which it must
  // not block for long. Documents are stored in the order their PutAsync
  // calls returned, and those queued while a write is in flight share the
  // next WAL sync (group commit): one thread putting a stream of documents
  // gets the throughput of concurrent writers and the order of a
  // sequential one. Taken by value: the writer fills in the store's fields
  // in place, so a caller done with its extraction moves it in rather than
  // have it copied.
  virtual void PutAsync(amicus::v1::Extraction extraction, PutDone done) = 0;

  // PutAsync, waiting for its outcome.
  absl::StatusOr<PutResult> Put(amicus::v1::Extraction extraction);

  // Removes a document, its records and index entries in one atomic
  // WriteBatch. NOT_FOUND if there is no such document.
  virtual absl::Status Delete(absl::string_view document_id) = 0;
};

}  // namespace amicus::store

#endif  // AMICUS_STORE_WRITER_H_
