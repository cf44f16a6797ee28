// Runs Extract over every reference seed, when the shared corpus exists.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/extractor.h"
#include "gtest/gtest.h"

namespace amicus::extract {
namespace {

namespace fs = std::filesystem;

void ExpectSpanInside(const amicus::v1::TextSpan& span, size_t size,
                      const std::string& what) {
  EXPECT_GE(span.start_offset(), 0) << what;
  EXPECT_LE(span.start_offset(), span.end_offset()) << what;
  EXPECT_LE(span.end_offset(), static_cast<int64_t>(size)) << what;
  EXPECT_FALSE(span.text().empty()) << what;
}

TEST(SeedsTest, EverySeedYieldsRecordsWithSpansInsideTheContent) {
  fs::path dir(AMICUS_SEEDS_DIR);
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no seeds at " << dir;
  int seeds = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    ++seeds;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    std::string name = entry.path().filename().string();
    auto result = Extract(entry.path().string(), content.str(), "", ExtractOptions());
    ASSERT_TRUE(result.ok()) << name << ": " << result.status();
    const auto& e = *result;
    EXPECT_EQ(e.document().id().size(), 64u) << name;
    EXPECT_GT(e.events_size() + e.quotes_size() + e.signatory_sets_size(), 0) << name;
    size_t size = content.str().size();
    for (const auto& ev : e.events()) ExpectSpanInside(ev.evidence(), size, name + " event");
    for (const auto& q : e.quotes()) ExpectSpanInside(q.evidence(), size, name + " quote");
    for (const auto& s : e.signatory_sets()) {
      ExpectSpanInside(s.evidence(), size, name + " signatories");
    }
  }
  if (seeds == 0) GTEST_SKIP() << "no .txt seeds in " << dir;
}

}  // namespace
}  // namespace amicus::extract
