#include "store/key_codec.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace amicus::store {
namespace {

TEST(KeyCodecTest, RecordKeyRoundTrips) {
  for (uint64_t seq : {uint64_t{1}, uint64_t{255}, uint64_t{1} << 40}) {
    for (uint32_t ordinal : {0u, 7u, 70000u}) {
      std::string key = EncodeRecordKey(seq, ordinal);
      ASSERT_EQ(key.size(), kRecordKeyBytes);
      EXPECT_EQ(DecodeSeq(key), seq);
      EXPECT_EQ(DecodeOrdinal(key), ordinal);
    }
  }
}

TEST(KeyCodecTest, RecordKeysSortInIngestOrder) {
  // Later documents must sort after earlier ones whatever their ordinals,
  // or follow streams and resume tokens would skip records.
  std::vector<std::string> keys = {
      EncodeRecordKey(1, 0), EncodeRecordKey(1, 1), EncodeRecordKey(1, 300),
      EncodeRecordKey(2, 0), EncodeRecordKey(256, 0), EncodeRecordKey(257, 5)};
  for (size_t i = 1; i < keys.size(); ++i) {
    EXPECT_LT(keys[i - 1], keys[i]) << i;
  }
}

TEST(KeyCodecTest, DocumentPrefixCoversOnlyItsRecords) {
  std::string prefix = EncodeSeq(9);
  std::string upper = PrefixSuccessor(prefix);
  EXPECT_LE(prefix, EncodeRecordKey(9, 0));
  EXPECT_LT(EncodeRecordKey(9, 0xffffffff), upper);
  EXPECT_GE(EncodeRecordKey(10, 0), upper);
  EXPECT_LT(EncodeRecordKey(8, 0xffffffff), prefix);
}

TEST(KeyCodecTest, PrefixSuccessorSkipsTrailingFf) {
  EXPECT_EQ(PrefixSuccessor("ab"), "ac");
  EXPECT_EQ(PrefixSuccessor(std::string("a\xff", 2)), "b");
  EXPECT_EQ(PrefixSuccessor(std::string("\xff\xff", 2)), "");
}

TEST(KeyCodecTest, IndexKeysSplitIntoPartAndRecordKey) {
  std::string record_key = EncodeRecordKey(3, 4);
  std::string index_key = std::string("pompeo\0", 7) + record_key;
  EXPECT_EQ(TrailingKey(index_key, kRecordKeyBytes), record_key);
  EXPECT_EQ(LeadingPart(index_key, kRecordKeyBytes),
            absl::string_view("pompeo\0", 7));
}

}  // namespace
}  // namespace amicus::store
