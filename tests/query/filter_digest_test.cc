#include "query_service/filter_digest.h"

#include "amicus/v1/query_service.pb.h"
#include "gtest/gtest.h"

namespace amicus::query {
namespace {

// Clients built from generated code often set every date field, empty
// when the user gave no bound; such a request must still stream the
// stored bytes without a parse and check of every record.
TEST(HasFiltersTest, EmptyDatesFilterNothing) {
  v1::StreamEventsRequest request;
  request.mutable_start_date();
  request.mutable_end_date();
  request.set_follow(true);
  EXPECT_FALSE(HasFilters(request));

  v1::StreamQuotesRequest quotes;
  quotes.mutable_end_date();
  EXPECT_FALSE(HasFilters(quotes));
}

TEST(HasFiltersTest, AnyBoundOrOtherFieldFilters) {
  v1::StreamEventsRequest dated;
  dated.mutable_start_date()->set_year(2019);
  EXPECT_TRUE(HasFilters(dated));

  v1::StreamEventsRequest typed;
  typed.mutable_end_date();
  typed.set_type(v1::EVENT_TYPE_THREAT);
  EXPECT_TRUE(HasFilters(typed));
}

// Resume tokens carry the digest of the request as sent, so clearing
// empty fields for HasFilters must not change what old tokens match.
TEST(HasFiltersTest, DigestStillSeesTheRequestAsSent) {
  v1::StreamEventsRequest bare;
  v1::StreamEventsRequest with_empty_date;
  with_empty_date.mutable_start_date();
  EXPECT_NE(FilterDigest(bare), FilterDigest(with_empty_date));
}

}  // namespace
}  // namespace amicus::query
