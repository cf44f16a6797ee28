#include "tests/reliability/query_watcher.h"

#include <chrono>

#include "absl/strings/str_cat.h"
#include "grpcpp/grpcpp.h"

namespace amicus::testing {

QueryWatcher::QueryWatcher(v1::QueryService::Stub* stub)
    : stub_(stub), thread_([this] { Watch(); }) {}

QueryWatcher::~QueryWatcher() { Stop(); }

void QueryWatcher::Stop() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

std::vector<std::string> QueryWatcher::Problems() const {
  std::lock_guard<std::mutex> lock(mu_);
  return problems_;
}

void QueryWatcher::Watch() {
  size_t last_count = 0;
  while (!stop_) {
    v1::ListDocumentsRequest request;
    request.set_omit_text(true);
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(30));
    auto reader = stub_->ListDocuments(&context, request);
    size_t count = 0;
    v1::ListDocumentsResponse batch;
    while (reader->Read(&batch)) count += batch.documents_size();
    grpc::Status status = reader->Finish();
    ++calls_;
    std::lock_guard<std::mutex> lock(mu_);
    if (!status.ok()) {
      problems_.push_back("ListDocuments failed: " + status.error_message());
    } else if (count < last_count) {
      problems_.push_back(absl::StrCat("listing shrank from ", last_count,
                                       " to ", count, " documents"));
    } else {
      last_count = count;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace amicus::testing
