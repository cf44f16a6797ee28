// Start-up mistakes a user makes get a clear message and a non-zero exit.
#include <filesystem>
#include <fstream>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {
namespace {

using ::testing::AnyOf;
using ::testing::HasSubstr;

class StartupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir_template[] = "/tmp/amicus-startup-XXXXXX";
    ASSERT_NE(mkdtemp(dir_template), nullptr);
    dir_ = dir_template;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string dir_;
};

// With --wait_for_db=0; the wait itself: start_order_test.cc.
TEST_F(StartupTest, QueryServiceRefusesADirectoryWithoutDatabase) {
  RunResult run = RunCommand({Binary("amicus-query"), "--db=" + dir_ + "/missing",
                       "--secondary_dir=" + dir_ + "/secondary",
                       "--listen=127.0.0.1:0", "--wait_for_db=0"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.err, HasSubstr(dir_ + "/missing"));
}

TEST_F(StartupTest, ServicesRequireADatabaseFlag) {
  for (const char* binary : {"amicus-ingest", "amicus-query"}) {
    RunResult run = RunCommand({Binary(binary), "--listen=127.0.0.1:0"});
    EXPECT_NE(run.exit_code, 0) << binary;
    EXPECT_THAT(run.err, HasSubstr("--db")) << binary;
  }
}

TEST_F(StartupTest, IngestServiceRefusesAnUncreatableDatabaseDirectory) {
  std::string file = dir_ + "/plain-file";
  { std::ofstream(file) << "not a directory"; }
  RunResult run = RunCommand({Binary("amicus-ingest"), "--db=" + file + "/db",
                       "--listen=127.0.0.1:0"});
  EXPECT_NE(run.exit_code, 0);
  EXPECT_THAT(run.err, HasSubstr(file));
}

TEST_F(StartupTest, PortInUseIsReportedAndTheSecondServiceExits) {
  auto first = Subprocess::Start({Binary("amicus-ingest"), "--db=" + dir_ + "/a",
                                  "--listen=127.0.0.1:0"});
  ASSERT_TRUE(first.ok());
  auto address = (*first)->WaitForListenAddress(absl::Seconds(30));
  ASSERT_TRUE(address.ok()) << address.status();

  RunResult second = RunCommand({Binary("amicus-ingest"), "--db=" + dir_ + "/b",
                          "--listen=" + *address});
  EXPECT_NE(second.exit_code, 0);
  EXPECT_THAT(second.err, HasSubstr(*address));
  EXPECT_THAT(second.err, AnyOf(HasSubstr("in use"), HasSubstr("cannot listen")));
  EXPECT_EQ(*(*first)->Terminate(absl::Seconds(30)), 0);
}

TEST_F(StartupTest, SecondWriterOnTheSameDatabaseIsRefused) {
  auto first = Subprocess::Start({Binary("amicus-ingest"), "--db=" + dir_ + "/db",
                                  "--listen=127.0.0.1:0"});
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE((*first)->WaitForListenAddress(absl::Seconds(30)).ok());

  RunResult second = RunCommand({Binary("amicus-ingest"), "--db=" + dir_ + "/db",
                          "--listen=127.0.0.1:0"});
  EXPECT_NE(second.exit_code, 0);
  EXPECT_THAT(second.err, HasSubstr(dir_ + "/db"));
  EXPECT_EQ(*(*first)->Terminate(absl::Seconds(30)), 0);
}

}  // namespace
}  // namespace amicus::testing
