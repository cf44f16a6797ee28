// What the CLI prints and which files it picks up.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/document_files.h"
#include "cli/record_summary.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace amicus::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(RecordSummaryTest, EventLineShowsDateTypeActorAndEvidenceOnOneLine) {
  v1::Event event;
  event.mutable_date()->set_year(2019);
  event.mutable_date()->set_month(3);
  event.mutable_date()->set_day(15);
  event.set_type(v1::EVENT_TYPE_THREAT);
  event.add_actors()->set_name("Michael Pompeo");
  event.mutable_evidence()->set_text("In remarks to the press,\nhe threatened");

  EXPECT_EQ(SummarizeEvent(event),
            "2019-03-15  threat  Michael Pompeo  "
            "\"In remarks to the press, he threatened\"");
}

TEST(RecordSummaryTest, QuoteLineNamesSpeakerRoleAndOrganization) {
  v1::Quote quote;
  quote.set_text("Justice cannot wait.");
  quote.mutable_speaker()->set_name("Maria Okafor");
  quote.mutable_speaker()->set_role("Director");
  quote.mutable_speaker()->mutable_organization()->set_name(
      "Global Justice Alliance");

  EXPECT_EQ(SummarizeQuote(quote),
            "undated  Maria Okafor (Director, Global Justice Alliance)  "
            "\"Justice cannot wait.\"");
}

TEST(RecordSummaryTest, SignatoryLineListsEveryOrganizationWithCountry) {
  v1::SignatorySet set;
  set.set_addressee("President of the Human Rights Council");
  v1::Signatory* first = set.add_signatories();
  first->set_name("Advocates for Rights Network");
  first->set_country("Kenya");
  set.add_signatories()->set_name("Observatory for Democratic Space");

  const std::string line = SummarizeSignatorySet(set);
  EXPECT_THAT(line, HasSubstr("President of the Human Rights Council"));
  EXPECT_THAT(line, HasSubstr("2 signatories"));
  EXPECT_THAT(line, HasSubstr("Advocates for Rights Network (Kenya)"));
  EXPECT_THAT(line, HasSubstr("Observatory for Democratic Space"));
}

class DocumentFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir =
        (fs::temp_directory_path() / "amicus-cli-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(dir.data()), nullptr);
    root_ = dir;
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Touch(const std::string& relative, const std::string& text = "x") {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path.string();
  }

  fs::path root_;
};

TEST_F(DocumentFilesTest, DirectoriesYieldDocumentFilesRecursivelyInOrder) {
  const std::string b = Touch("b.txt");
  const std::string a = Touch("a.PDF");
  const std::string nested = Touch("sub/deeper/c.md");
  const std::string page = Touch("sub/d.htm");
  Touch("notes.docx");
  Touch("sub/image.png");

  EXPECT_THAT(ExpandDocumentPaths({root_.string()}),
              ElementsAre(a, b, page, nested));
}

TEST_F(DocumentFilesTest, ExplicitPathsAreKeptEvenWithoutAKnownExtension) {
  const std::string readme = Touch("README");
  const std::string missing = (root_ / "missing.txt").string();
  EXPECT_THAT(ExpandDocumentPaths({readme, missing}),
              ElementsAre(readme, missing));
}

TEST_F(DocumentFilesTest, ReadsBytesAndReportsMissingFiles) {
  const std::string path = Touch("letter.txt", std::string("a\0b", 3));
  absl::StatusOr<std::string> bytes = ReadFileBytes(path);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(*bytes, std::string("a\0b", 3));

  EXPECT_EQ(ReadFileBytes((root_ / "missing.txt").string()).status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace amicus::cli
