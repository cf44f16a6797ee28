#include "extract/ids.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "test_util.h"

namespace amicus::extract {
namespace {

using testing::MustExtract;

constexpr char kText[] =
    "On 3 March 2021, the Forum wrote to the minister.\n\n"
    "\xE2\x80\x9CThe Court must be protected from interference,\xE2\x80\x9D said Ann Bell, "
    "Director of the Forum.";

TEST(IdsTest, Sha256IsLowercaseHex) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(IdsTest, SameTextGivesTheSameIds) {
  auto a = MustExtract(kText);
  auto b = MustExtract(kText);
  EXPECT_EQ(a.document().id(), b.document().id());
  EXPECT_EQ(a.document().id(), Sha256Hex(a.document().text()));
  ASSERT_GT(a.events_size(), 0);
  EXPECT_EQ(a.events(0).id(), b.events(0).id());
}

TEST(IdsTest, MarkupThatNormalizesAwayKeepsTheId) {
  auto plain = MustExtract("The Forum condemned the threats.\n\nThe Court must be protected.");
  auto spaced = MustExtract("The Forum  condemned the threats.   \r\n\r\n\r\n\r\nThe Court must be protected.\n");
  EXPECT_EQ(plain.document().id(), spaced.document().id());
  auto other = MustExtract("The Forum condemned the threats.\n\nThe Court must be defended.");
  EXPECT_NE(plain.document().id(), other.document().id());
}

TEST(IdsTest, RecordIdsCountsAndDocumentFields) {
  auto e = MustExtract(kText);
  const std::string& id = e.document().id();
  ASSERT_EQ(e.quotes_size(), 1);
  EXPECT_EQ(e.quotes(0).id(), absl::StrCat(id, "/quotes/1"));
  EXPECT_EQ(e.quotes(0).document_id(), id);
  ASSERT_EQ(e.events_size(), 1);
  EXPECT_EQ(e.events(0).id(), absl::StrCat(id, "/events/1"));
  EXPECT_EQ(e.events(0).document_id(), id);
  EXPECT_EQ(e.document().event_count(), 1);
  EXPECT_EQ(e.document().quote_count(), 1);
  EXPECT_EQ(e.document().signatory_set_count(), 0);
  EXPECT_EQ(e.document().content_size(), static_cast<int64_t>(sizeof(kText) - 1));
  EXPECT_EQ(e.document().media_type(), "text/plain");
  EXPECT_EQ(e.document().source_uri(), "fixture");
}

}  // namespace
}  // namespace amicus::extract
