// text_contains by words: several words, phrases, case and accents, whole
// words only, every record kind, combined with other filters, resumed and
// followed.
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/query/query_fixture.h"
#include "tests/store/sample_records.h"

namespace amicus::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class TextSearchTest : public QueryServiceTest {
 protected:
  void SetUp() override {
    QueryServiceTest::SetUp();
    // pr1: "visa restrictions" (Pompeo), "threatened the court's judges
    // with sanctions" (Bolton); a quote "These restrictions are an attack
    // on the rule of law".
    Put(SanctionsPressRelease("pr1"));
    v1::Extraction egypt = MakeDocument(
        "eg", v1::DOCUMENT_KIND_STATEMENT,
        "Les autorités de l'Égypte ont arrêté trois avocats.");
    AddEvent(&egypt, MakeDate(2021, 5, 4), v1::EVENT_TYPE_OTHER,
             {"Ministère de l'Intérieur"},
             "Le 4 mai 2021, les autorités de l'ÉGYPTE ont arrêté trois "
             "avocats.");
    AddQuote(&egypt, "Amal Haddad", "Egyptian Initiative", "EIPR",
             "Egypte must release the lawyers; a visa ban is not enough");
    Put(egypt);
  }

  static v1::StreamEventsRequest Events(const std::string& text) {
    v1::StreamEventsRequest request;
    request.set_text_contains(text);
    return request;
  }

  static v1::StreamQuotesRequest Quotes(const std::string& text) {
    v1::StreamQuotesRequest request;
    request.set_text_contains(text);
    return request;
  }

  std::vector<std::string> DocumentIds(const std::string& text) {
    v1::ListDocumentsRequest request;
    request.set_text_contains(text);
    std::vector<std::string> ids;
    for (const v1::Document& d : Documents(request)) ids.push_back(d.id());
    return ids;
  }
};

TEST_F(TextSearchTest, SeveralWordsMeanAllOfThemInAnyOrder) {
  EXPECT_THAT(EventIds(Events("judges sanctions")), ElementsAre("pr1/events/1"));
  EXPECT_THAT(EventIds(Events("sanctions judges Bolton")),
              ElementsAre("pr1/events/1"));
  EXPECT_THAT(EventIds(Events("judges visa")), IsEmpty());
}

TEST_F(TextSearchTest, QuotedPhraseWantsItsWordsInOrder) {
  EXPECT_THAT(QuoteIds(Quotes("\"rule of law\"")), ElementsAre("pr1/quotes/0"));
  EXPECT_THAT(QuoteIds(Quotes("\"law of rule\"")), IsEmpty());
  EXPECT_THAT(QuoteIds(Quotes("law rule")), ElementsAre("pr1/quotes/0"));
  // "visa ban" is in one quote, but "ban visa" in none as a phrase.
  EXPECT_THAT(QuoteIds(Quotes("\xE2\x80\x9C" "visa ban" "\xE2\x80\x9D")),
              ElementsAre("eg/quotes/0"));
  EXPECT_THAT(QuoteIds(Quotes("\"ban visa\"")), IsEmpty());
  // A token of several words is a phrase of them.
  EXPECT_THAT(EventIds(Events("court's")), ElementsAre("pr1/events/1"));
  EXPECT_THAT(EventIds(Events("s-court")), IsEmpty());
}

TEST_F(TextSearchTest, CaseAndLatinAccentsDoNotMatter) {
  for (const char* word : {"egypte", "Égypte", "EGYPTE", "égypte"}) {
    EXPECT_THAT(EventIds(Events(word)), ElementsAre("eg/events/0")) << word;
    EXPECT_THAT(QuoteIds(Quotes(word)), ElementsAre("eg/quotes/0")) << word;
  }
  EXPECT_THAT(EventIds(Events("autorites arrete")), ElementsAre("eg/events/0"));
}

TEST_F(TextSearchTest, WholeWordsOnlyUnlikeASubstring) {
  EXPECT_THAT(EventIds(Events("restrictions")), ElementsAre("pr1/events/0"));
  EXPECT_THAT(EventIds(Events("restriction")), IsEmpty());
  EXPECT_THAT(EventIds(Events("judge")), IsEmpty());
}

TEST_F(TextSearchTest, OneWordFindsEveryRecordKindHoldingIt) {
  EXPECT_THAT(EventIds(Events("restrictions")), ElementsAre("pr1/events/0"));
  EXPECT_THAT(QuoteIds(Quotes("restrictions")), ElementsAre("pr1/quotes/0"));
  EXPECT_THAT(DocumentIds("restrictions"), ElementsAre("pr1"));
  EXPECT_THAT(DocumentIds("avocats"), ElementsAre("eg"));
  // Documents by title too ("Statement eg").
  EXPECT_THAT(DocumentIds("statement eg"), ElementsAre("eg"));
}

TEST_F(TextSearchTest, CombinesWithOtherFilters) {
  v1::StreamEventsRequest request = Events("restrictions");
  request.set_actor("Bolton");
  EXPECT_THAT(EventIds(request), IsEmpty());
  request.set_actor("Pompeo");
  EXPECT_THAT(EventIds(request), ElementsAre("pr1/events/0"));
  request.set_type(v1::EVENT_TYPE_THREAT);
  EXPECT_THAT(EventIds(request), IsEmpty());
  request.set_type(v1::EVENT_TYPE_VISA_RESTRICTION);
  EXPECT_THAT(EventIds(request), ElementsAre("pr1/events/0"));
  *request.mutable_start_date() = MakeDate(2020, 0, 0);
  EXPECT_THAT(EventIds(request), IsEmpty());

  v1::StreamQuotesRequest quotes = Quotes("visa");
  quotes.set_organization("EIPR");
  EXPECT_THAT(QuoteIds(quotes), ElementsAre("eg/quotes/0"));
  quotes.set_organization("ICJ");
  EXPECT_THAT(QuoteIds(quotes), IsEmpty());

  v1::ListDocumentsRequest documents;
  documents.set_text_contains("restrictions");
  documents.set_kind(v1::DOCUMENT_KIND_STATEMENT);
  EXPECT_THAT(Documents(documents), IsEmpty());
  documents.set_kind(v1::DOCUMENT_KIND_PRESS_RELEASE);
  EXPECT_EQ(Documents(documents).size(), 1u);
}

TEST_F(TextSearchTest, TextWithoutAWordIsRefused) {
  grpc::Status status;
  EventResponses(Events(" -- ! "), &status);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), ::testing::HasSubstr("text_contains"));
}

TEST_F(TextSearchTest, ResumesAndFollowsAWordQuery) {
  for (int i = 0; i < 40; ++i) {
    v1::Extraction doc = MakeDocument(absl::StrCat("d", i),
                                      v1::DOCUMENT_KIND_STATEMENT, "Text.");
    AddEvent(&doc, MakeDate(2022, 1, 1), v1::EVENT_TYPE_THREAT, {"X"},
             i % 2 == 0 ? "Defenders were threatened." : "Nothing happened.");
    Put(doc);
  }
  v1::StreamEventsRequest request = Events("threatened defenders");
  std::vector<std::string> all = EventIds(request);
  ASSERT_EQ(all.size(), 20u);

  // The first response holds one event (batches start small): resume
  // after it and get the other nineteen, none twice.
  grpc::Status status;
  std::vector<v1::StreamEventsResponse> responses =
      EventResponses(request, &status);
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(responses[0].events_size(), 1);
  v1::StreamEventsRequest resumed = request;
  resumed.set_resume_token(responses[0].resume_token());
  std::vector<std::string> rest = EventIds(resumed);
  ASSERT_EQ(rest.size(), 19u);
  EXPECT_EQ(rest.front(), all[1]);

  request.set_follow(true);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(20));
  auto reader = stub_->StreamEvents(&context, request);
  v1::StreamEventsResponse response;
  size_t seen = 0;
  while (seen < all.size() && reader->Read(&response)) {
    seen += response.events_size();
  }
  v1::Extraction later = MakeDocument("later", v1::DOCUMENT_KIND_STATEMENT,
                                      "Text.");
  AddEvent(&later, MakeDate(2022, 2, 1), v1::EVENT_TYPE_THREAT, {"X"},
           "Nothing threatened them.");
  AddEvent(&later, MakeDate(2022, 2, 1), v1::EVENT_TYPE_THREAT, {"X"},
           "Defenders threatened again.");
  Put(later);
  std::vector<std::string> followed;
  while (followed.empty() && reader->Read(&response)) {
    for (const auto& event : response.events()) followed.push_back(event.id());
  }
  EXPECT_THAT(followed, ElementsAre("later/events/1"));
  context.TryCancel();
  while (reader->Read(&response)) {
  }
  reader->Finish().IgnoreError();
}

}  // namespace
}  // namespace amicus::testing
