// Every kind of bad input is refused with its code and a message naming the
// problem; nothing is stored, and the service keeps working.
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/ingest/ingest_test_server.h"

namespace amicus::testing {
namespace {

struct BadInput {
  std::string name;
  std::string source_uri;
  std::string content;
  std::string media_type;
  grpc::StatusCode code;
  // Words the error message must contain (case-insensitive).
  std::vector<std::string> words;
};

// Test names stay readable in ctest instead of a byte dump.
void PrintTo(const BadInput& bad, std::ostream* os) { *os << bad.name; }

std::vector<BadInput> BadInputs() {
  const size_t limit = IngestServiceTestLimit();
  std::string oversized = "Statement on sanctions. ";
  while (oversized.size() <= limit) oversized += "The court must be free. ";
  return {
      {"Empty", "empty.txt", "", "", grpc::StatusCode::INVALID_ARGUMENT,
       {"empty"}},
      {"WhitespaceOnly", "blank.txt", " \n\t \r\n  \n", "",
       grpc::StatusCode::INVALID_ARGUMENT, {"whitespace"}},
      {"Binary", "image.txt", std::string("Press release\0\x01\x02\x03 end", 21),
       "", grpc::StatusCode::INVALID_ARGUMENT, {"binary"}},
      {"InvalidUtf8", "latin1.txt", "D\xe9" "claration conjointe sur la CPI", "",
       grpc::StatusCode::INVALID_ARGUMENT, {"UTF-8"}},
      {"OverTheSizeLimit", "big.txt", oversized, "",
       grpc::StatusCode::RESOURCE_EXHAUSTED,
       {absl::StrCat(oversized.size()), absl::StrCat(limit)}},
      {"UnknownMediaType", "letter.doc", "Joint letter on reprisals.",
       "application/msword", grpc::StatusCode::INVALID_ARGUMENT,
       {"application/msword"}},
      {"FakePdfByExtension", "letter.pdf", "%PDF-1.7\nnot really a PDF\n", "",
       grpc::StatusCode::INVALID_ARGUMENT, {"PDF"}},
      {"FakePdfByMediaType", "letter", "Joint letter on reprisals.",
       "application/pdf", grpc::StatusCode::INVALID_ARGUMENT, {"PDF"}},
  };
}

class BadInputTest : public IngestServiceTest,
                     public ::testing::WithParamInterface<BadInput> {};

TEST_P(BadInputTest, IsRefusedWithoutSideEffects) {
  const BadInput& bad = GetParam();
  ASSERT_TRUE(Ingest(Request("pr.txt", Fixture("press_release.txt"))).ok());
  const auto stored = Snapshot();

  grpc::Status status =
      Ingest(Request(bad.source_uri, bad.content, bad.media_type));

  EXPECT_EQ(status.error_code(), bad.code) << status.error_message();
  for (const std::string& word : bad.words) {
    EXPECT_NE(absl::AsciiStrToLower(status.error_message())
                  .find(absl::AsciiStrToLower(word)),
              std::string::npos)
        << "\"" << status.error_message() << "\" does not mention " << word;
  }
  EXPECT_EQ(Snapshot(), stored);

  v1::IngestResponse next;
  grpc::Status after =
      Ingest(Request("letter.txt", Fixture("joint_letter.txt")), &next);
  EXPECT_TRUE(after.ok()) << after.error_message();
  EXPECT_TRUE(next.created());
}

INSTANTIATE_TEST_SUITE_P(
    AllKinds, BadInputTest, ::testing::ValuesIn(BadInputs()),
    [](const ::testing::TestParamInfo<BadInput>& info) {
      return info.param.name;
    });

// Beyond the message limit gRPC itself refuses the request; the service is
// not reached and stays usable.
TEST_F(IngestServiceTest, DocumentBeyondTheTransportLimitIsRefused) {
  const std::string huge(kMaxDocumentBytes + (2 << 20), 'a');
  grpc::Status status = Ingest(Request("huge.txt", huge));
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);

  EXPECT_TRUE(Ingest(Request("pr.txt", Fixture("press_release.txt"))).ok());
}

}  // namespace
}  // namespace amicus::testing
