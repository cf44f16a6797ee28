// The crash test is only as good as its checker: a database missing one
// index entry, holding a stray key or a document never sent must be
// reported.
#include "tests/reliability/store_consistency.h"

#include "extract/extractor.h"
#include "gtest/gtest.h"
#include "store/document_entries.h"
#include "tests/reliability/generated_statements.h"

namespace amicus::testing {
namespace {

class StoreConsistencyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Statement statement = GeneratedStatement(0);
    auto extraction = extract::Extract(statement.source_uri, statement.content,
                                       "", extract::ExtractOptions());
    ASSERT_TRUE(extraction.ok()) << extraction.status();
    ASSERT_GT(extraction->events_size() + extraction->quotes_size(), 0);
    sent_[extraction->document().id()] = *extraction;
    v1::Extraction stored = AsStored(*extraction, extraction->document());
    for (const store::Entry& entry : store::DocumentEntries(stored, 1)) {
      contents_[store::CfName(entry.cf)][entry.key] = entry.value;
    }
    contents_["meta"]["next_seq"] = std::string("\0\0\0\0\0\0\0\2", 8);
  }

  std::map<std::string, v1::Extraction> sent_;
  DatabaseContents contents_;
};

TEST_F(StoreConsistencyTest, WholeDocumentIsConsistent) {
  ConsistencyReport report = CheckStoreConsistency(contents_, sent_);
  EXPECT_EQ(report.problems, std::vector<std::string>());
  EXPECT_EQ(report.stored_ids.size(), 1u);
}

TEST_F(StoreConsistencyTest, MissingIndexEntryIsHalfStored) {
  auto& by_date = contents_[store::CfName(store::Cf::kEventsByDate)];
  ASSERT_FALSE(by_date.empty());
  by_date.erase(by_date.begin());
  ConsistencyReport report = CheckStoreConsistency(contents_, sent_);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_NE(report.problems[0].find("half-stored"), std::string::npos);
  EXPECT_TRUE(report.stored_ids.empty());
}

TEST_F(StoreConsistencyTest, StrayRecordIsReported) {
  contents_[store::CfName(store::Cf::kQuotes)]["stray-key"] = "x";
  ConsistencyReport report = CheckStoreConsistency(contents_, sent_);
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_NE(report.problems[0].find("belongs to no stored document"),
            std::string::npos);
}

TEST_F(StoreConsistencyTest, DocumentNeverSentIsReported) {
  sent_.clear();
  ConsistencyReport report = CheckStoreConsistency(contents_, sent_);
  EXPECT_FALSE(report.problems.empty());
  EXPECT_NE(report.problems[0].find("never sent"), std::string::npos);
}

}  // namespace
}  // namespace amicus::testing
