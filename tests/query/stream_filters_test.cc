// Every filter of every stream RPC, against a small hand-built corpus.
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

class StreamFiltersTest : public QueryServiceTest {
 protected:
  void SetUp() override {
    QueryServiceTest::SetUp();
    // pr1: 2019-03-15 visa restriction (Pompeo), March 2019 threat
    // (Bolton), a quote by Sam Zarifi of the ICJ.
    Put(SanctionsPressRelease("pr1"));
    Put(JointLetter("letter1",
                    {{"International Commission of Jurists", "ICJ", "Switzerland"},
                     {"Human Rights Watch", "HRW", "United States"}}));
    Put(JointLetter("letter2", {{"Human Rights Watch", "", ""},
                                {"Kenya Human Rights Commission", "KHRC", "Kenya"}}));
    Put(Statement());
  }

  // A statement with a year-only event, an undated event, and a quote by
  // a second Pompeo.
  static v1::Extraction Statement() {
    v1::Extraction extraction = MakeDocument(
        "st1", v1::DOCUMENT_KIND_STATEMENT,
        "The Prosecutor opened an investigation in 2019.");
    *extraction.mutable_document()->mutable_date() = MakeDate(2018, 9, 10);
    AddEvent(&extraction, MakeDate(2019, 0, 0),
             v1::EVENT_TYPE_INVESTIGATION, {"Fatou Bensouda"},
             "In 2019, Prosecutor Fatou Bensouda opened an investigation.");
    AddEvent(&extraction, MakeDate(0, 0, 0), v1::EVENT_TYPE_OTHER,
             {"Human Rights Council"},
             "The Council has repeatedly discussed the matter.");
    AddQuote(&extraction, "Michaël Pompeo", "U.S. Department of State", "",
             "We will take all necessary steps");
    return extraction;
  }

  static v1::StreamEventsRequest Dated(v1::Date start, v1::Date end) {
    v1::StreamEventsRequest request;
    *request.mutable_start_date() = start;
    *request.mutable_end_date() = end;
    return request;
  }
};

TEST_F(StreamFiltersTest, NoFilterStreamsEveryEventInIngestOrder) {
  EXPECT_THAT(EventIds({}),
              ElementsAre("pr1/events/0", "pr1/events/1", "letter1/events/0",
                          "letter2/events/0", "st1/events/0", "st1/events/1"));
}

TEST_F(StreamFiltersTest, DateRangeOfAMonthIncludesMonthAndYearDates) {
  EXPECT_THAT(EventIds(Dated(MakeDate(2019, 3, 1), MakeDate(2019, 3, 31))),
              UnorderedElementsAre("pr1/events/0", "pr1/events/1",
                                   "st1/events/0"));
}

TEST_F(StreamFiltersTest, DateRangeOfAYearIncludesPartialDates) {
  EXPECT_THAT(EventIds(Dated(MakeDate(2019, 1, 1), MakeDate(2019, 12, 31))),
              UnorderedElementsAre("pr1/events/0", "pr1/events/1",
                                   "st1/events/0"));
}

TEST_F(StreamFiltersTest, NarrowDateRangeKeepsOnlyOverlappingEvents) {
  // 1-10 March: the March 2019 and 2019 events overlap, 15 March does not.
  EXPECT_THAT(EventIds(Dated(MakeDate(2019, 3, 1), MakeDate(2019, 3, 10))),
              UnorderedElementsAre("pr1/events/1", "st1/events/0"));
  EXPECT_THAT(EventIds(Dated(MakeDate(2019, 4, 1), MakeDate(2019, 4, 30))),
              ElementsAre("st1/events/0"));
}

TEST_F(StreamFiltersTest, PartialRequestDatesCoverTheirWholeMonth) {
  EXPECT_THAT(EventIds(Dated(MakeDate(2019, 3, 0), MakeDate(2019, 3, 0))),
              UnorderedElementsAre("pr1/events/0", "pr1/events/1",
                                   "st1/events/0"));
}

TEST_F(StreamFiltersTest, OpenEndedDateRanges) {
  v1::StreamEventsRequest from_2020;
  *from_2020.mutable_start_date() = MakeDate(2020, 1, 1);
  EXPECT_THAT(EventIds(from_2020),
              ElementsAre("letter1/events/0", "letter2/events/0"));
  v1::StreamEventsRequest until_2019;
  *until_2019.mutable_end_date() = MakeDate(2019, 3, 14);
  EXPECT_THAT(EventIds(until_2019),
              UnorderedElementsAre("pr1/events/1", "st1/events/0"));
}

TEST_F(StreamFiltersTest, ActorByFullNameSurnameAnyCaseAndAccents) {
  for (const char* actor : {"Michael R. Pompeo", "pompeo", "R POMPEO",
                            "Pompéo"}) {
    v1::StreamEventsRequest request;
    request.set_actor(actor);
    EXPECT_THAT(EventIds(request), ElementsAre("pr1/events/0")) << actor;
  }
  v1::StreamEventsRequest partial_word;
  partial_word.set_actor("Pomp");
  EXPECT_THAT(EventIds(partial_word), IsEmpty());
  v1::StreamEventsRequest first_name;
  first_name.set_actor("Fatou");
  EXPECT_THAT(EventIds(first_name), IsEmpty());
}

TEST_F(StreamFiltersTest, TypeDocumentAndTextFilters) {
  v1::StreamEventsRequest by_type;
  by_type.set_type(v1::EVENT_TYPE_LETTER);
  EXPECT_THAT(EventIds(by_type),
              ElementsAre("letter1/events/0", "letter2/events/0"));

  v1::StreamEventsRequest by_document;
  by_document.set_document_id("st1");
  EXPECT_THAT(EventIds(by_document), ElementsAre("st1/events/0", "st1/events/1"));

  v1::StreamEventsRequest by_text;
  by_text.set_text_contains("VISA RESTRICTIONS");
  EXPECT_THAT(EventIds(by_text), ElementsAre("pr1/events/0"));

  v1::StreamEventsRequest missing_document;
  missing_document.set_document_id("no-such-document");
  EXPECT_THAT(EventIds(missing_document), IsEmpty());
}

TEST_F(StreamFiltersTest, FiltersCombineWithAnd) {
  v1::StreamEventsRequest request = Dated(MakeDate(2019, 1, 1), MakeDate(2019, 12, 31));
  request.set_type(v1::EVENT_TYPE_THREAT);
  EXPECT_THAT(EventIds(request), ElementsAre("pr1/events/1"));
  request.set_actor("Pompeo");
  EXPECT_THAT(EventIds(request), IsEmpty());
  v1::StreamEventsRequest actor_and_document;
  actor_and_document.set_actor("Bolton");
  actor_and_document.set_document_id("pr1");
  actor_and_document.set_text_contains("judges");
  EXPECT_THAT(EventIds(actor_and_document), ElementsAre("pr1/events/1"));
}

TEST_F(StreamFiltersTest, QuotesBySpeakerOrganizationTextDateAndDocument) {
  v1::StreamQuotesRequest by_speaker;
  by_speaker.set_speaker("Pompeo");
  EXPECT_THAT(QuoteIds(by_speaker), ElementsAre("st1/quotes/0"));
  by_speaker.set_speaker("Sam Zarifi");
  EXPECT_THAT(QuoteIds(by_speaker), ElementsAre("pr1/quotes/0"));

  for (const char* org : {"ICJ", "icj", "International Commission of Jurists",
                          "the International Commission of Jurists"}) {
    v1::StreamQuotesRequest by_org;
    by_org.set_organization(org);
    EXPECT_THAT(QuoteIds(by_org), ElementsAre("pr1/quotes/0")) << org;
  }

  v1::StreamQuotesRequest by_text;
  by_text.set_text_contains("necessary STEPS");
  EXPECT_THAT(QuoteIds(by_text), ElementsAre("st1/quotes/0"));

  v1::StreamQuotesRequest by_date;
  *by_date.mutable_start_date() = MakeDate(2019, 0, 0);
  *by_date.mutable_end_date() = MakeDate(2019, 0, 0);
  EXPECT_THAT(QuoteIds(by_date), ElementsAre("pr1/quotes/0"));

  v1::StreamQuotesRequest by_document;
  by_document.set_document_id("st1");
  EXPECT_THAT(QuoteIds(by_document), ElementsAre("st1/quotes/0"));
  EXPECT_THAT(QuoteIds({}), ElementsAre("pr1/quotes/0", "st1/quotes/0"));
}

TEST_F(StreamFiltersTest, SignatorySetsByOrganizationAcrossLetters) {
  v1::StreamSignatorySetsRequest by_name;
  by_name.set_organization("Human Rights Watch");
  EXPECT_THAT(SignatorySetIds(by_name),
              ElementsAre("letter1/signatorySets/0", "letter2/signatorySets/0"));
  v1::StreamSignatorySetsRequest by_acronym;
  by_acronym.set_organization("KHRC");
  EXPECT_THAT(SignatorySetIds(by_acronym), ElementsAre("letter2/signatorySets/0"));
  // An acronym one letter used matches only there.
  // letter1 defines HRW for Human Rights Watch, which letter2 signs by
  // name only: the acronym finds both.
  by_acronym.set_organization("HRW");
  EXPECT_THAT(SignatorySetIds(by_acronym),
              ElementsAre("letter1/signatorySets/0", "letter2/signatorySets/0"));
  v1::StreamSignatorySetsRequest by_document;
  by_document.set_document_id("letter2");
  EXPECT_THAT(SignatorySetIds(by_document), ElementsAre("letter2/signatorySets/0"));
  v1::StreamSignatorySetsRequest unknown;
  unknown.set_organization("Amnesty International");
  EXPECT_THAT(SignatorySetIds(unknown), IsEmpty());
}

TEST_F(StreamFiltersTest, SignatoriesKeepTheirCountries) {
  v1::StreamSignatorySetsRequest request;
  request.set_organization("Kenya Human Rights Commission");
  grpc::Status status;
  auto responses = ReadStream<v1::StreamSignatorySetsResponse>(
      &v1::QueryService::Stub::StreamSignatorySets, request, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(responses.size(), 1u);
  ASSERT_EQ(responses[0].signatory_sets_size(), 1);
  EXPECT_EQ(responses[0].signatory_sets(0).signatories(1).country(), "Kenya");
}

TEST_F(StreamFiltersTest, ListDocumentsInIngestOrderByKindAndWithoutText) {
  std::vector<std::string> ids;
  for (const auto& document : Documents({})) {
    ids.push_back(document.id());
    EXPECT_FALSE(document.text().empty());
  }
  EXPECT_THAT(ids, ElementsAre("pr1", "letter1", "letter2", "st1"));

  v1::ListDocumentsRequest letters;
  letters.set_kind(v1::DOCUMENT_KIND_JOINT_LETTER);
  letters.set_omit_text(true);
  ids.clear();
  for (const auto& document : Documents(letters)) {
    ids.push_back(document.id());
    EXPECT_TRUE(document.text().empty());
    EXPECT_EQ(document.signatory_set_count(), 1);
  }
  EXPECT_THAT(ids, ElementsAre("letter1", "letter2"));
}

TEST_F(StreamFiltersTest, InvalidFiltersAreRejected) {
  grpc::Status status;
  EventResponses(Dated(MakeDate(2020, 1, 1), MakeDate(2019, 12, 31)), &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), ::testing::HasSubstr("before"));

  EventResponses(Dated(MakeDate(2019, 13, 1), {}), &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::StreamEventsRequest punctuation_only;
  punctuation_only.set_actor("...");
  EventResponses(punctuation_only, &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::StreamEventsRequest bad_type;
  bad_type.set_type(static_cast<v1::EventType>(99));
  EventResponses(bad_type, &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  v1::StreamQuotesRequest quotes_backwards;
  *quotes_backwards.mutable_start_date() = MakeDate(2019, 5, 0);
  *quotes_backwards.mutable_end_date() = MakeDate(2019, 4, 0);
  ReadStream<v1::StreamQuotesResponse>(&v1::QueryService::Stub::StreamQuotes,
                                       quotes_backwards, &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

}  // namespace
}  // namespace amicus::testing
