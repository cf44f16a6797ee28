#include "ingest_service/stream_window.h"

#include <utility>

namespace amicus::ingest {

bool StreamWindow::Full(size_t incoming_bytes) const {
  if (docs_.empty()) return false;
  return static_cast<int>(docs_.size()) >= limits_.max_documents ||
         bytes_ + incoming_bytes > limits_.max_bytes;
}

bool StreamWindow::AwaitRoom(size_t bytes) {
  std::unique_lock<std::mutex> lock(mu_);
  has_room_.wait(lock, [&] { return stopped_ || !Full(bytes); });
  return !stopped_;
}

bool StreamWindow::Admit(v1::IngestRequest request,
                         ContentBudget::Lease lease) {
  const size_t bytes = request.content().size();
  std::unique_lock<std::mutex> lock(mu_);
  has_room_.wait(lock, [&] { return stopped_ || !Full(bytes); });
  if (stopped_) return false;
  Document& doc = docs_.emplace_back();
  doc.index = end() - 1;
  doc.content_bytes = bytes;
  doc.request = std::move(request);
  doc.lease = std::move(lease);
  bytes_ += bytes;
  to_extract_.notify_one();
  return true;
}

void StreamWindow::Close() {
  std::lock_guard<std::mutex> lock(mu_);
  closed_ = true;
  to_extract_.notify_all();
  to_commit_.notify_all();
  to_answer_.notify_all();
}

void StreamWindow::Stop() {
  std::lock_guard<std::mutex> lock(mu_);
  stopped_ = true;
  has_room_.notify_all();
  to_extract_.notify_all();
  to_commit_.notify_all();
  to_answer_.notify_all();
}

StreamWindow::Document* StreamWindow::NextToExtract() {
  std::unique_lock<std::mutex> lock(mu_);
  to_extract_.wait(lock,
                   [&] { return stopped_ || closed_ || next_extract_ < end(); });
  if (stopped_ || next_extract_ == end()) return nullptr;
  return &at(next_extract_++);
}

void StreamWindow::Extracted(Document* doc,
                             absl::StatusOr<v1::Extraction> extraction) {
  std::lock_guard<std::mutex> lock(mu_);
  doc->extraction = std::move(extraction);
  if (doc->index == next_commit_) to_commit_.notify_one();
}

bool StreamWindow::NextCommitReady() const {
  if (next_commit_ == end()) return false;
  return docs_[next_commit_ - base_].extraction.has_value();
}

StreamWindow::Document* StreamWindow::NextToCommit() {
  std::unique_lock<std::mutex> lock(mu_);
  to_commit_.wait(lock, [&] {
    return stopped_ || NextCommitReady() || (closed_ && next_commit_ == end());
  });
  if (stopped_ || next_commit_ == end()) return nullptr;
  return &at(next_commit_++);
}

void StreamWindow::Committed(Document* doc,
                             absl::StatusOr<v1::IngestResponse> result) {
  // Stored: only the answer is still needed, however late the client reads
  // it, so neither its memory nor its share of the budget is held. The
  // share goes back before the answer can be taken (nothing else touches
  // the lease once the document is in the writer), so a client that has
  // its answer finds the share back.
  doc->lease.Release();
  std::lock_guard<std::mutex> lock(mu_);
  doc->result = std::move(result);
  doc->extraction.reset();
  doc->request.clear_content();
  if (doc->index == base_) to_answer_.notify_one();
  if (++committed_ == next_commit_) all_committed_.notify_all();
}

void StreamWindow::AwaitCommitted() {
  std::unique_lock<std::mutex> lock(mu_);
  all_committed_.wait(lock, [&] { return committed_ == next_commit_; });
}

bool StreamWindow::TakeAnswerable(std::vector<Document>* out) {
  out->clear();
  std::unique_lock<std::mutex> lock(mu_);
  to_answer_.wait(lock, [&] {
    return stopped_ || (closed_ && docs_.empty()) ||
           (!docs_.empty() && docs_.front().result.has_value());
  });
  if (stopped_) return false;
  while (!docs_.empty() && docs_.front().result.has_value()) {
    bytes_ -= docs_.front().content_bytes;
    out->push_back(std::move(docs_.front()));
    docs_.pop_front();
    ++base_;
  }
  if (!out->empty()) has_room_.notify_one();
  return !out->empty();
}

}  // namespace amicus::ingest
