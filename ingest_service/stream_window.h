#ifndef AMICUS_INGEST_SERVICE_STREAM_WINDOW_H_
#define AMICUS_INGEST_SERVICE_STREAM_WINDOW_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include "absl/status/statusor.h"
#include "amicus/v1/ingest_service.pb.h"
#include "amicus/v1/records.pb.h"
#include "ingest_service/content_budget.h"

namespace amicus::ingest {

// The documents of one IngestStream between being read and being answered,
// in stream order. It hands them to three kinds of workers: extraction
// (any order), the committer (in stream order) and the acknowledger (in
// stream order, once committed). It is bounded, so a fast client, or one
// that stops reading answers, cannot make the server buffer without limit:
// the reader blocks in Admit, so gRPC flow control pushes back on the
// client.
class StreamWindow {
 public:
  struct Limits {
    // Documents read but not yet answered.
    int max_documents = 16;
    // Their content bytes (one document is always let in, whatever its size).
    size_t max_bytes = 64 << 20;
  };

  struct Document {
    int64_t index = 0;
    size_t content_bytes = 0;
    v1::IngestRequest request;
    // Its share of the process's ContentBudget, given back once stored.
    ContentBudget::Lease lease;
    std::optional<absl::StatusOr<v1::Extraction>> extraction;
    std::optional<absl::StatusOr<v1::IngestResponse>> result;
  };

  explicit StreamWindow(Limits limits) : limits_(limits) {}

  // Reader: blocks while the window is full; false once stopped.
  bool Admit(v1::IngestRequest request, ContentBudget::Lease lease = {});
  // Reader: blocks until a document of `bytes` would be admitted at once
  // (only the reader admits, so the room stays); false once stopped.
  bool AwaitRoom(size_t bytes);
  // Reader: no more documents will come.
  void Close();
  // Anyone: abandon what is not answered yet (the client is gone). Wakes
  // every waiter; documents already inside the writer still finish there.
  void Stop();

  // Extraction workers: the next document not yet taken for extraction;
  // null once closed and all taken, or stopped. The document stays valid
  // (and its request unchanged) until it is answered.
  Document* NextToExtract();
  void Extracted(Document* doc, absl::StatusOr<v1::Extraction> extraction);

  // Committer: waits until the next document in stream order is
  // extracted, then gives it; null when nothing is left to commit, or
  // stopped.
  Document* NextToCommit();
  // Any thread, once per document given by NextToCommit, also after Stop.
  void Committed(Document* doc, absl::StatusOr<v1::IngestResponse> result);
  // Waits until every document given by NextToCommit is Committed, so the
  // window may go while the store still holds some (after Stop).
  void AwaitCommitted();

  // Acknowledger: waits for the oldest document to be committed, then
  // moves it and every committed one after it to `out`, in order. False
  // (with `out` empty) once everything is answered and the window closed,
  // or stopped.
  bool TakeAnswerable(std::vector<Document>* out);

 private:
  bool Full(size_t incoming_bytes) const;
  bool NextCommitReady() const;
  int64_t end() const { return base_ + static_cast<int64_t>(docs_.size()); }
  Document& at(int64_t index) { return docs_[index - base_]; }

  const Limits limits_;
  std::mutex mu_;
  // One per kind of waiter, so a change wakes only those it concerns.
  std::condition_variable has_room_;
  std::condition_variable to_extract_;
  std::condition_variable to_commit_;
  std::condition_variable to_answer_;
  std::condition_variable all_committed_;
  // Unanswered documents; std::deque keeps references to them valid while
  // others are added at the back and removed at the front.
  std::deque<Document> docs_;
  int64_t base_ = 0;  // index of docs_.front()
  size_t bytes_ = 0;
  int64_t next_extract_ = 0;
  int64_t next_commit_ = 0;
  int64_t committed_ = 0;
  bool closed_ = false;
  bool stopped_ = false;
};

}  // namespace amicus::ingest

#endif  // AMICUS_INGEST_SERVICE_STREAM_WINDOW_H_
