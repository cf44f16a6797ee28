#include "tests/reliability/follow_reader.h"

#include <chrono>

#include "absl/strings/str_cat.h"
#include "grpcpp/grpcpp.h"

namespace amicus::testing {

FollowReader::FollowReader(v1::QueryService::Stub* stub)
    : stub_(stub), thread_([this] { Follow(); }) {}

FollowReader::~FollowReader() { Stop(); }

std::vector<std::string> FollowReader::Ids() const {
  std::lock_guard<std::mutex> lock(mu_);
  return ids_;
}

std::vector<std::string> FollowReader::Endings() const {
  std::lock_guard<std::mutex> lock(mu_);
  return endings_;
}

void FollowReader::Stop() {
  stop_ = true;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (context_ != nullptr) context_->TryCancel();
  }
  if (thread_.joinable()) thread_.join();
}

void FollowReader::Follow() {
  while (ReadOneStream()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

bool FollowReader::ReadOneStream() {
  grpc::ClientContext context;
  v1::ListDocumentsRequest request;
  request.set_follow(true);
  request.set_omit_text(true);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stop_) return false;
    request.set_resume_token(token_);
    context_ = &context;
  }
  auto reader = stub_->ListDocuments(&context, request);
  v1::ListDocumentsResponse batch;
  while (reader->Read(&batch)) {
    std::lock_guard<std::mutex> lock(mu_);
    for (const v1::Document& document : batch.documents()) {
      ids_.push_back(document.id());
    }
    if (!batch.resume_token().empty()) token_ = batch.resume_token();
  }
  grpc::Status status = reader->Finish();
  std::lock_guard<std::mutex> lock(mu_);
  context_ = nullptr;
  if (stop_) return false;
  endings_.push_back(absl::StrCat(status.error_code(), ": ",
                                  status.error_message(), " (token: ",
                                  token_.empty() ? "no" : "yes", ")"));
  return true;
}

}  // namespace amicus::testing
