// amicus-ingest --nats as a process: flags, and health while NATS is away.
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "tests/e2e/subprocess.h"
#include "tests/nats/nats_server.h"
#include "tests/reliability/generated_statements.h"
#include "tests/store/temp_dir.h"

namespace amicus::testing {
namespace {

using grpc::health::v1::HealthCheckResponse;

const std::string kIngest = std::string(AMICUS_BIN_DIR) + "/amicus-ingest";

HealthCheckResponse::ServingStatus Health(grpc::Channel* channel) {
  auto stub = grpc::health::v1::Health::NewStub(
      std::shared_ptr<grpc::Channel>(channel, [](grpc::Channel*) {}));
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(5)));
  grpc::health::v1::HealthCheckRequest request;
  HealthCheckResponse response;
  if (!stub->Check(&context, request, &response).ok()) {
    return HealthCheckResponse::UNKNOWN;
  }
  return response.status();
}

grpc::Status Ingest(grpc::Channel* channel, v1::IngestResponse* response) {
  auto stub = v1::IngestService::NewStub(
      std::shared_ptr<grpc::Channel>(channel, [](grpc::Channel*) {}));
  const Statement statement = GoodStatement();
  v1::IngestRequest request;
  request.set_source_uri(statement.source_uri);
  request.set_content(statement.content);
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + absl::Seconds(10)));
  return stub->Ingest(&context, request, response);
}

TEST(IngestProcessTest, ExactlyOneOfDbAndNatsIsRequired) {
  TempDir dir;
  for (const std::vector<std::string>& argv :
       {std::vector<std::string>{kIngest},
        {kIngest, "--db=" + dir.Sub("db"), "--nats=nats://127.0.0.1:4222"}}) {
    RunResult run = RunCommand(argv);
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_NE(run.err.find("exactly one of --db"), std::string::npos)
        << run.err;
  }
}

TEST(IngestProcessTest, NotServingUntilNatsAnswersThenIngests) {
  TempDir dir;
  absl::StatusOr<std::unique_ptr<NatsServer>> nats =
      NatsServer::Start(dir.Sub("nats"));
  ASSERT_TRUE(nats.ok()) << nats.status();
  ASSERT_TRUE((*nats)->Stop().ok());  // keeps its port for the restart

  absl::StatusOr<std::unique_ptr<Subprocess>> ingest = Subprocess::Start(
      {kIngest, "--nats=" + (*nats)->url(), "--listen=127.0.0.1:0"});
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  absl::StatusOr<std::string> address =
      (*ingest)->WaitForListenAddress(absl::Seconds(20));
  ASSERT_TRUE(address.ok()) << address.status();
  std::shared_ptr<grpc::Channel> channel =
      grpc::CreateChannel(*address, grpc::InsecureChannelCredentials());

  EXPECT_EQ(Health(channel.get()), HealthCheckResponse::NOT_SERVING);
  v1::IngestResponse response;
  grpc::Status refused = Ingest(channel.get(), &response);
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::UNAVAILABLE)
      << refused.error_message();

  ASSERT_TRUE((*nats)->Restart().ok());
  const absl::Time deadline = absl::Now() + absl::Seconds(20);
  while (Health(channel.get()) != HealthCheckResponse::SERVING &&
         absl::Now() < deadline) {
    absl::SleepFor(absl::Milliseconds(50));
  }
  ASSERT_EQ(Health(channel.get()), HealthCheckResponse::SERVING)
      << (*ingest)->Stderr();
  grpc::Status stored = Ingest(channel.get(), &response);
  ASSERT_TRUE(stored.ok()) << stored.error_message();
  EXPECT_TRUE(response.created());
  EXPECT_GT(response.log_position(), 0);

  absl::StatusOr<int> exit = (*ingest)->Terminate(absl::Seconds(30));
  ASSERT_TRUE(exit.ok()) << exit.status();
  EXPECT_EQ(*exit, 0) << (*ingest)->Stderr();
}

}  // namespace
}  // namespace amicus::testing
