#include "query_service/resume_token.h"

#include <string>

#include "gtest/gtest.h"
#include "store/key_codec.h"

namespace amicus::query {
namespace {

ResumeToken SampleToken() {
  ResumeToken token;
  token.stream = ResumeToken::Stream::kQuotes;
  token.phase = ResumeToken::Phase::kNewer;
  token.watermark = 41;
  token.filter_digest = 0x0123456789abcdefULL;
  token.next_key = store::EncodeRecordKey(42, 3) + std::string(1, '\0');
  return token;
}

TEST(ResumeTokenTest, RoundTripsAndIsUrlSafe) {
  std::string text = EncodeResumeToken(SampleToken());
  EXPECT_EQ(text.find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
  auto decoded = DecodeResumeToken(text, ResumeToken::Stream::kQuotes,
                                   0x0123456789abcdefULL);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->phase, ResumeToken::Phase::kNewer);
  EXPECT_EQ(decoded->watermark, 41u);
  EXPECT_EQ(decoded->next_key, SampleToken().next_key);
}

TEST(ResumeTokenTest, RejectsTokensOfOtherStreamsOrFilters) {
  std::string text = EncodeResumeToken(SampleToken());
  EXPECT_TRUE(absl::IsInvalidArgument(
      DecodeResumeToken(text, ResumeToken::Stream::kEvents, 0x0123456789abcdefULL)
          .status()));
  EXPECT_TRUE(absl::IsInvalidArgument(
      DecodeResumeToken(text, ResumeToken::Stream::kQuotes, 7).status()));
}

TEST(ResumeTokenTest, RejectsDamagedTokens) {
  std::string text = EncodeResumeToken(SampleToken());
  std::string flipped = text;
  flipped[text.size() / 2] = flipped[text.size() / 2] == 'B' ? 'C' : 'B';
  for (const std::string& bad :
       {std::string(), std::string("%%%"), text.substr(0, 8),
        text.substr(0, text.size() - 4), flipped}) {
    EXPECT_TRUE(absl::IsInvalidArgument(
        DecodeResumeToken(bad, ResumeToken::Stream::kQuotes,
                          0x0123456789abcdefULL)
            .status()))
        << bad;
  }
}

}  // namespace
}  // namespace amicus::query
