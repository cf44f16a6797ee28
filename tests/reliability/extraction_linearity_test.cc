// Extraction time grows linearly with input size: for each shape of input
// that could trigger quadratic work (long lines, deep nesting, many quote
// marks, long lists, many dates), a ten times larger input may cost at most
// kAllowedRatio times the CPU time. Quadratic work would cost ~100 times.
// A ratio of CPU times, never an absolute time, so slow or busy machines
// and sanitizer builds do not change the verdict.
#include <ctime>
#include <functional>
#include <string>

#include "absl/strings/str_cat.h"
#include "extract/extractor.h"
#include "gtest/gtest.h"

namespace amicus::testing {
namespace {

constexpr double kAllowedRatio = 30;
constexpr size_t kSmallBytes = 100 << 10;

struct Shape {
  std::string name;
  std::string source_uri;
  // Content of about `bytes` bytes, repeating `unit(i)` for i = 0, 1, ...
  std::string head;
  std::function<std::string(int)> unit;
  std::string tail;
};

std::string Build(const Shape& shape, size_t bytes) {
  std::string content = shape.head;
  for (int i = 0; content.size() < bytes; ++i) content += shape.unit(i);
  return content + shape.tail;
}

// Least CPU seconds of three runs: the least disturbed measurement.
double CpuSeconds(const Shape& shape, const std::string& content) {
  extract::ExtractOptions options;
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    std::clock_t start = std::clock();
    auto extraction = extract::Extract(shape.source_uri, content, "", options);
    double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    EXPECT_TRUE(extraction.ok()) << shape.name << ": " << extraction.status();
    best = std::min(best, seconds);
  }
  return best;
}

std::vector<Shape> Shapes() {
  return {
      {"Prose", "prose.txt", "", [](int i) {
         return absl::StrCat(
             "GENEVA, ", 1 + i % 28, " March 2024 - The authorities arrested "
             "journalist Oleh Marchenko", i, " on 2 March 2024, the "
             "Committee said. \"Release him now,\" said Maria Lindqvist, "
             "Director of the Committee.\n\n");
       }, ""},
      {"OneLongLine", "line.txt", "", [](int i) {
         return absl::StrCat("the group said the court must act ", i, " ");
       }, "\n"},
      {"QuoteMarks", "quotes.txt", "", [](int i) {
         return absl::StrCat("\"Words ", i, "\" said Ana Silva, \"more ");
       }, "\n"},
      {"SignatoryLines", "letter.md",
       "We, the undersigned organizations, call for release.\n\n",
       [](int i) { return absl::StrCat("- Association Number ", i, "\n"); },
       ""},
      {"NestedHtml", "nested.html", "<html><body>",
       [](int i) { return absl::StrCat("<div>level ", i, " "); },
       "</body></html>"},
      {"HtmlParagraphs", "page.html", "<html><body>", [](int i) {
         return absl::StrCat("<p>On ", 1 + i % 28, " May 2023 the ministry "
                             "banned group ", i, ".</p>");
       }, "</body></html>"},
      {"ManyDates", "dates.txt", "", [](int i) {
         return absl::StrCat(1 + i % 28, " June ", 1990 + i % 30, ", ");
       }, "\n"},
      {"MarkdownHeadings", "notes.md", "", [](int i) {
         return absl::StrCat("## Heading ", i, "\n\n**Bold** [link](x) text.\n\n");
       }, ""},
  };
}

class ExtractionLinearityTest : public ::testing::TestWithParam<Shape> {};

TEST_P(ExtractionLinearityTest, TenTimesTheInputCostsAboutTenTimesTheTime) {
  const Shape& shape = GetParam();
  const std::string small = Build(shape, kSmallBytes);
  const std::string large = Build(shape, 10 * kSmallBytes);
  const double small_seconds = CpuSeconds(shape, small);
  const double large_seconds = CpuSeconds(shape, large);
  // Below a millisecond clock granularity dominates; count it as 1 ms.
  const double ratio = large_seconds / std::max(small_seconds, 1e-3);
  RecordProperty("ratio", std::to_string(ratio));
  EXPECT_LE(ratio, kAllowedRatio)
      << shape.name << ": " << small.size() << " bytes took " << small_seconds
      << " s, " << large.size() << " bytes took " << large_seconds << " s";
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, ExtractionLinearityTest, ::testing::ValuesIn(Shapes()),
    [](const ::testing::TestParamInfo<Shape>& info) { return info.param.name; });

}  // namespace
}  // namespace amicus::testing
