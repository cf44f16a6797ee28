// Queries by any alias of an organization or person find the records of
// every document that names the entity, however each one spells it.
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/query_fixture.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

v1::Extraction Release(const std::string& id) {
  v1::Extraction extraction = MakeDocument(
      id, v1::DOCUMENT_KIND_PRESS_RELEASE, "Geneva - Press release " + id);
  *extraction.mutable_document()->mutable_date() = MakeDate(2020, 6, 12);
  return extraction;
}

void DefineOrganization(v1::Extraction* extraction, const std::string& name,
                        const std::string& acronym) {
  v1::Organization* org = extraction->mutable_document()->add_organizations();
  org->set_name(name);
  org->set_acronym(acronym);
}

v1::StreamQuotesRequest QuotesOf(const std::string& organization) {
  v1::StreamQuotesRequest request;
  request.set_organization(organization);
  return request;
}

v1::StreamEventsRequest EventsBy(const std::string& actor) {
  v1::StreamEventsRequest request;
  request.set_actor(actor);
  return request;
}

class EntityQueryTest : public QueryServiceTest {
 protected:
  // Document "a" defines the ICJ and quotes its Secretary General; "b" only
  // ever says "the ICJ".
  void PutIcjDocuments() {
    v1::Extraction a = Release("a");
    DefineOrganization(&a, "International Commission of Jurists", "ICJ");
    AddQuote(&a, "Sam Zarifi", "International Commission of Jurists", "",
             "The sanctions are an assault on international justice");
    v1::Extraction b = Release("b");
    AddQuote(&b, "Sam Zarifi", "ICJ", "",
             "We call on the Council to reverse course at once");
    Put(a);
    Put(b);
  }
};

TEST_F(EntityQueryTest, AcronymFindsQuotesFiledUnderTheFullName) {
  PutIcjDocuments();
  EXPECT_THAT(QuoteIds(QuotesOf("ICJ")), ElementsAre("a/quotes/0", "b/quotes/0"));
  EXPECT_THAT(QuoteIds(QuotesOf("International Commission of Jurists")),
              ElementsAre("a/quotes/0", "b/quotes/0"));
  EXPECT_THAT(QuoteIds(QuotesOf("the international commission of jurists")),
              ElementsAre("a/quotes/0", "b/quotes/0"));
}

TEST_F(EntityQueryTest, AliasLearnedAfterTheRecordsStillFindsThem) {
  v1::Extraction b = Release("b");
  AddQuote(&b, "Sam Zarifi", "ICJ", "", "We call on the Council to act");
  Put(b);
  EXPECT_THAT(QuoteIds(QuotesOf("International Commission of Jurists")),
              IsEmpty());
  v1::Extraction a = Release("a");
  DefineOrganization(&a, "International Commission of Jurists", "ICJ");
  Put(a);
  EXPECT_THAT(QuoteIds(QuotesOf("International Commission of Jurists")),
              ElementsAre("b/quotes/0"));
}

TEST_F(EntityQueryTest, AmbiguousAcronymIsNotMergedIntoEitherName) {
  PutIcjDocuments();
  v1::Extraction c = Release("c");
  DefineOrganization(&c, "International Court of Justice", "ICJ");
  AddQuote(&c, "Joan Donoghue", "International Court of Justice", "ICJ",
           "The Court has delivered its judgment");
  Put(c);
  // "ICJ" now stands for two organizations: it finds both...
  EXPECT_THAT(QuoteIds(QuotesOf("ICJ")),
              ElementsAre("a/quotes/0", "b/quotes/0", "c/quotes/0"));
  // ...but neither full name reaches the other, nor the records that only
  // say "ICJ".
  EXPECT_THAT(QuoteIds(QuotesOf("International Commission of Jurists")),
              ElementsAre("a/quotes/0"));
  EXPECT_THAT(QuoteIds(QuotesOf("International Court of Justice")),
              ElementsAre("c/quotes/0"));
}

TEST_F(EntityQueryTest, SurnameAndFullNamesFindEachOthersEvents) {
  v1::Extraction a = Release("a");
  AddEvent(&a, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION,
           {"Michael Pompeo"}, "Michael Pompeo announced sanctions.");
  v1::Extraction b = Release("b");
  AddEvent(&b, MakeDate(2019, 3, 15), v1::EVENT_TYPE_VISA_RESTRICTION,
           {"Michael R. Pompeo"}, "Michael R. Pompeo announced visa bans.");
  v1::Extraction c = Release("c");
  AddEvent(&c, MakeDate(2019, 4, 5), v1::EVENT_TYPE_STATEMENT, {"Pompeo"},
           "Pompeo repeated the threat.");
  Put(a);
  Put(b);
  Put(c);
  for (const char* query :
       {"Pompeo", "Michael Pompeo", "Michael R. Pompeo", "MICHAEL POMPEO"}) {
    EXPECT_THAT(EventIds(EventsBy(query)),
                ElementsAre("a/events/0", "b/events/0", "c/events/0"))
        << query;
  }
  // "Michael Pompeo" may be him, "Michael R." is not, so a bare "Pompeo"
  // is not known to be him either.
  EXPECT_THAT(EventIds(EventsBy("Michael J. Pompeo")),
              ElementsAre("a/events/0"));
}

TEST_F(EntityQueryTest, BareSurnameOfTwoKnownPeopleStaysWithTheSurname) {
  v1::Extraction a = Release("a");
  AddEvent(&a, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION,
           {"Michael Pompeo"}, "Michael Pompeo announced sanctions.");
  AddEvent(&a, MakeDate(2020, 6, 12), v1::EVENT_TYPE_STATEMENT,
           {"Jane Pompeo"}, "Jane Pompeo objected.");
  v1::Extraction c = Release("c");
  AddEvent(&c, MakeDate(2019, 4, 5), v1::EVENT_TYPE_STATEMENT, {"Pompeo"},
           "Pompeo repeated the threat.");
  Put(a);
  Put(c);
  EXPECT_THAT(EventIds(EventsBy("Michael Pompeo")), ElementsAre("a/events/0"));
  EXPECT_THAT(EventIds(EventsBy("Pompeo")),
              ElementsAre("a/events/0", "a/events/1", "c/events/0"));
}

TEST_F(EntityQueryTest, ShortNameFindsLettersSignedUnderTheLongOne) {
  Put(JointLetter("l1", {{"REDRESS Trust", "", "United Kingdom"}}));
  Put(JointLetter("l2", {{"REDRESS", "", ""}}));
  Put(JointLetter("l3", {{"Human Rights-Watch", "", ""}}));
  Put(JointLetter("l4", {{"HUMAN RIGHTS WATCH", "HRW", ""}}));
  for (const char* query : {"REDRESS", "Redress Trust", "the REDRESS Trust"}) {
    v1::StreamSignatorySetsRequest request;
    request.set_organization(query);
    EXPECT_THAT(SignatorySetIds(request),
                ElementsAre("l1/signatorySets/0", "l2/signatorySets/0"))
        << query;
  }
  for (const char* query : {"Human Rights Watch", "HRW"}) {
    v1::StreamSignatorySetsRequest request;
    request.set_organization(query);
    EXPECT_THAT(SignatorySetIds(request),
                ElementsAre("l3/signatorySets/0", "l4/signatorySets/0"))
        << query;
  }
}

TEST_F(EntityQueryTest, ActorQueryByAcronymFindsTheOrganizationActing) {
  v1::Extraction a = Release("a");
  DefineOrganization(&a, "International Criminal Court", "ICC");
  AddEvent(&a, MakeDate(2020, 3, 5), v1::EVENT_TYPE_INVESTIGATION,
           {"the International Criminal Court"},
           "The International Criminal Court opened an investigation.");
  v1::Extraction b = Release("b");
  AddEvent(&b, MakeDate(2021, 2, 5), v1::EVENT_TYPE_RULING, {"ICC"},
           "The ICC ruled on its jurisdiction.");
  Put(a);
  Put(b);
  EXPECT_THAT(EventIds(EventsBy("ICC")), ElementsAre("a/events/0", "b/events/0"));
  EXPECT_THAT(EventIds(EventsBy("International Criminal Court")),
              ElementsAre("a/events/0", "b/events/0"));
}

class EntityResumeTest : public EntityQueryTest {
 protected:
  query::QueryServiceOptions ServiceOptions() const override {
    query::QueryServiceOptions options;
    options.batch.first_batch_records = 1;
    return options;
  }
};

// Records under several aliases come in record-key order, so a token is one
// position: resuming from every batch yields each record once.
TEST_F(EntityResumeTest, ResumeTokensWorkAcrossTheAliasesOfOneEntity) {
  std::vector<std::string> expected;
  for (int i = 0; i < 12; ++i) {
    v1::Extraction doc = Release("d" + std::to_string(i));
    const char* org = i % 3 == 0   ? "International Commission of Jurists"
                      : i % 3 == 1 ? "ICJ"
                                   : "Amnesty International";
    if (i == 0) DefineOrganization(&doc, "International Commission of Jurists",
                                   "ICJ");
    AddQuote(&doc, "Sam Zarifi", org, "", "Statement number " + std::to_string(i));
    Put(doc);
    if (i % 3 != 2) expected.push_back(doc.quotes(0).id());
  }
  v1::StreamQuotesRequest request = QuotesOf("ICJ");
  std::vector<std::string> seen;
  for (int round = 0; round < 20; ++round) {
    grpc::ClientContext context;
    auto reader = stub_->StreamQuotes(&context, request);
    v1::StreamQuotesResponse response;
    // One response per request, then resume from its token.
    bool got = reader->Read(&response);
    context.TryCancel();
    while (reader->Read(&response)) {
    }
    reader->Finish().IgnoreError();
    if (!got || response.quotes().empty()) break;
    seen.push_back(response.quotes(0).id());
    ASSERT_EQ(response.quotes_size(), 1) << "batch size is set to 1";
    request.set_resume_token(response.resume_token());
  }
  EXPECT_EQ(seen, expected);
}

}  // namespace
}  // namespace amicus::testing
