// Mutual TLS through the real binaries: only clients holding a certificate
// from --tls_client_ca get a connection; plus start-up refusals of unsafe
// flag combinations.
#include <filesystem>
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"
#include "tests/security/secure_services.h"
#include "tests/security/test_certificates.h"

namespace amicus::testing {
namespace {

class MutualTlsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<CertificateFiles> certs = MakeTestCertificates();
    ASSERT_TRUE(certs.ok()) << certs.status();
    certs_ = new CertificateFiles(*certs);
    services_ = new SecureServices();
    absl::Status started = services_->Start(
        {"--tls_cert=" + certs_->server_cert, "--tls_key=" + certs_->server_key,
         "--tls_client_ca=" + certs_->ca_cert});
    ASSERT_TRUE(started.ok()) << started;
  }
  static void TearDownTestSuite() {
    delete services_;
    services_ = nullptr;
    if (certs_ != nullptr) std::filesystem::remove_all(certs_->dir);
    delete certs_;
    certs_ = nullptr;
  }

  static std::vector<std::string> Addresses() {
    return {services_->ingest_address(), services_->query_address()};
  }

  static CertificateFiles* certs_;
  static SecureServices* services_;
};

CertificateFiles* MutualTlsTest::certs_ = nullptr;
SecureServices* MutualTlsTest::services_ = nullptr;

TEST_F(MutualTlsTest, ClientWithCertificateFromTheCaIsServed) {
  for (const std::string& address : Addresses()) {
    grpc::Status status = CheckHealth(Channel(
        address, {certs_->ca_cert, certs_->client_cert, certs_->client_key}));
    EXPECT_TRUE(status.ok()) << address << ": " << status.error_message();
  }
}

TEST_F(MutualTlsTest, ClientWithoutCertificateIsRefused) {
  for (const std::string& address : Addresses()) {
    EXPECT_EQ(CheckHealth(Channel(address, {certs_->ca_cert, "", ""})).error_code(),
              grpc::StatusCode::UNAVAILABLE)
        << address;
  }
}

TEST_F(MutualTlsTest, ClientWithCertificateFromAnotherCaIsRefused) {
  for (const std::string& address : Addresses()) {
    grpc::Status status = CheckHealth(Channel(
        address,
        {certs_->ca_cert, certs_->other_client_cert, certs_->other_client_key}));
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << address;
  }
}

TEST_F(MutualTlsTest, PlaintextClientIsRefused) {
  for (const std::string& address : Addresses()) {
    EXPECT_FALSE(CheckHealth(Channel(address, ClientTls{})).ok()) << address;
  }
}

TEST_F(MutualTlsTest, CliConnectsWithClientCertificate) {
  RunResult listed = RunCommand(
      {Binary("amicus"), "documents", "--target=" + services_->query_address(),
       "--tls_ca=" + certs_->ca_cert, "--tls_cert=" + certs_->client_cert,
       "--tls_key=" + certs_->client_key});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
}

// Unsafe or incomplete combinations stop the service at start-up, with a
// message naming the flags, instead of serving less securely than asked.
TEST(SecurityFlagsTest, UnsafeCombinationsRefusedAtStartUp) {
  char dir_template[] = "/tmp/amicus-flags-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const std::string dir = dir_template;
  struct Case {
    std::vector<std::string> flags;
    std::string says;
  };
  const std::vector<Case> cases = {
      {{"--token_file=" + dir + "/tokens"}, "--token_file needs --tls_cert"},
      {{"--tls_cert=" + dir + "/cert.pem"}, "--tls_cert and --tls_key"},
      {{"--tls_client_ca=" + dir + "/ca.pem"}, "--tls_client_ca needs"},
      {{"--tls_cert=" + dir + "/none.pem", "--tls_key=" + dir + "/none.key"},
       "cannot read TLS certificate"},
  };
  for (const char* binary : {"amicus-ingest", "amicus-query"}) {
    for (const Case& c : cases) {
      std::vector<std::string> argv = {Binary(binary), "--db=" + dir + "/db",
                                       "--listen=127.0.0.1:0"};
      argv.insert(argv.end(), c.flags.begin(), c.flags.end());
      RunResult result = RunCommand(argv, absl::Seconds(60));
      EXPECT_NE(result.exit_code, 0) << binary << " " << c.flags[0];
      EXPECT_TRUE(absl::StrContains(result.err, c.says))
          << binary << ": " << result.err;
    }
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace amicus::testing
