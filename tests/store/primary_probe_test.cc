// The shortcut that lets a secondary skip a catch-up when the primary wrote
// nothing: it must never hide a write that was acknowledged.
#include "store/primary_probe.h"

#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/reader.h"
#include "store/writer.h"
#include "tests/store/sample_records.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {
namespace {

using amicus::testing::SanctionsPressRelease;

class PrimaryProbeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriterOptions options;
    options.sync = false;
    auto writer = Writer::Open(dir_.Sub("db"), options);
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = *std::move(writer);
  }

  void Put(const std::string& id) {
    ASSERT_TRUE(writer_->Put(SanctionsPressRelease(id)).ok());
  }

  // Lets the directory's mtime age past the probe's distrust window.
  static void Settle() {
    std::this_thread::sleep_for(std::chrono::milliseconds(80));
  }

  amicus::testing::TempDir dir_;
  std::unique_ptr<Writer> writer_;
};

TEST_F(PrimaryProbeTest, IdlePrimaryIsUnchangedAndAWriteChangesIt) {
  Put("a");
  Settle();
  PrimaryProbe probe(dir_.Sub("db"));
  PrimaryProbe::Mark mark = probe.Take();
  ASSERT_TRUE(mark.valid);
  EXPECT_TRUE(probe.Unchanged(mark));
  Put("b");
  EXPECT_FALSE(probe.Unchanged(mark));
}

TEST_F(PrimaryProbeTest, FreshlyChangedDirectoryIsNotTrusted) {
  PrimaryProbe probe(dir_.Sub("db"));
  // The writer just created the directory's files.
  EXPECT_FALSE(probe.Unchanged(probe.Take()));
}

// Read-your-writes through CatchUp: every write made after a catch-up is
// seen by the next one, idle pauses or not.
TEST_F(PrimaryProbeTest, CatchUpSeesEveryAcknowledgedWrite) {
  ReaderOptions options;
  options.secondary_path = dir_.Sub("secondary");
  options.catch_up_interval = absl::ZeroDuration();
  auto reader = Reader::OpenAsSecondary(dir_.Sub("db"), options);
  ASSERT_TRUE(reader.ok()) << reader.status();
  for (int i = 1; i <= 20; ++i) {
    if (i % 5 == 0) Settle();
    ASSERT_TRUE((*reader)->CatchUp().ok());
    Put(absl::StrCat("doc", i));
    ASSERT_TRUE((*reader)->CatchUp().ok());
    EXPECT_EQ((*reader)->NewView()->watermark(), static_cast<uint64_t>(i));
  }
}

}  // namespace
}  // namespace amicus::store
