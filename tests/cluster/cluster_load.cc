#include "tests/cluster/cluster_load.h"

#include <algorithm>

#include "grpcpp/grpcpp.h"
#include "tests/reliability/generated_statements.h"

namespace amicus::testing {

ClusterLoad::ClusterLoad(std::vector<ServiceProcess*> ingest, int first, int count)
    : ingest_(std::move(ingest)), end_(first + count), next_(first) {}

void ClusterLoad::Start(int threads) {
  stop_ = false;
  for (int i = 0; i < threads; ++i) threads_.emplace_back([this, i] { Send(i); });
}

void ClusterLoad::Stop() {
  stop_ = true;
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
}

void ClusterLoad::Send(int thread) {
  int replica = thread % static_cast<int>(ingest_.size());
  while (!stop_) {
    const int n = next_++;
    if (n >= end_) return;
    v1::IngestResponse response;
    while (!stop_ && !SendOnce(n, replica, &response)) {
      ++failed_calls_;
      replica = (replica + 1) % static_cast<int>(ingest_.size());
      absl::SleepFor(absl::Milliseconds(50));
    }
  }
}

bool ClusterLoad::SendOnce(int n, int replica, v1::IngestResponse* response) {
  Statement statement = GeneratedStatement(n);
  v1::IngestRequest request;
  request.set_source_uri(statement.source_uri);
  request.set_content(statement.content);
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(10)));
  if (!ingest_[replica]->IngestStub()->Ingest(&context, request, response).ok()) {
    return false;
  }
  absl::MutexLock lock(&mu_);
  acknowledged_.emplace(n, *response);
  if (response->created()) ++created_[n];
  return true;
}

bool ClusterLoad::WaitForAcknowledged(int count, absl::Duration timeout) const {
  auto enough = [this, count]() ABSL_SHARED_LOCKS_REQUIRED(mu_) {
    return static_cast<int>(acknowledged_.size()) >= count;
  };
  absl::MutexLock lock(&mu_);
  return mu_.AwaitWithTimeout(absl::Condition(&enough), timeout);
}

std::map<int, v1::IngestResponse> ClusterLoad::Acknowledged() const {
  absl::MutexLock lock(&mu_);
  return acknowledged_;
}

std::vector<int> ClusterLoad::CreatedTwice() const {
  absl::MutexLock lock(&mu_);
  std::vector<int> twice;
  for (const auto& [n, times] : created_) {
    if (times > 1) twice.push_back(n);
  }
  return twice;
}

int64_t ClusterLoad::max_log_position() const {
  absl::MutexLock lock(&mu_);
  int64_t position = 0;
  for (const auto& [n, response] : acknowledged_) {
    position = std::max<int64_t>(position, response.log_position());
  }
  return position;
}

}  // namespace amicus::testing
