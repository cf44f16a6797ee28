#include "server/nats/zstd_codec.h"

#include <string>

#include "gtest/gtest.h"
#include "zstd.h"

namespace amicus::nats {
namespace {

TEST(ZstdCodecTest, RoundTripsEmptySmallAndLargeInputs) {
  std::string large;
  for (int i = 0; large.size() < (1 << 20); ++i) {
    large += "entry " + std::to_string(i * 7919 % 10007) + ";";
  }
  for (const std::string& input : {std::string(), std::string("x"), large}) {
    absl::StatusOr<std::string> frame = ZstdCompress(input);
    ASSERT_TRUE(frame.ok()) << frame.status();
    absl::StatusOr<std::string> back = ZstdDecompress(*frame);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(*back, input);
  }
  EXPECT_LT(ZstdCompress(large)->size(), large.size() / 4);
}

TEST(ZstdCodecTest, RefusesWhatIsNotOneWholeFrame) {
  EXPECT_FALSE(ZstdDecompress("").ok());
  EXPECT_FALSE(ZstdDecompress("not zstd at all").ok());
  const std::string frame = *ZstdCompress(std::string(5000, 'q'));
  EXPECT_FALSE(ZstdDecompress(frame.substr(0, frame.size() - 3)).ok());
  EXPECT_FALSE(ZstdDecompress(frame + "trailing").ok());
}

TEST(ZstdCodecTest, RefusesAFrameWithoutItsSize) {
  // A streamed frame does not record its content size.
  ZSTD_CCtx* context = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 0);
  const std::string input(1000, 'z');
  std::string frame(ZSTD_compressBound(input.size()), '\0');
  const size_t n = ZSTD_compress2(context, frame.data(), frame.size(),
                                  input.data(), input.size());
  ZSTD_freeCCtx(context);
  ASSERT_FALSE(ZSTD_isError(n));
  frame.resize(n);
  absl::StatusOr<std::string> back = ZstdDecompress(frame);
  EXPECT_EQ(back.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace amicus::nats
