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
#include "store/key_codec.h"
#include "store/intersect_cursor.h"
#include "store/meta_keys.h"
#include "store/word_postings.h"
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
  // An ASCII run that an accented letter continues is one word.
  EXPECT_THAT(TextWords("cafe caf\xC3\xA9s d\xC3\xA9j\xC3\xA0 vu"),
              ElementsAre("cafe", "cafes", "deja", "vu"));
}

TEST(TextWordsTest, LongWordsKeepTheirFirstBytes) {
  std::string lower(kMaxWordBytes + 10, 'x');
  std::string upper(kMaxWordBytes + 10, 'X');
  std::string cut(kMaxWordBytes, 'x');
  EXPECT_THAT(TextWords(absl::StrCat("a ", lower, " ", upper, " b")),
              ElementsAre("a", cut, cut, "b"));
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

// The ordinals the entry `key` of `family` lists; empty when there is no
// such entry.
std::vector<uint32_t> OrdinalsOf(const std::vector<Entry>& entries, Cf family,
                                 const std::string& key) {
  std::vector<uint32_t> ordinals;
  for (const Entry& entry : entries) {
    if (entry.cf == family && entry.key == key) {
      EXPECT_TRUE(DecodeOrdinals(entry.value, &ordinals)) << key;
    }
  }
  return ordinals;
}

TEST(WordIndexEntriesTest, EachDocumentGetsOneEntryPerDistinctWord) {
  v1::Extraction doc = MakeDocument("d", v1::DOCUMENT_KIND_STATEMENT,
                                    "Ban the ban.");
  AddEvent(&doc, MakeDate(2021, 1, 1), v1::EVENT_TYPE_SANCTION, {"X"},
           "Visa ban, visa BAN.");
  AddEvent(&doc, MakeDate(2021, 1, 2), v1::EVENT_TYPE_SANCTION, {"X"},
           "A ban.");
  AddQuote(&doc, "Y", "", "", "No ban");
  std::vector<Entry> entries = DocumentEntries(doc, 5);
  std::string seq = EncodeSeq(5);
  // The summary repeats the evidence, and both events say "ban": still one
  // entry per word, listing the events that hold it.
  EXPECT_THAT(KeysIn(entries, Cf::kEventsByWord),
              ::testing::UnorderedElementsAre(
                  absl::StrCat(WordIndexPrefix("visa"), seq),
                  absl::StrCat(WordIndexPrefix("ban"), seq),
                  absl::StrCat(WordIndexPrefix("a"), seq)));
  EXPECT_THAT(OrdinalsOf(entries, Cf::kEventsByWord,
                         absl::StrCat(WordIndexPrefix("ban"), seq)),
              ElementsAre(0, 1));
  EXPECT_THAT(OrdinalsOf(entries, Cf::kEventsByWord,
                         absl::StrCat(WordIndexPrefix("a"), seq)),
              ElementsAre(1));
  EXPECT_THAT(OrdinalsOf(entries, Cf::kQuotesByWord,
                         absl::StrCat(WordIndexPrefix("no"), seq)),
              ElementsAre(0));
  // The title ("Statement d") and the text.
  EXPECT_THAT(KeysIn(entries, Cf::kDocumentsByWord),
              ::testing::UnorderedElementsAre(
                  absl::StrCat(WordIndexPrefix("statement"), seq),
                  absl::StrCat(WordIndexPrefix("d"), seq),
                  absl::StrCat(WordIndexPrefix("ban"), seq),
                  absl::StrCat(WordIndexPrefix("the"), seq)));
}

TEST(WordIndexEntriesTest, OrdinalListsRoundTripAndRejectGarbage) {
  std::vector<uint32_t> ordinals = {0, 1, 127, 128, 300, 70000, UINT32_MAX};
  std::vector<uint32_t> decoded;
  ASSERT_TRUE(DecodeOrdinals(EncodeOrdinals(ordinals), &decoded));
  EXPECT_EQ(decoded, ordinals);
  EXPECT_FALSE(DecodeOrdinals("\x80", &decoded));      // cut short
  EXPECT_FALSE(DecodeOrdinals(absl::string_view("\x01\x00", 2), &decoded));  // not ascending
}

TEST(WordIndexEntriesTest, AnEntryHandsOutItsRecordKeysInOrder) {
  std::string seq = EncodeSeq(9);
  EntryRecords records;
  std::string key;
  EXPECT_FALSE(records.NextAtOrAfter("", &key));  // nothing loaded
  ASSERT_TRUE(records.Load(seq, EncodeOrdinals({1, 5, 9})));
  ASSERT_TRUE(records.NextAtOrAfter("", &key));
  EXPECT_EQ(key, EncodeRecordKey(9, 1));
  ASSERT_TRUE(records.NextAtOrAfter(EncodeRecordKey(9, 2), &key));
  EXPECT_EQ(key, EncodeRecordKey(9, 5));
  // Just past a key, as the cursor asks for the next one.
  ASSERT_TRUE(records.NextAtOrAfter(key + '\0', &key));
  EXPECT_EQ(key, EncodeRecordKey(9, 9));
  EXPECT_FALSE(records.NextAtOrAfter(key + '\0', &key));
  EXPECT_EQ(key, EncodeRecordKey(9, 9));
  // A later document's key passes them all; an earlier one none.
  ASSERT_TRUE(records.Load(seq, EncodeOrdinals({1, 5})));
  EXPECT_TRUE(records.NextAtOrAfter(EncodeRecordKey(8, 7), &key));
  EXPECT_EQ(key, EncodeRecordKey(9, 1));
  EXPECT_FALSE(records.NextAtOrAfter(EncodeRecordKey(10, 0), &key));
  EXPECT_FALSE(records.Load(seq, "\x80"));
  EXPECT_FALSE(records.NextAtOrAfter("", &key));
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

  // One document with an event per evidence text; its seq.
  uint64_t PutEvents(const std::string& id,
                     const std::vector<std::string>& evidence) {
    v1::Extraction doc =
        MakeDocument(id, v1::DOCUMENT_KIND_STATEMENT, "Text.");
    for (const std::string& text : evidence) {
      AddEvent(&doc, MakeDate(2021, 1, 1), v1::EVENT_TYPE_STATEMENT, {"X"},
               text);
    }
    auto result = writer_->Put(doc);
    EXPECT_TRUE(result.ok()) << result.status();
    return Latest()->FindDocumentSeq(id).value_or(0);
  }

  struct ScanResult {
    std::vector<std::string> ids;
    std::vector<std::string> record_keys;
    size_t index_entries_read = 0;
  };

  ScanResult ScanWords(const std::vector<std::string>& words,
                       const std::string& start = "") {
    std::unique_ptr<View> view = Latest();
    IntersectScanSpec spec;
    spec.start = start;
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
      result.record_keys.emplace_back(c.record_key());
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

TEST_F(WordIndexTest, WordsMustShareARecordNotJustADocument) {
  uint64_t before = PutEvents("before", {"Alpha gamma."});
  uint64_t seq = PutEvents("d", {"Alpha beta.", "Beta gamma.", "Alpha gamma.",
                                 "Beta again."});
  uint64_t after = PutEvents("after", {"Beta."});
  EXPECT_THAT(ScanWords({"alpha", "gamma"}).record_keys,
              ElementsAre(EncodeRecordKey(before, 0), EncodeRecordKey(seq, 2)));
  EXPECT_THAT(ScanWords({"beta"}).record_keys,
              ElementsAre(EncodeRecordKey(seq, 0), EncodeRecordKey(seq, 1),
                          EncodeRecordKey(seq, 3), EncodeRecordKey(after, 0)));
  EXPECT_THAT(ScanWords({"alpha", "beta", "gamma"}).record_keys, IsEmpty());
  // Resuming inside a document (a page token) skips its earlier records.
  EXPECT_THAT(ScanWords({"beta"}, EncodeRecordKey(seq, 2)).record_keys,
              ElementsAre(EncodeRecordKey(seq, 3), EncodeRecordKey(after, 0)));
  EXPECT_THAT(ScanWords({"gamma", "beta"}, EncodeRecordKey(seq, 1)).record_keys,
              ElementsAre(EncodeRecordKey(seq, 1)));
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
