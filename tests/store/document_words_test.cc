// A document's word entries are built from one tokenizing of its text
// (store/document_words.h): text search must find exactly the records it
// found when each record's texts were tokenized on their own. Each case
// compares DocumentEntries' word entries with that reference.
#include "store/document_words.h"

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "store/document_entries.h"
#include "store/key_codec.h"
#include "store/text_words.h"
#include "store/word_postings.h"
#include "tests/store/sample_records.h"

namespace amicus::store {
namespace {

using amicus::testing::AddEvent;
using amicus::testing::AddQuote;
using amicus::testing::MakeDate;
using amicus::testing::MakeDocument;
using WordEntries = std::set<std::tuple<Cf, std::string, std::string>>;

bool IsWordFamily(Cf cf) {
  return cf == Cf::kDocumentsByWord || cf == Cf::kEventsByWord ||
         cf == Cf::kQuotesByWord;
}

WordEntries Stored(const amicus::v1::Extraction& extraction) {
  WordEntries out;
  for (const Entry& e : DocumentEntries(extraction, 7)) {
    if (IsWordFamily(e.cf)) out.insert({e.cf, e.key, e.value});
  }
  return out;
}

// Every text tokenized on its own.
WordEntries Reference(const amicus::v1::Extraction& extraction) {
  std::string seq = EncodeSeq(7);
  std::vector<Entry> entries;
  for (const std::string& word :
       DistinctWords(DocumentTexts(extraction.document()))) {
    entries.push_back(
        {Cf::kDocumentsByWord, absl::StrCat(WordIndexPrefix(word), seq), ""});
  }
  WordOrdinals events, quotes;
  for (int i = 0; i < extraction.events_size(); ++i) {
    events.Add(EventTexts(extraction.events(i)), static_cast<uint32_t>(i));
  }
  for (int i = 0; i < extraction.quotes_size(); ++i) {
    quotes.Add(QuoteTexts(extraction.quotes(i)), static_cast<uint32_t>(i));
  }
  events.AppendEntries(Cf::kEventsByWord, seq, &entries);
  quotes.AppendEntries(Cf::kQuotesByWord, seq, &entries);
  WordEntries out;
  for (const Entry& e : entries) out.insert({e.cf, e.key, e.value});
  return out;
}

// A document whose events have the given evidence sentences and summaries.
amicus::v1::Extraction WithEvents(
    const std::string& text,
    const std::vector<std::pair<std::string, std::string>>& events) {
  amicus::v1::Extraction extraction =
      MakeDocument("d", amicus::v1::DOCUMENT_KIND_PRESS_RELEASE, text);
  for (const auto& [evidence, summary] : events) {
    AddEvent(&extraction, MakeDate(2024, 3, 1), amicus::v1::EVENT_TYPE_THREAT,
             {"Ministry"}, evidence)
        ->set_summary(summary);
  }
  return extraction;
}

TEST(DocumentWordsTest, SentencesOfTheTextGetTheirOwnWords) {
  std::string first = "The Ministry threatened the Commission on 1 March.";
  std::string second = "It later banned visas for its staff.";
  amicus::v1::Extraction extraction = WithEvents(
      absl::StrCat("Geneva. ", first, " ", second, " The end"),
      {{first, first}, {second, "It later banned ..."}, {first, "Other words"}});
  AddQuote(&extraction, "A Person", "Body", "", "later banned visas");
  EXPECT_EQ(Stored(extraction), Reference(extraction));
  EXPECT_FALSE(Stored(extraction).empty());
}

TEST(DocumentWordsTest, SpansCuttingAWordAreTokenizedOnTheirOwn) {
  // "ment of" is inside "government of": its own words are "ment", "of".
  std::string text = "The government of X. Governmental \xC3\xA9t\xC3\xA9s.";
  amicus::v1::Extraction extraction = WithEvents(
      text, {{"ment of X.", "government o ..."},
             {"tal \xC3\xA9t\xC3\xA9s", "Governmental \xC3\xA9t"},
             {"\xA9t\xC3\xA9s.", "\xC3\xA9t\xC3"},
             {"Governmental", "X."}});
  EXPECT_EQ(Stored(extraction), Reference(extraction));
}

TEST(DocumentWordsTest, AccentsMarksAndLongWordsMatchTheirOwnTokenizing) {
  std::string longword(kMaxWordBytes + 5, 'w');
  // Decomposed accents (e + U+0301), curly quotes, Cyrillic, invalid bytes.
  std::string text = absl::StrCat(
      "Ope\xCC\x81ration \xE2\x80\x9C", "Done\xE2\x80\x9D by ", longword,
      " \xD0\x9C\xD0\xB8\xD1\x80 caf\xC3\xA9s \xFF\xFEZ end");
  amicus::v1::Extraction extraction = WithEvents(
      text, {{"Ope\xCC\x81ration", "Ope"},
             {"ration \xE2\x80\x9C", "\xCC\x81ration"},
             {"Done\xE2\x80\x9D by ww", longword},
             {absl::StrCat(longword.substr(3), " \xD0\x9C"), "caf"},
             {"\xFEZ end", "\xFF\xFEZ"}});
  AddQuote(&extraction, "A Person", "Body", "", "Done");
  AddQuote(&extraction, "A Person", "Body", "", "not in the text at all");
  EXPECT_EQ(Stored(extraction), Reference(extraction));
}

TEST(DocumentWordsTest, TitleAndRepeatedSentences) {
  std::string sentence = "Visa bans were announced.";
  amicus::v1::Extraction extraction = WithEvents(
      absl::StrCat(sentence, " Then ", sentence),
      {{sentence, sentence}, {sentence, ""}, {"", ""}});
  extraction.mutable_document()->set_title("Visa Bans: A Title Only Word");
  EXPECT_EQ(Stored(extraction), Reference(extraction));
  extraction.mutable_document()->set_title(extraction.document().text());
  EXPECT_EQ(Stored(extraction), Reference(extraction));
}

}  // namespace
}  // namespace amicus::store
