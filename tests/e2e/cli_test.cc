// The `amicus` command line as a user runs it.
#include <filesystem>
#include <fstream>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Lines(const std::string& text) {
  return absl::StrSplit(text, '\n', absl::SkipEmpty());
}

v1::Extraction ParseExtraction(const std::string& json) {
  v1::Extraction extraction;
  auto status = google::protobuf::util::JsonStringToMessage(json, &extraction);
  EXPECT_TRUE(status.ok()) << status.ToString() << "\n" << json.substr(0, 200);
  return extraction;
}

TEST(CliExtractTest, PrintsOneProto3JsonExtractionPerSeed) {
  std::vector<std::string> seeds =
      FilesIn(std::string(AMICUS_SHARED_DIR) + "/corpus/seeds", {".txt"});
  if (seeds.empty()) GTEST_SKIP() << "no ../shared/corpus/seeds";
  std::vector<std::string> argv = {Binary("amicus"), "extract"};
  argv.insert(argv.end(), seeds.begin(), seeds.end());
  RunResult run = RunCommand(argv);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), seeds.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    // Field names that tools outside the project rely on.
    EXPECT_THAT(lines[i], HasSubstr("\"sourceUri\""));
    EXPECT_THAT(lines[i], HasSubstr("\"document\""));
    v1::Extraction extraction = ParseExtraction(lines[i]);
    EXPECT_EQ(extraction.source_uri(), seeds[i]);
    EXPECT_EQ(extraction.document().id().size(), 64u);
  }
}

TEST(CliExtractTest, ExampleLetterHasSignatorySetsUnderTheirJsonName) {
  RunResult run = RunCommand({Binary("amicus"), "extract",
                       std::string(AMICUS_EXAMPLES_DIR) + "/joint_letter_tribunal.txt"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("\"signatorySets\""));
  v1::Extraction extraction = ParseExtraction(Lines(run.out).at(0));
  EXPECT_EQ(extraction.document().kind(), v1::DOCUMENT_KIND_JOINT_LETTER);
  ASSERT_EQ(extraction.signatory_sets_size(), 1);
  EXPECT_GE(extraction.signatory_sets(0).signatories_size(), 8);
}

TEST(CliExtractTest, UnreadableOrEmptyFileFailsWithItsPath) {
  char dir_template[] = "/tmp/amicus-cli-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  std::string empty = std::string(dir_template) + "/empty.txt";
  { std::ofstream(empty) << ""; }
  RunResult run = RunCommand({Binary("amicus"), "extract", empty, "/nonexistent/file.txt"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(empty));
  EXPECT_THAT(run.err, HasSubstr("/nonexistent/file.txt"));
  std::filesystem::remove_all(dir_template);
}

class CliServiceTest : public ServicePairTest {};

TEST_F(CliServiceTest, IngestsADirectoryAndStreamsJsonLines) {
  RunResult ingest_run = RunCommand({Binary("amicus"), "ingest",
                              "--target=" + ingest_address_, AMICUS_EXAMPLES_DIR});
  ASSERT_EQ(ingest_run.exit_code, 0) << ingest_run.err;
  size_t examples = FilesIn(AMICUS_EXAMPLES_DIR, {".txt", ".md", ".html", ".pdf"}).size();
  EXPECT_EQ(Lines(ingest_run.out).size(), examples);
  WaitForDocuments(examples);

  RunResult quotes = RunCommand({Binary("amicus"), "quotes", "--target=" + query_address_,
                          "--json"});
  ASSERT_EQ(quotes.exit_code, 0) << quotes.err;
  ASSERT_FALSE(Lines(quotes.out).empty());
  for (const std::string& line : Lines(quotes.out)) {
    v1::Quote quote;
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(line, &quote).ok()) << line;
    EXPECT_FALSE(quote.text().empty());
  }

  RunResult human = RunCommand({Binary("amicus"), "signatories", "--target=" + query_address_});
  ASSERT_EQ(human.exit_code, 0) << human.err;
  EXPECT_THAT(human.out, HasSubstr("Kenya"));
}

TEST_F(CliServiceTest, IngestExitsNonZeroWhenADocumentFails) {
  char dir_template[] = "/tmp/amicus-cli-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  std::string dir = dir_template;
  { std::ofstream(dir + "/empty.txt") << "   \n"; }
  std::filesystem::copy_file(std::string(AMICUS_EXAMPLES_DIR) + "/statement_sanctions.md",
                             dir + "/statement.md");
  RunResult run = RunCommand({Binary("amicus"), "ingest", "--target=" + ingest_address_, dir});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.out + run.err, HasSubstr("empty.txt"));
  EXPECT_THAT(run.out, HasSubstr("new"));
  std::filesystem::remove_all(dir);
}

// A file over the message limit would end the whole stream if sent; the CLI
// refuses it alone, and the files after it are still ingested.
TEST_F(CliServiceTest, IngestRefusesAnOversizedFileAndSendsTheRest) {
  char dir_template[] = "/tmp/amicus-cli-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  std::string dir = dir_template;
  {
    std::ofstream big(dir + "/a_huge.txt");
    const std::string line(1023, 'x');
    for (int i = 0; i < 20 * 1024; ++i) big << line << '\n';  // 20 MiB
  }
  std::filesystem::copy_file(std::string(AMICUS_EXAMPLES_DIR) + "/statement_sanctions.md",
                             dir + "/b_statement.md");
  RunResult run = RunCommand({Binary("amicus"), "ingest", "--target=" + ingest_address_, dir});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.out + run.err, HasSubstr("RESOURCE_EXHAUSTED"));
  EXPECT_THAT(run.out + run.err, HasSubstr("a_huge.txt"));
  EXPECT_THAT(run.out, HasSubstr("new"));
  EXPECT_THAT(run.out, HasSubstr("b_statement.md"));
  std::filesystem::remove_all(dir);
}

TEST(CliUsageTest, UnreachableTargetIsAClearError) {
  RunResult run = RunCommand({Binary("amicus"), "events", "--target=127.0.0.1:1"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("127.0.0.1:1"));
}

}  // namespace
}  // namespace amicus::testing
