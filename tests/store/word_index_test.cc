// The word indexes behind text search: how text is split into words, the
// entries a document's records get, that a word query reads in proportion
// to its answer, that deleting a document removes its entries, and the
// upgrade of a database written before text search.
#include "store/text_words.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/document_entries.h"
#include "store/intersect_cursor.h"
#include "store/meta_keys.h"
#include "store/writer.h"
#include "tests/store/db_inspection.h"
#include "tests/store/old_layout.h"
#include "tests/store/sample_records.h"
#include "tests/store/written_database.h"

namespace amicus::store {
namespace {

using amicus::testing::AddEvent;
using amicus::testing::AddQuote;
using amicus::testing::MakeDate;
using amicus::testing::MakeDocument;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

TEST(TextWordsTest, LowercasesFoldsAccentsAndSplitsAtPunctuation) {
  EXPECT_THAT(TextWords("L'Égypte's VISA-ban, Straße 12!"),
              ElementsAre("l", "egypte", "s", "visa", "ban", "strasse", "12"));
  // Decomposed accents (e + U+0301) fold the same way as composed ones.
  EXPECT_THAT(TextWords("Ope\xCC\x81" "ration \xE2\x80\x9C" "done\xE2\x80\x9D"),
              ElementsAre("operation", "done"));
  EXPECT_THAT(TextWords(" -- ... "), IsEmpty());
}

TEST(TextWordsTest, PhrasesAreConsecutiveWords) {
  std::vector<std::string> words = TextWords("a travel ban was announced");
  EXPECT_TRUE(ContainsPhrase(words, {"travel", "ban"}));
  EXPECT_FALSE(ContainsPhrase(words, {"ban", "travel"}));
  EXPECT_FALSE(ContainsPhrase(words, {"travel", "was"}));
}

std::vector<std::string> KeysIn(const std::vector<Entry>& entries, Cf family) {
  std::vector<std::string> keys;
  for (const Entry& entry : entries) {
    if (entry.cf == family) keys.push_back(entry.key);
  }
  return keys;
}

TEST(WordIndexEntriesTest, EachRecordGetsOneEntryPerDistinctWord) {
  v1::Extraction doc = MakeDocument("d", v1::DOCUMENT_KIND_STATEMENT,
                                    "Ban the ban.");
  AddEvent(&doc, MakeDate(2021, 1, 1), v1::EVENT_TYPE_SANCTION, {"X"},
           "Visa ban, visa BAN.");
  AddQuote(&doc, "Y", "", "", "No ban");
  std::vector<Entry> entries = DocumentEntries(doc, 5);
  std::string event_key = EncodeRecordKey(5, 0);
  // The summary repeats the evidence: still one entry per word.
  EXPECT_THAT(KeysIn(entries, Cf::kEventsByWord),
              ::testing::UnorderedElementsAre(
                  absl::StrCat(WordIndexPrefix("visa"), event_key),
                  absl::StrCat(WordIndexPrefix("ban"), event_key)));
  EXPECT_THAT(KeysIn(entries, Cf::kQuotesByWord),
              Contains(absl::StrCat(WordIndexPrefix("no"),
                                    EncodeRecordKey(5, 0))));
  // The title ("Statement d") and the text.
  EXPECT_THAT(KeysIn(entries, Cf::kDocumentsByWord),
              ::testing::UnorderedElementsAre(
                  absl::StrCat(WordIndexPrefix("statement"), EncodeSeq(5)),
                  absl::StrCat(WordIndexPrefix("d"), EncodeSeq(5)),
                  absl::StrCat(WordIndexPrefix("ban"), EncodeSeq(5)),
                  absl::StrCat(WordIndexPrefix("the"), EncodeSeq(5))));
}

class WordIndexTest : public WrittenDatabaseTest {
 protected:
  void PutEvent(const std::string& id, const std::string& evidence) {
    v1::Extraction doc =
        MakeDocument(id, v1::DOCUMENT_KIND_STATEMENT, "Text.");
    AddEvent(&doc, MakeDate(2021, 1, 1), v1::EVENT_TYPE_STATEMENT, {"X"},
             evidence);
    auto result = writer_->Put(doc);
    ASSERT_TRUE(result.ok()) << result.status();
  }

  struct ScanResult {
    std::vector<std::string> ids;
    size_t index_entries_read = 0;
  };

  ScanResult ScanWords(const std::vector<std::string>& words) {
    std::unique_ptr<View> view = Latest();
    IntersectScanSpec spec;
    for (const std::string& word : words) {
      spec.terms.push_back({Cf::kEventsByWord, {WordIndexPrefix(word)}});
    }
    IntersectCursor c = view->ScanIntersect(spec);
    ScanResult result;
    for (; c.Valid(); c.Next()) {
      v1::Event event;
      EXPECT_TRUE(event.ParseFromArray(c.value().data(),
                                       static_cast<int>(c.value().size())));
      result.ids.push_back(event.document_id());
    }
    EXPECT_TRUE(c.status().ok());
    result.index_entries_read = c.index_entries_read();
    return result;
  }
};

TEST_F(WordIndexTest, SeveralWordsReadInProportionToTheRarest) {
  for (int i = 0; i < 200; ++i) {
    PutEvent(absl::StrCat("common", i), "The minister threatened the press.");
    if (i % 50 == 0) {
      PutEvent(absl::StrCat("rare", i), "The minister banned Zanzibar press.");
    }
  }
  ScanResult result = ScanWords({"the", "press", "zanzibar"});
  EXPECT_THAT(result.ids, ElementsAre("rare0", "rare50", "rare100", "rare150"));
  // Each term moves to each of the four answers and one past: not the
  // 204 entries of "the" or "press".
  EXPECT_LE(result.index_entries_read, 3u * (4 + 1) * 2);
  EXPECT_THAT(ScanWords({"zanzibar", "threatened"}).ids, IsEmpty());
}

TEST_F(WordIndexTest, DeletingADocumentRemovesItsWordEntries) {
  PutEvent("keep", "Journalists were detained.");
  PutEvent("gone", "Lawyers were detained.");
  ASSERT_TRUE(writer_->Delete("gone").ok());
  EXPECT_THAT(ScanWords({"detained"}).ids, ElementsAre("keep"));
  EXPECT_THAT(ScanWords({"lawyers"}).ids, IsEmpty());
  writer_.reset();
  std::map<std::string, int> counts =
      amicus::testing::CountKeysPerCf(dir_.Sub("db"));
  // "journalists", "were", "detained"; the document's "statement", "keep"
  // and "text".
  EXPECT_EQ(counts[CfName(Cf::kEventsByWord)], 3);
  EXPECT_EQ(counts[CfName(Cf::kDocumentsByWord)], 3);
}

TEST_F(WordIndexTest, DatabaseWithoutWordIndexesGetsThemOnOpen) {
  PutEvent("a", "Visa ban announced.");
  PutEvent("b", "A travel ban on judges.");
  writer_.reset();
  std::map<std::string, int> fresh =
      amicus::testing::CountKeysPerCf(dir_.Sub("db"));
  amicus::testing::DowngradeToVersion3(dir_.Sub("db"));
  for (const std::string& family : amicus::testing::WordIndexFamilies()) {
    ASSERT_THAT(amicus::testing::StoredFamilies(dir_.Sub("db")),
                Not(Contains(family)));
  }
  OpenWriter();
  writer_.reset();  // so the read-only inspection below sees flushed state
  EXPECT_EQ(amicus::testing::CountKeysPerCf(dir_.Sub("db")), fresh);
  OpenWriter();
  EXPECT_THAT(ScanWords({"ban"}).ids, ElementsAre("a", "b"));
  EXPECT_THAT(ScanWords({"travel", "judges"}).ids, ElementsAre("b"));
  EXPECT_EQ(Latest()->Get(Cf::kMeta, kLayoutVersionKey),
            std::string(1, kLayoutVersion));
}

}  // namespace
}  // namespace amicus::store
