// GetDocument, GetExtraction, and what deleting a document does to reads.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/query_fixture.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

class LookupDeleteTest : public QueryServiceTest {
 protected:
  void SetUp() override {
    QueryServiceTest::SetUp();
    Put(SanctionsPressRelease("pr1"));
    Put(JointLetter("letter1", {{"Human Rights Watch", "HRW", ""}}));
  }

  grpc::Status GetDocument(const std::string& id, v1::Document* document) {
    grpc::ClientContext context;
    v1::GetDocumentRequest request;
    request.set_document_id(id);
    return stub_->GetDocument(&context, request, document);
  }

  grpc::Status GetExtraction(const std::string& id,
                             v1::Extraction* extraction) {
    grpc::ClientContext context;
    v1::GetExtractionRequest request;
    request.set_document_id(id);
    return stub_->GetExtraction(&context, request, extraction);
  }
};

TEST_F(LookupDeleteTest, GetDocumentReturnsTheStoredDocument) {
  v1::Document document;
  ASSERT_TRUE(GetDocument("pr1", &document).ok());
  EXPECT_EQ(document.id(), "pr1");
  EXPECT_EQ(document.kind(), v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_EQ(document.event_count(), 2);
  EXPECT_GT(document.create_time().seconds(), 0);
  EXPECT_THAT(document.text(), HasSubstr("visa restrictions"));
}

TEST_F(LookupDeleteTest, GetExtractionReturnsEveryRecordInOrder) {
  v1::Extraction extraction;
  ASSERT_TRUE(GetExtraction("pr1", &extraction).ok());
  EXPECT_EQ(extraction.document().id(), "pr1");
  ASSERT_EQ(extraction.events_size(), 2);
  EXPECT_EQ(extraction.events(0).id(), "pr1/events/0");
  EXPECT_EQ(extraction.events(1).actors(0).name(), "John Bolton");
  ASSERT_EQ(extraction.quotes_size(), 1);
  EXPECT_EQ(extraction.quotes(0).speaker().organization().acronym(), "ICJ");
  EXPECT_EQ(extraction.signatory_sets_size(), 0);
  EXPECT_EQ(extraction.source_uri(), "file:///statements/pr1.txt");
}

TEST_F(LookupDeleteTest, UnknownAndEmptyIds) {
  v1::Document document;
  grpc::Status status = GetDocument("feedface", &document);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(status.error_message(), HasSubstr("feedface"));
  v1::Extraction extraction;
  status = GetExtraction("feedface", &extraction);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(status.error_message(), HasSubstr("feedface"));
  EXPECT_EQ(GetDocument("", &document).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(GetExtraction("", &extraction).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(LookupDeleteTest, DeletedDocumentIsGoneFromEveryRead) {
  ASSERT_TRUE(writer_->Delete("pr1").ok());

  EXPECT_THAT(EventIds({}), ElementsAre("letter1/events/0"));
  v1::StreamEventsRequest by_actor;
  by_actor.set_actor("Pompeo");
  EXPECT_THAT(EventIds(by_actor), IsEmpty());
  v1::StreamEventsRequest by_date;
  *by_date.mutable_start_date() = MakeDate(2019, 0, 0);
  *by_date.mutable_end_date() = MakeDate(2019, 0, 0);
  EXPECT_THAT(EventIds(by_date), IsEmpty());
  v1::StreamEventsRequest by_document;
  by_document.set_document_id("pr1");
  EXPECT_THAT(EventIds(by_document), IsEmpty());
  v1::StreamEventsRequest by_type;
  by_type.set_type(v1::EVENT_TYPE_THREAT);
  EXPECT_THAT(EventIds(by_type), IsEmpty());

  EXPECT_THAT(QuoteIds({}), IsEmpty());
  v1::StreamQuotesRequest by_org;
  by_org.set_organization("ICJ");
  EXPECT_THAT(QuoteIds(by_org), IsEmpty());
  EXPECT_THAT(SignatorySetIds({}), ElementsAre("letter1/signatorySets/0"));

  std::vector<std::string> documents;
  for (const auto& document : Documents({})) documents.push_back(document.id());
  EXPECT_THAT(documents, ElementsAre("letter1"));
  v1::ListDocumentsRequest press_releases;
  press_releases.set_kind(v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_THAT(Documents(press_releases), IsEmpty());

  v1::Document document;
  EXPECT_EQ(GetDocument("pr1", &document).error_code(),
            grpc::StatusCode::NOT_FOUND);
}

TEST_F(LookupDeleteTest, ReingestedDocumentComesBackOnce) {
  ASSERT_TRUE(writer_->Delete("pr1").ok());
  Put(SanctionsPressRelease("pr1"));
  v1::StreamEventsRequest by_document;
  by_document.set_document_id("pr1");
  EXPECT_THAT(EventIds(by_document), ElementsAre("pr1/events/0", "pr1/events/1"));
  std::vector<std::string> documents;
  for (const auto& document : Documents({})) documents.push_back(document.id());
  EXPECT_THAT(documents, ElementsAre("letter1", "pr1"));
}

}  // namespace
}  // namespace amicus::testing
