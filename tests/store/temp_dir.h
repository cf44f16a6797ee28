#ifndef AMICUS_TESTS_STORE_TEMP_DIR_H_
#define AMICUS_TESTS_STORE_TEMP_DIR_H_

#include <unistd.h>

#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace amicus::testing {

// A fresh directory per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    const ::testing::TestInfo* info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::path(::testing::TempDir()) /
            absl::StrCat("amicus_", info->test_suite_name(), "_", info->name(),
                         "_", ::getpid());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string Sub(const std::string& name) const { return (path_ / name); }

 private:
  std::filesystem::path path_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_STORE_TEMP_DIR_H_
