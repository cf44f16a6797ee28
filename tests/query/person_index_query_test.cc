// Person queries among many people who share a surname: what a user gets
// back, including after a database in the older person-index layout is
// upgraded on open.
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/query_fixture.h"
#include "tests/store/old_layout.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

v1::StreamEventsRequest EventsBy(const std::string& actor) {
  v1::StreamEventsRequest request;
  request.set_actor(actor);
  return request;
}

v1::StreamQuotesRequest QuotesBy(const std::string& speaker) {
  v1::StreamQuotesRequest request;
  request.set_speaker(speaker);
  return request;
}

v1::Extraction Statement(const std::string& id) {
  v1::Extraction extraction =
      MakeDocument(id, v1::DOCUMENT_KIND_STATEMENT, "Statement " + id);
  *extraction.mutable_document()->mutable_date() = MakeDate(2021, 5, 4);
  return extraction;
}

// One document per name, with one event acted and one quote spoken by it.
void AddPersonDocument(v1::Extraction* extraction, const std::string& name) {
  AddEvent(extraction, MakeDate(2021, 5, 3), v1::EVENT_TYPE_STATEMENT, {name},
           name + " spoke at the session.");
  AddQuote(extraction, name, "Okonkwo Legal Aid", "",
           "The detentions must end, said " + name);
}

class PersonIndexQueryTest : public QueryServiceTest {
 protected:
  // Ten other Okonkwos (each in two documents) around the queried one, and
  // the spellings that may or may not be her.
  void PutOkonkwos() {
    const char* others[] = {"John Okonkwo",   "Peter Okonkwo", "Ada Okonkwo",
                            "Chidi Okonkwo",  "Ngozi Okonkwo", "Emeka Okonkwo",
                            "Ifeoma Okonkwo", "Tunde Okonkwo", "Bola Okonkwo",
                            "Kelechi Okonkwo"};
    int n = 0;
    for (int round = 0; round < 2; ++round) {
      for (const char* other : others) {
        v1::Extraction doc = Statement("o" + std::to_string(n++));
        AddPersonDocument(&doc, other);
        Put(doc);
      }
    }
    for (const char* name : {"Maria Okonkwo", "M. Okonkwo", "Dr Maria Okonkwo",
                             "Maria A. Okonkwo", "MARÍA OKONKWO",
                             "Maria Okonkwo-Eze", "Marie Okonkwo"}) {
      v1::Extraction doc = Statement(std::string("m-") + name);
      AddPersonDocument(&doc, name);
      Put(doc);
    }
  }

  void PutBareSurnameMention() {
    v1::Extraction doc = Statement("bare");
    AddPersonDocument(&doc, "Okonkwo");
    Put(doc);
  }

  // Reopens writer (which upgrades the layout), reader and service.
  void Reopen(bool downgrade) {
    TearDown();
    stub_.reset();
    server_.reset();
    service_.reset();
    reader_.reset();
    writer_.reset();
    if (downgrade) DowngradeToVersion2(dir_.Sub("db"));
    SetUp();
  }
};

// Hers: the name itself, a longer name ending in it, and compatible
// registered names. Not hers: "Marie" (M. matches, Maria does not) and a
// double-barrelled surname.
const std::vector<std::string> kMariaEvents = {
    "m-Maria Okonkwo/events/0", "m-M. Okonkwo/events/0",
    "m-Dr Maria Okonkwo/events/0", "m-Maria A. Okonkwo/events/0",
    "m-MARÍA OKONKWO/events/0"};

TEST_F(PersonIndexQueryTest, FullNameFindsOnlyHerAmongNamesakes) {
  PutOkonkwos();
  EXPECT_THAT(EventIds(EventsBy("Maria Okonkwo")), ElementsAreArray(kMariaEvents));
  EXPECT_THAT(QuoteIds(QuotesBy("Maria Okonkwo")),
              ElementsAre("m-Maria Okonkwo/quotes/0", "m-M. Okonkwo/quotes/0",
                          "m-Dr Maria Okonkwo/quotes/0",
                          "m-Maria A. Okonkwo/quotes/0",
                          "m-MARÍA OKONKWO/quotes/0"));
  EXPECT_THAT(EventIds(EventsBy("John Okonkwo")),
              ElementsAre("o0/events/0", "o10/events/0"));
}

TEST_F(PersonIndexQueryTest, InitialFindsEveryCompatibleName) {
  PutOkonkwos();
  EXPECT_THAT(EventIds(EventsBy("M. Okonkwo")),
              ElementsAre("m-Maria Okonkwo/events/0", "m-M. Okonkwo/events/0",
                          "m-Maria A. Okonkwo/events/0",
                          "m-MARÍA OKONKWO/events/0",
                          "m-Marie Okonkwo/events/0"));
}

TEST_F(PersonIndexQueryTest, SurnameFindsEveryoneWithIt) {
  PutOkonkwos();
  PutBareSurnameMention();
  // 20 namesakes' documents, 6 of the seven "m-" names (not Okonkwo-Eze,
  // whose surname is "eze"), and the bare mention.
  EXPECT_EQ(EventIds(EventsBy("Okonkwo")).size(), 27u);
  EXPECT_EQ(QuoteIds(QuotesBy("okonkwo")).size(), 27u);
}

TEST_F(PersonIndexQueryTest, BareSurnameIsHersOnlyWhenNoOtherNamesakeIsKnown) {
  v1::Extraction doc = Statement("full");
  AddPersonDocument(&doc, "Maria Okonkwo");
  Put(doc);
  PutBareSurnameMention();
  EXPECT_THAT(EventIds(EventsBy("Maria Okonkwo")),
              ElementsAre("full/events/0", "bare/events/0"));
  EXPECT_THAT(QuoteIds(QuotesBy("Maria Okonkwo")),
              ElementsAre("full/quotes/0", "bare/quotes/0"));

  v1::Extraction other = Statement("other");
  AddPersonDocument(&other, "John Okonkwo");
  Put(other);
  EXPECT_THAT(EventIds(EventsBy("Maria Okonkwo")),
              ElementsAre("full/events/0"));
  EXPECT_THAT(QuoteIds(QuotesBy("Maria Okonkwo")),
              ElementsAre("full/quotes/0"));
}

TEST_F(PersonIndexQueryTest, OrganizationActorsAreFoundByTheirNames) {
  v1::Extraction doc = Statement("org");
  v1::Organization* icc = doc.mutable_document()->add_organizations();
  icc->set_name("International Criminal Court");
  icc->set_acronym("ICC");
  AddEvent(&doc, MakeDate(2021, 5, 3), v1::EVENT_TYPE_RULING,
           {"The International Criminal Court"}, "The Court ruled.");
  AddEvent(&doc, MakeDate(2021, 5, 4), v1::EVENT_TYPE_RULING, {"ICC"},
           "The ICC ruled again.");
  AddEvent(&doc, MakeDate(2021, 5, 5), v1::EVENT_TYPE_RULING,
           {"Special Criminal Court"}, "Another court ruled.");
  Put(doc);
  for (const char* query : {"ICC", "International Criminal Court",
                            "the international criminal court"}) {
    EXPECT_THAT(EventIds(EventsBy(query)),
                ElementsAre("org/events/0", "org/events/1"))
        << query;
  }
  // A trailing run of words still finds every name ending in it.
  EXPECT_THAT(EventIds(EventsBy("Criminal Court")),
              ElementsAre("org/events/0", "org/events/2"));
}

TEST_F(PersonIndexQueryTest, OlderLayoutIsUpgradedOnOpenWithTheSameResults) {
  PutOkonkwos();
  PutBareSurnameMention();
  std::vector<std::vector<std::string>> before;
  const char* queries[] = {"Maria Okonkwo", "M. Okonkwo", "Okonkwo",
                           "John Okonkwo", "Dr Maria Okonkwo"};
  for (const char* query : queries) {
    before.push_back(EventIds(EventsBy(query)));
    before.push_back(QuoteIds(QuotesBy(query)));
  }
  Reopen(/*downgrade=*/true);
  std::vector<std::vector<std::string>> after;
  for (const char* query : queries) {
    after.push_back(EventIds(EventsBy(query)));
    after.push_back(QuoteIds(QuotesBy(query)));
  }
  EXPECT_EQ(after, before);
  // Documents ingested after the upgrade are indexed the same way.
  v1::Extraction doc = Statement("late");
  AddPersonDocument(&doc, "Maria Okonkwo");
  Put(doc);
  EXPECT_EQ(EventIds(EventsBy("Maria Okonkwo")).back(), "late/events/0");
}

}  // namespace
}  // namespace amicus::testing
