// min_confidence on every record stream: records the extractor was less
// sure of stay out, and a signatory set sends only its sure entries.
#include <cmath>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/query_fixture.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

using ::testing::ElementsAre;

class ConfidenceFilterTest : public QueryServiceTest {
 protected:
  void SetUp() override {
    QueryServiceTest::SetUp();
    v1::Extraction release = SanctionsPressRelease("pr1");
    release.mutable_events(0)->set_confidence(0.9f);
    release.mutable_events(1)->set_confidence(0.4f);
    release.mutable_quotes(0)->set_confidence(0.85f);
    Put(release);

    v1::Extraction sure = JointLetter(
        "sure", {{"Human Rights Watch", "HRW", ""}, {"Read More", "", ""}});
    v1::SignatorySet* set = sure.mutable_signatory_sets(0);
    set->set_confidence(0.95f);
    set->mutable_signatories(0)->set_confidence(0.9f);
    set->mutable_signatories(1)->set_confidence(0.3f);
    Put(sure);

    v1::Extraction doubtful =
        JointLetter("doubtful", {{"Kenya Human Rights Commission", "", ""}});
    doubtful.mutable_signatory_sets(0)->set_confidence(0.5f);
    Put(doubtful);
  }

  std::vector<std::string> SignatoryNames(float min_confidence) {
    v1::StreamSignatorySetsRequest request;
    request.set_min_confidence(min_confidence);
    grpc::Status status;
    std::vector<std::string> names;
    for (const auto& response : ReadStream<v1::StreamSignatorySetsResponse>(
             &v1::QueryService::Stub::StreamSignatorySets, request, &status)) {
      for (const auto& set : response.signatory_sets()) {
        for (const auto& s : set.signatories()) names.push_back(s.name());
      }
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return names;
  }
};

TEST_F(ConfidenceFilterTest, EventsBelowTheFloorStayOut) {
  v1::StreamEventsRequest request;
  request.set_min_confidence(0.8f);
  EXPECT_THAT(EventIds(request), ElementsAre("pr1/events/0"));
  // Combined with an index-driven filter, the floor still applies.
  request.set_type(v1::EVENT_TYPE_THREAT);
  EXPECT_TRUE(EventIds(request).empty());
}

TEST_F(ConfidenceFilterTest, QuotesBelowTheFloorStayOut) {
  v1::StreamQuotesRequest request;
  request.set_min_confidence(0.85f);
  EXPECT_THAT(QuoteIds(request), ElementsAre("pr1/quotes/0"));
  request.set_min_confidence(0.86f);
  EXPECT_TRUE(QuoteIds(request).empty());
}

TEST_F(ConfidenceFilterTest, SignatorySetsSendOnlyTheirSureEntries) {
  EXPECT_THAT(SignatoryNames(0),
              ElementsAre("Human Rights Watch", "Read More",
                          "Kenya Human Rights Commission"));
  EXPECT_THAT(SignatoryNames(0.8f), ElementsAre("Human Rights Watch"));
}

TEST_F(ConfidenceFilterTest, FloorsOutsideZeroToOneAreRejected) {
  for (float bad : {-0.1f, 1.5f, std::nanf("")}) {
    grpc::Status status;
    v1::StreamEventsRequest events;
    events.set_min_confidence(bad);
    EventResponses(events, &status);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << bad;
    EXPECT_THAT(status.error_message(), ::testing::HasSubstr("min_confidence"));

    v1::StreamSignatorySetsRequest sets;
    sets.set_min_confidence(bad);
    ReadStream<v1::StreamSignatorySetsResponse>(
        &v1::QueryService::Stub::StreamSignatorySets, sets, &status);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << bad;
  }
}

}  // namespace
}  // namespace amicus::testing
