// Serve(): what a deployment sees from the outside -- health, port errors,
// graceful shutdown.
#include "server/serve.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "google/protobuf/descriptor.h"
#include "gtest/gtest.h"

namespace amicus::server {
namespace {

using grpc::health::v1::Health;
using grpc::health::v1::HealthCheckRequest;
using grpc::health::v1::HealthCheckResponse;

HealthCheckResponse::ServingStatus CheckHealth(const std::string& address,
                                               const std::string& service) {
  auto stub = Health::NewStub(
      grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
  grpc::ClientContext context;
  HealthCheckRequest request;
  request.set_service(service);
  HealthCheckResponse response;
  grpc::Status status = stub->Check(&context, request, &response);
  if (!status.ok()) return HealthCheckResponse::SERVICE_UNKNOWN;
  return response.status();
}

// A server on a free port, run on a thread until RequestShutdown().
class RunningServer {
 public:
  explicit RunningServer(std::function<void()> before_drain = nullptr) {
    std::promise<std::string> bound;
    ServeOptions options;
    options.name = "serve-test";
    options.listen = "127.0.0.1:0";
    options.on_listening = [&bound](const std::string& address) {
      bound.set_value(address);
    };
    std::future<std::string> address = bound.get_future();
    result_ = std::async(std::launch::async, [options, before_drain] {
      return Serve(options, {}, before_drain);
    });
    address_ = address.get();
  }

  const std::string& address() const { return address_; }

  absl::Status Stop() {
    RequestShutdown();
    return result_.get();
  }

 private:
  std::future<absl::Status> result_;
  std::string address_;
};

TEST(ServeTest, ReportsTheChosenPortAndAnswersHealthChecks) {
  RunningServer server;
  EXPECT_NE(server.address(), "127.0.0.1:0");
  EXPECT_EQ(server.address().rfind("127.0.0.1:", 0), 0u) << server.address();
  EXPECT_EQ(CheckHealth(server.address(), ""), HealthCheckResponse::SERVING);
  EXPECT_TRUE(server.Stop().ok());
}

TEST(ServeTest, HealthTurnsNotServingBeforeDrainAndServeReturnsOk) {
  std::string address;
  HealthCheckResponse::ServingStatus during_drain =
      HealthCheckResponse::UNKNOWN;
  RunningServer server([&] { during_drain = CheckHealth(address, ""); });
  address = server.address();
  absl::Status stopped = server.Stop();
  EXPECT_TRUE(stopped.ok()) << stopped;
  EXPECT_EQ(during_drain, HealthCheckResponse::NOT_SERVING);
}

TEST(ServeTest, ReturnsAClearErrorWhenThePortIsTaken) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr = {};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
  ASSERT_EQ(listen(fd, 1), 0);
  socklen_t len = sizeof(addr);
  ASSERT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  const std::string listen_on =
      absl::StrCat("127.0.0.1:", ntohs(addr.sin_port));

  ServeOptions options;
  options.name = "serve-test";
  options.listen = listen_on;
  absl::Status status = Serve(options, {});
  close(fd);

  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.message(),
            absl::StrCat("cannot listen on ", listen_on, ": address in use?"));
}

// Server reflection describes services from the generated descriptor pool;
// gRPC's own health service does not put itself there.
TEST(ServeTest, HealthServiceIsDescribableByReflection) {
  const google::protobuf::ServiceDescriptor* health =
      google::protobuf::DescriptorPool::generated_pool()->FindServiceByName(
          "grpc.health.v1.Health");
  ASSERT_NE(health, nullptr);
  EXPECT_NE(health->FindMethodByName("Check"), nullptr);
  EXPECT_NE(health->FindMethodByName("Watch"), nullptr);
}

TEST(ServeTest, RejectsAnAddressWithoutPort) {
  ServeOptions options;
  options.name = "serve-test";
  options.listen = "localhost";
  absl::Status status = Serve(options, {});
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("HOST:PORT"), absl::string_view::npos);
}

}  // namespace
}  // namespace amicus::server
