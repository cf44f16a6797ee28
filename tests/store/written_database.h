#ifndef AMICUS_TESTS_STORE_WRITTEN_DATABASE_H_
#define AMICUS_TESTS_STORE_WRITTEN_DATABASE_H_

#include <memory>

#include "absl/time/time.h"
#include "gtest/gtest.h"
#include "store/reader.h"
#include "store/view.h"
#include "store/writer.h"
#include "tests/store/temp_dir.h"

namespace amicus::store {

// A fresh database written through a Writer (sync off: tests do not crash)
// and read back through a secondary Reader that catches up on demand.
class WrittenDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override { OpenWriter(); }

  void OpenWriter() {
    WriterOptions options;
    options.sync = false;
    auto writer = Writer::Open(dir_.Sub("db"), options);
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = *std::move(writer);
  }

  // A fresh view of everything written so far.
  std::unique_ptr<View> Latest() {
    if (reader_ == nullptr) {
      ReaderOptions options;
      options.secondary_path = dir_.Sub("secondary");
      options.catch_up_interval = absl::ZeroDuration();
      auto reader = Reader::OpenAsSecondary(dir_.Sub("db"), options);
      EXPECT_TRUE(reader.ok()) << reader.status();
      reader_ = *std::move(reader);
    }
    EXPECT_TRUE(reader_->CatchUp().ok());
    return reader_->NewView();
  }

  amicus::testing::TempDir dir_;
  std::unique_ptr<Writer> writer_;
  std::unique_ptr<Reader> reader_;
};

}  // namespace amicus::store

#endif  // AMICUS_TESTS_STORE_WRITTEN_DATABASE_H_
