// DocumentEntries lists each key once: a document naming the same person
// or organization many times (the usual case) must not pay one memtable
// insert and WAL record per mention, and Delete removes the same set.
#include "store/document_entries.h"

#include <set>
#include <string>
#include <utility>

#include "gtest/gtest.h"
#include "store/person_index.h"
#include "store/word_postings.h"
#include "tests/store/sample_records.h"

namespace amicus::store {
namespace {

using amicus::testing::AddEvent;
using amicus::testing::AddQuote;
using amicus::testing::AddSignatorySet;
using amicus::testing::MakeDate;
using amicus::testing::MakeDocument;

int CountIn(const std::vector<Entry>& entries, Cf cf) {
  int n = 0;
  for (const Entry& entry : entries) n += entry.cf == cf ? 1 : 0;
  return n;
}

TEST(DocumentEntriesTest, RepeatedNamesGiveOneEntryEach) {
  v1::Extraction doc =
      MakeDocument("doc1", v1::DOCUMENT_KIND_PRESS_RELEASE, "Text.");
  for (int i = 0; i < 3; ++i) {
    AddEvent(&doc, MakeDate(2025, 1, 10 + i), v1::EVENT_TYPE_THREAT,
             {"Maria Okonkwo"}, "Maria Okonkwo threatened them.");
    AddQuote(&doc, "Maria Okonkwo", "Amnesty International", "AI",
             "We will not stop.");
  }
  AddSignatorySet(&doc, "the Minister",
                  {{"Amnesty International", "AI", "UK"},
                   {"Amnesty International", "AI", "UK"}});

  std::vector<Entry> entries = DocumentEntries(doc, 7);
  std::set<std::pair<Cf, std::string>> keys;
  for (const Entry& entry : entries) {
    EXPECT_TRUE(keys.insert({entry.cf, entry.key}).second)
        << "duplicate key in family " << static_cast<int>(entry.cf);
  }
  // One person, whose every mention is the same registry entry.
  EXPECT_EQ(CountIn(entries, Cf::kPeopleBySurname), 1);
  // Every record is still indexed under its person, one entry per record
  // and name run.
  EXPECT_EQ(CountIn(entries, Cf::kEventsByActor), 3 * 2);
  EXPECT_EQ(CountIn(entries, Cf::kQuotesBySpeaker), 3 * 2);
  EXPECT_GT(CountIn(entries, Cf::kOrganizationAliases), 0);
}

// Selective queries by date or by an actor's full name read the event from
// the index entry itself; the other entries stay empty (write cost).
TEST(DocumentEntriesTest, DateAndExactActorEntriesCarryTheEvent) {
  v1::Extraction doc =
      MakeDocument("doc1", v1::DOCUMENT_KIND_PRESS_RELEASE, "Text.");
  AddEvent(&doc, MakeDate(2025, 1, 10), v1::EVENT_TYPE_THREAT,
           {"Maria Okonkwo"}, "Maria Okonkwo threatened them.");
  std::string event = doc.events(0).SerializeAsString();
  std::vector<Entry> entries = DocumentEntries(doc, 7);
  std::string exact = ExactNamePrefix("maria okonkwo");
  int carrying = 0;
  for (const Entry& entry : entries) {
    bool carries = entry.cf == Cf::kEventsByDate ||
                   (entry.cf == Cf::kEventsByActor &&
                    entry.key.compare(0, exact.size(), exact) == 0);
    if (carries) {
      EXPECT_EQ(entry.value, event);
      ++carrying;
    } else if (entry.cf != Cf::kEvents && entry.cf != Cf::kDocuments &&
               entry.cf != Cf::kDocumentIds &&
               entry.cf != Cf::kPeopleBySurname &&
               entry.cf != Cf::kOrganizationAliases &&
               !IndexesWordsByDocument(entry.cf)) {  // ordinals
      EXPECT_EQ(entry.value, "") << CfName(entry.cf);
    }
  }
  EXPECT_EQ(carrying, 2);
}

}  // namespace
}  // namespace amicus::store
