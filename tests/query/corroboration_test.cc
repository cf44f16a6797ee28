// The same event or quote reported by several documents: each report lists
// the others as corroborating sources, for as long as they are stored.
#include <chrono>
#include <map>
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

v1::Extraction Report(const std::string& id) {
  v1::Extraction extraction = MakeDocument(
      id, v1::DOCUMENT_KIND_PRESS_RELEASE, "Geneva - Press release " + id);
  *extraction.mutable_document()->mutable_date() = MakeDate(2020, 6, 12);
  return extraction;
}

class CorroborationTest : public QueryServiceTest {
 protected:
  // Every event the service returns, by id.
  std::map<std::string, v1::Event> Events(bool with_corroboration = true) {
    grpc::Status status;
    std::map<std::string, v1::Event> events;
    v1::StreamEventsRequest request;
    request.set_with_corroboration(with_corroboration);
    for (const auto& response : EventResponses(request, &status)) {
      for (const auto& event : response.events()) events[event.id()] = event;
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return events;
  }

  std::map<std::string, v1::Quote> Quotes() {
    grpc::Status status;
    std::map<std::string, v1::Quote> quotes;
    v1::StreamQuotesRequest request;
    request.set_with_corroboration(true);
    for (const auto& response : ReadStream<v1::StreamQuotesResponse>(
             &v1::QueryService::Stub::StreamQuotes, request, &status)) {
      for (const auto& quote : response.quotes()) quotes[quote.id()] = quote;
    }
    EXPECT_TRUE(status.ok()) << status.error_message();
    return quotes;
  }
};

std::vector<std::string> Sources(
    const google::protobuf::RepeatedPtrField<v1::CorroboratingSource>& list) {
  std::vector<std::string> ids;
  for (const auto& source : list) ids.push_back(source.record_id());
  return ids;
}

TEST_F(CorroborationTest, SameEventInTwoDocumentsListsTheOther) {
  v1::Extraction a = Report("a");
  AddEvent(&a, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION,
           {"Michael R. Pompeo"},
           "On 11 June 2020, Secretary Michael R. Pompeo designated the "
           "prosecutor under the executive order.");
  v1::Extraction b = Report("b");
  AddEvent(&b, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION, {"Pompeo"},
           "Pompeo announced asset freezes against court staff.");
  AddEvent(&b, MakeDate(2020, 6, 11), v1::EVENT_TYPE_STATEMENT, {"Pompeo"},
           "Pompeo also spoke to the press.");
  Put(a);
  Put(b);
  std::map<std::string, v1::Event> events = Events();
  EXPECT_THAT(Sources(events["a/events/0"].corroborating_sources()),
              ElementsAre("b/events/0"));
  EXPECT_THAT(Sources(events["b/events/0"].corroborating_sources()),
              ElementsAre("a/events/0"));
  EXPECT_THAT(events["b/events/1"].corroborating_sources(), IsEmpty());
  const v1::CorroboratingSource& source =
      events["a/events/0"].corroborating_sources(0);
  EXPECT_EQ(source.document_id(), "b");
  EXPECT_EQ(source.source_uri(), "file:///statements/b.txt");

  // Only streams that ask pay for the lookups.
  EXPECT_THAT(Events(false)["a/events/0"].corroborating_sources(), IsEmpty());

  ASSERT_TRUE(writer_->Delete("b").ok());
  EXPECT_THAT(Events()["a/events/0"].corroborating_sources(), IsEmpty());
}

TEST_F(CorroborationTest, EvidenceWordsLinkEventsWithoutSharedActors) {
  v1::Extraction a = Report("a");
  AddEvent(&a, MakeDate(2021, 2, 0), v1::EVENT_TYPE_RULING, {},
           "In February 2021 the Pre-Trial Chamber ruled that the court has "
           "territorial jurisdiction over Palestine.");
  v1::Extraction b = Report("b");
  AddEvent(&b, MakeDate(2021, 2, 5), v1::EVENT_TYPE_RULING,
           {"Pre-Trial Chamber I"},
           "On 5 February 2021, the Pre-Trial Chamber ruled the court has "
           "territorial jurisdiction over Palestine.");
  Put(a);
  Put(b);
  EXPECT_THAT(Sources(Events()["a/events/0"].corroborating_sources()),
              ElementsAre("b/events/0"));
}

TEST_F(CorroborationTest, DifferentDaysTypesOrActorsAreDifferentEvents) {
  v1::Extraction a = Report("a");
  AddEvent(&a, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION,
           {"Michael Pompeo"}, "Pompeo announced sanctions on court staff.");
  v1::Extraction b = Report("b");
  AddEvent(&b, MakeDate(2020, 6, 12), v1::EVENT_TYPE_SANCTION,
           {"Michael Pompeo"}, "Pompeo announced sanctions on court staff.");
  AddEvent(&b, MakeDate(2020, 6, 11), v1::EVENT_TYPE_THREAT,
           {"Michael Pompeo"}, "Pompeo threatened the court's staff.");
  AddEvent(&b, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION,
           {"Steven Mnuchin"}, "The Treasury froze the prosecutor's assets.");
  Put(a);
  Put(b);
  EXPECT_THAT(Events()["a/events/0"].corroborating_sources(), IsEmpty());
}

TEST_F(CorroborationTest, SameWordsFromTheSameSpeakerAreOneQuote) {
  v1::Extraction a = Report("a");
  AddQuote(&a, "Sam Zarifi", "International Commission of Jurists", "ICJ",
           "These sanctions are a direct attack on the independence of the "
           "court and on victims everywhere.");
  v1::Extraction b = Report("b");
  AddQuote(&b, "Zarifi", "ICJ", "",
           "These sanctions are a direct attack on the independence of the "
           "court");
  AddQuote(&b, "Sam Zarifi", "ICJ", "", "We will keep working with victims.");
  v1::Extraction c = Report("c");
  AddQuote(&c, "Daniel Zarifi", "", "",
           "These sanctions are a direct attack on the independence of the "
           "court and on victims everywhere.");
  Put(a);
  Put(b);
  Put(c);
  std::map<std::string, v1::Quote> quotes = Quotes();
  EXPECT_THAT(Sources(quotes["a/quotes/0"].corroborating_sources()),
              ElementsAre("b/quotes/0"));
  EXPECT_THAT(quotes["b/quotes/1"].corroborating_sources(), IsEmpty());
}

TEST_F(CorroborationTest, GetExtractionListsCorroboratingSources) {
  v1::Extraction a = Report("a");
  AddEvent(&a, MakeDate(2019, 3, 15), v1::EVENT_TYPE_VISA_RESTRICTION,
           {"Michael R. Pompeo"}, "Pompeo announced visa restrictions.");
  v1::Extraction b = Report("b");
  AddEvent(&b, MakeDate(2019, 3, 0), v1::EVENT_TYPE_VISA_RESTRICTION,
           {"Mike Pompeo"}, "In March, Mike Pompeo spoke to reporters.");
  AddEvent(&b, MakeDate(2019, 3, 0), v1::EVENT_TYPE_VISA_RESTRICTION,
           {"Michael Pompeo"}, "In March, Pompeo restricted visas.");
  Put(a);
  Put(b);
  grpc::ClientContext context;
  v1::GetExtractionRequest request;
  request.set_document_id("a");
  v1::Extraction extraction;
  ASSERT_TRUE(stub_->GetExtraction(&context, request, &extraction).ok());
  ASSERT_EQ(extraction.events_size(), 1);
  // "Mike" is not "Michael" by these rules; the month-only date fits the day.
  EXPECT_THAT(Sources(extraction.events(0).corroborating_sources()),
              ElementsAre("b/events/1"));
}

grpc::Status GetExtraction(v1::QueryService::Stub& stub, const std::string& id,
                           v1::Extraction* extraction) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(60));
  v1::GetExtractionRequest request;
  request.set_document_id(id);
  return stub.GetExtraction(&context, request, extraction);
}

TEST_F(CorroborationTest, ADocumentsOwnRecordsDoNotCrowdOutOtherReports) {
  // More events of one type and month than a record's candidates, all in
  // the document asked for, stored before the one other report.
  v1::Extraction a = Report("a");
  for (int i = 0; i < 700; ++i) {
    AddEvent(&a, MakeDate(2020, 6, 1 + i % 28), v1::EVENT_TYPE_WARRANT,
             {"Police " + std::to_string(i)},
             "Officers detained protester number " + std::to_string(i) +
                 " near the square.");
  }
  AddEvent(&a, MakeDate(2020, 6, 11), v1::EVENT_TYPE_WARRANT,
           {"Michael R. Pompeo"}, "Pompeo ordered the arrest of the lawyer.");
  v1::Extraction b = Report("b");
  AddEvent(&b, MakeDate(2020, 6, 11), v1::EVENT_TYPE_WARRANT, {"Pompeo"},
           "Pompeo had the lawyer arrested.");
  Put(a);
  Put(b);
  v1::Extraction extraction;
  grpc::Status status = GetExtraction(*stub_, "a", &extraction);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(extraction.events_size(), 701);
  EXPECT_THAT(Sources(extraction.events(700).corroborating_sources()),
              ElementsAre("b/events/0"));
  EXPECT_THAT(extraction.events(0).corroborating_sources(), IsEmpty());
}

TEST_F(CorroborationTest, TooManySourcesForOneAnswerIsAClearError) {
  // Two documents of the same thousands of events: each event of one is
  // reported by hundreds of the other's, more than one answer may carry.
  std::vector<v1::Extraction> docs = {Report("a"), Report("b")};
  for (v1::Extraction& doc : docs) {
    for (int i = 0; i < 3000; ++i) {
      AddEvent(&doc, MakeDate(2020, 6, 11), v1::EVENT_TYPE_WARRANT,
               {"Michael R. Pompeo"},
               "Pompeo ordered the arrest of the lawyers in the capital.");
    }
    Put(doc);
  }
  v1::Extraction extraction;
  grpc::Status status = GetExtraction(*stub_, "a", &extraction);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_THAT(status.error_message(), ::testing::HasSubstr("with_corroboration"));
  // The server is still there for the next call.
  EXPECT_THAT(Events(false), ::testing::SizeIs(6000));
}

TEST_F(CorroborationTest, AFollowStreamReadsLaterReportsInTheirNewState) {
  auto report = [](const std::string& id) {
    v1::Extraction doc = Report(id);
    AddEvent(&doc, MakeDate(2020, 6, 11), v1::EVENT_TYPE_SANCTION,
             {"Michael R. Pompeo"}, "Pompeo announced sanctions on the court.");
    return doc;
  };
  Put(report("a"));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::seconds(60));
  v1::StreamEventsRequest request;
  request.set_follow(true);
  request.set_with_corroboration(true);
  auto stream = stub_->StreamEvents(&context, request);
  v1::StreamEventsResponse response;
  ASSERT_TRUE(stream->Read(&response));
  ASSERT_EQ(response.events_size(), 1);
  EXPECT_THAT(response.events(0).corroborating_sources(), IsEmpty());

  // Stored after the stream read "a"'s candidates: "b" is read in a state
  // that also holds "c", stored before it.
  Put(report("c"));
  Put(report("b"));
  std::map<std::string, v1::Event> later;
  while (later.size() < 2 && stream->Read(&response)) {
    for (const v1::Event& event : response.events()) later[event.id()] = event;
  }
  context.TryCancel();
  EXPECT_THAT(Sources(later["b/events/0"].corroborating_sources()),
              ::testing::UnorderedElementsAre("a/events/0", "c/events/0"));
}

}  // namespace
}  // namespace amicus::testing
