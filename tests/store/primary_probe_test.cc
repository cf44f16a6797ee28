// The shortcut that lets a secondary skip a catch-up when the primary wrote
// nothing: it must never hide a write that was acknowledged.
#include "store/primary_probe.h"

#include <chrono>
#include <fstream>
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
  EXPECT_TRUE(probe.Unchanged(&mark));
  Put("b");
  EXPECT_FALSE(probe.Unchanged(&mark));
}

// Flushes and compactions add table files and rewrite the MANIFEST but no
// data: GetDocument must not pay a catch-up for them (it did at every
// request while the writer compacted after growth).
TEST_F(PrimaryProbeTest, NewFilesWithoutAWriteLeaveItUnchanged) {
  Put("a");
  PrimaryProbe probe(dir_.Sub("db"));
  PrimaryProbe::Mark mark = probe.Take();
  ASSERT_TRUE(mark.valid);
  std::ofstream(dir_.Sub("db/amicus-probe-test.tmp")) << "x";
  EXPECT_TRUE(probe.Unchanged(&mark));  // the directory changed just now
  Settle();
  EXPECT_TRUE(probe.Unchanged(&mark));
  EXPECT_TRUE(probe.Unchanged(&mark));  // with the settled mtime kept
  Put("b");
  EXPECT_FALSE(probe.Unchanged(&mark));
}

// A write to a newer WAL leaves the marked one as it was: the listing (or
// the directory's settled mtime) must still tell.
TEST(PrimaryProbeFilesTest, ANewerWalChangesIt) {
  amicus::testing::TempDir dir;
  std::ofstream(dir.Sub("000007.log")) << "batch";
  std::ofstream(dir.Sub("000005.sst")) << "table";
  PrimaryProbe probe(dir.Sub(""));
  PrimaryProbe::Mark mark = probe.Take();
  ASSERT_TRUE(mark.valid);
  EXPECT_EQ(mark.wal_path, dir.Sub("000007.log"));
  EXPECT_TRUE(probe.Unchanged(&mark));
  std::this_thread::sleep_for(std::chrono::milliseconds(80));
  EXPECT_TRUE(probe.Unchanged(&mark));  // now with a settled mtime
  std::ofstream(dir.Sub("000009.log")) << "batch";
  EXPECT_FALSE(probe.Unchanged(&mark));
}

TEST(PrimaryProbeFilesTest, NoWalIsNeverUnchanged) {
  amicus::testing::TempDir dir;
  PrimaryProbe probe(dir.Sub(""));
  PrimaryProbe::Mark mark = probe.Take();
  EXPECT_FALSE(mark.valid);
  EXPECT_FALSE(probe.Unchanged(&mark));
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
