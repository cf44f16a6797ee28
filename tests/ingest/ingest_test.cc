// Ingest (unary): documents become records, once.
#include <cstdint>
#include <string>

#include "gtest/gtest.h"
#include "store/key_codec.h"
#include "tests/ingest/ingest_test_server.h"

namespace amicus::testing {
namespace {

TEST_F(IngestServiceTest, StoresAPressReleaseWithItsRecords) {
  v1::IngestResponse response;
  grpc::Status status =
      Ingest(Request("https://example.org/pr/1", Fixture("press_release.txt")),
             &response);

  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.document_id().size(), 64u);
  EXPECT_EQ(response.document_id().find_first_not_of("0123456789abcdef"),
            std::string::npos)
      << response.document_id();
  EXPECT_TRUE(response.created());
  EXPECT_GT(response.event_count(), 0);
  EXPECT_GT(response.quote_count(), 0);
  EXPECT_FALSE(Snapshot().empty());
}

TEST_F(IngestServiceTest, StoresTheSignatoriesOfAJointLetter) {
  v1::IngestResponse response;
  grpc::Status status =
      Ingest(Request("letter.txt", Fixture("joint_letter.txt")), &response);

  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_TRUE(response.created());
  EXPECT_GE(response.signatory_set_count(), 1);
}

TEST_F(IngestServiceTest, ReingestingTheSameDocumentStoresNothingNew) {
  const v1::IngestRequest request =
      Request("https://example.org/pr/1", Fixture("press_release.txt"));
  v1::IngestResponse first;
  ASSERT_TRUE(Ingest(request, &first).ok());
  const auto stored = Snapshot();

  v1::IngestResponse second;
  grpc::Status status = Ingest(request, &second);

  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_FALSE(second.created());
  EXPECT_EQ(second.document_id(), first.document_id());
  EXPECT_EQ(second.event_count(), first.event_count());
  EXPECT_EQ(second.quote_count(), first.quote_count());
  EXPECT_EQ(Snapshot(), stored);
}

TEST_F(IngestServiceTest, TheSameTextFromAnotherSourceIsTheSameDocument) {
  const std::string text = Fixture("press_release.txt");
  v1::IngestResponse first;
  ASSERT_TRUE(Ingest(Request("https://example.org/a", text), &first).ok());
  const auto stored = Snapshot();

  v1::IngestResponse second;
  ASSERT_TRUE(Ingest(Request("mirror/copy.txt", text), &second).ok());

  EXPECT_FALSE(second.created());
  EXPECT_EQ(second.document_id(), first.document_id());
  EXPECT_EQ(Snapshot(), stored);
}

TEST_F(IngestServiceTest, DifferentDocumentsGetDifferentIds) {
  v1::IngestResponse release, letter;
  ASSERT_TRUE(Ingest(Request("pr.txt", Fixture("press_release.txt")), &release)
                  .ok());
  ASSERT_TRUE(
      Ingest(Request("letter.txt", Fixture("joint_letter.txt")), &letter).ok());

  EXPECT_TRUE(letter.created());
  EXPECT_NE(letter.document_id(), release.document_id());
}

TEST_F(IngestServiceTest, LogPositionIsTheStoreSeqOfTheDocumentNewOrNot) {
  v1::IngestResponse release, letter, again;
  ASSERT_TRUE(Ingest(Request("pr.txt", Fixture("press_release.txt")), &release)
                  .ok());
  ASSERT_TRUE(
      Ingest(Request("letter.txt", Fixture("joint_letter.txt")), &letter).ok());
  ASSERT_TRUE(
      Ingest(Request("copy.txt", Fixture("press_release.txt")), &again).ok());

  const auto stored = Snapshot();
  for (const v1::IngestResponse* response : {&release, &letter}) {
    auto seq = stored.find("document_ids/" + response->document_id());
    ASSERT_NE(seq, stored.end());
    EXPECT_EQ(response->log_position(),
              static_cast<int64_t>(store::DecodeSeq(seq->second)));
  }
  EXPECT_GT(letter.log_position(), release.log_position());
  EXPECT_FALSE(again.created());
  EXPECT_EQ(again.log_position(), release.log_position());
}

}  // namespace
}  // namespace amicus::testing
