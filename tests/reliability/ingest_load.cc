#include "tests/reliability/ingest_load.h"

#include <chrono>

#include "grpcpp/grpcpp.h"
#include "tests/reliability/generated_statements.h"

namespace amicus::testing {

void IngestLoad::Start(v1::IngestService::Stub* stub, int threads) {
  stop_ = false;
  for (int i = 0; i < threads; ++i) {
    threads_.emplace_back([this, stub] { Send(stub); });
  }
}

void IngestLoad::Stop() {
  stop_ = true;
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
}

std::set<int> IngestLoad::Sent() const {
  std::lock_guard<std::mutex> lock(mu_);
  return sent_;
}

std::map<int, v1::IngestResponse> IngestLoad::Acknowledged() const {
  std::lock_guard<std::mutex> lock(mu_);
  return acknowledged_;
}

void IngestLoad::Send(v1::IngestService::Stub* stub) {
  while (!stop_) {
    const int n = next_++;
    Statement statement = GeneratedStatement(n);
    v1::IngestRequest request;
    request.set_source_uri(statement.source_uri);
    request.set_content(statement.content);
    {
      std::lock_guard<std::mutex> lock(mu_);
      sent_.insert(n);
    }
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() +
                         std::chrono::seconds(60));
    v1::IngestResponse response;
    if (!stub->Ingest(&context, request, &response).ok()) return;
    std::lock_guard<std::mutex> lock(mu_);
    acknowledged_[n] = response;
  }
}

}  // namespace amicus::testing
