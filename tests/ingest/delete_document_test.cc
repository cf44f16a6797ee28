// DeleteDocument: a deleted document is gone; missing ones are reported.
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/ingest/ingest_test_server.h"

namespace amicus::testing {
namespace {

using ::testing::HasSubstr;

class DeleteDocumentTest : public IngestServiceTest {
 protected:
  grpc::Status Delete(const std::string& id, bool allow_missing = false) {
    v1::DeleteDocumentRequest request;
    request.set_document_id(id);
    request.set_allow_missing(allow_missing);
    google::protobuf::Empty response;
    grpc::ClientContext context;
    return stub_->DeleteDocument(&context, request, &response);
  }
};

TEST_F(DeleteDocumentTest, DeletedDocumentIsGoneAndCanBeIngestedAgain) {
  const v1::IngestRequest request =
      Request("press_release.txt", Fixture("press_release.txt"));
  v1::IngestResponse first;
  ASSERT_TRUE(Ingest(request, &first).ok());

  grpc::Status deleted = Delete(first.document_id());
  ASSERT_TRUE(deleted.ok()) << deleted.error_message();

  EXPECT_EQ(Delete(first.document_id()).error_code(),
            grpc::StatusCode::NOT_FOUND);
  v1::IngestResponse again;
  ASSERT_TRUE(Ingest(request, &again).ok());
  EXPECT_TRUE(again.created());
  EXPECT_EQ(again.document_id(), first.document_id());
}

TEST_F(DeleteDocumentTest, DeletingOneDocumentKeepsTheOthers) {
  v1::IngestResponse release, letter;
  const v1::IngestRequest letter_request =
      Request("letter.txt", Fixture("joint_letter.txt"));
  ASSERT_TRUE(Ingest(Request("pr.txt", Fixture("press_release.txt")), &release)
                  .ok());
  ASSERT_TRUE(Ingest(letter_request, &letter).ok());

  ASSERT_TRUE(Delete(release.document_id()).ok());

  v1::IngestResponse again;
  ASSERT_TRUE(Ingest(letter_request, &again).ok());
  EXPECT_FALSE(again.created());
}

TEST_F(DeleteDocumentTest, UnknownIdIsNotFoundUnlessAllowedMissing) {
  const std::string id(64, 'a');
  const auto before = Snapshot();

  grpc::Status missing = Delete(id);
  EXPECT_EQ(missing.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(missing.error_message(), HasSubstr(id));

  grpc::Status allowed = Delete(id, /*allow_missing=*/true);
  EXPECT_TRUE(allowed.ok()) << allowed.error_message();
  EXPECT_EQ(Snapshot(), before);
}

TEST_F(DeleteDocumentTest, EmptyIdIsInvalid) {
  grpc::Status status = Delete("", /*allow_missing=*/true);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("document_id"));
}

}  // namespace
}  // namespace amicus::testing
