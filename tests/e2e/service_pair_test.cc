// The two real binaries as separate processes over one data directory:
// documents ingested through amicus-ingest stream out of amicus-query.
#include <set>
#include <thread>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;

const std::vector<std::string> kDocumentExtensions = {".txt", ".md", ".html",
                                                      ".htm", ".pdf"};

std::vector<std::string> ExampleFiles() {
  return FilesIn(AMICUS_EXAMPLES_DIR, kDocumentExtensions);
}

std::vector<std::string> SeedFiles() {
  return FilesIn(std::string(AMICUS_SHARED_DIR) + "/corpus/seeds", {".txt"});
}

TEST_F(ServicePairTest, ExamplesIngestedByOneProcessStreamFromTheOther) {
  std::vector<std::string> files = ExampleFiles();
  ASSERT_GE(files.size(), 3u);
  std::set<std::string> ids;
  for (const std::string& file : files) {
    v1::IngestResponse response = IngestFile(file);
    EXPECT_TRUE(response.created()) << file;
    ids.insert(response.document_id());
  }
  std::vector<v1::Document> documents = WaitForDocuments(files.size());
  EXPECT_EQ(documents.size(), files.size());
  // Every input format the examples cover is parsed into records.
  std::set<std::string> media_types;
  for (const v1::Document& document : documents) {
    media_types.insert(document.media_type());
    EXPECT_GT(document.event_count() + document.quote_count() +
                  document.signatory_set_count(), 0)
        << document.source_uri();
  }
  EXPECT_EQ(media_types, (std::set<std::string>{"application/pdf", "text/html",
                                                "text/markdown", "text/plain"}));

  std::vector<v1::Event> events = AllEvents(query(), {});
  ASSERT_FALSE(events.empty());
  for (const v1::Event& event : events) {
    EXPECT_TRUE(ids.count(event.document_id())) << event.id();
    EXPECT_GT(event.date().year(), 0) << event.id();
    EXPECT_FALSE(event.evidence().text().empty()) << event.id();
  }

  std::vector<v1::Quote> quotes = AllQuotes(query(), {});
  std::set<std::string> speakers;
  for (const v1::Quote& quote : quotes) speakers.insert(quote.speaker().name());
  EXPECT_THAT(speakers, Contains("Maria Okonkwo"));
  EXPECT_THAT(speakers, Contains("Tomas Lindqvist"));

  std::vector<v1::SignatorySet> sets = AllSignatorySets(query(), {});
  ASSERT_EQ(sets.size(), 1u);
  bool found_kenya = false;
  for (const v1::Signatory& s : sets[0].signatories()) {
    if (s.name() == "Association of Lawyers for Human Rights") {
      found_kenya = s.country() == "Kenya";
    }
  }
  EXPECT_TRUE(found_kenya) << sets[0].DebugString();
}

TEST_F(ServicePairTest, FilteredStreamsOnlyReturnMatchingRecords) {
  for (const std::string& file : ExampleFiles()) IngestFile(file);
  WaitForDocuments(ExampleFiles().size());

  v1::StreamQuotesRequest by_speaker;
  by_speaker.set_speaker("Okonkwo");
  std::vector<v1::Quote> quotes = AllQuotes(query(), by_speaker);
  ASSERT_FALSE(quotes.empty());
  for (const v1::Quote& q : quotes) EXPECT_EQ(q.speaker().name(), "Maria Okonkwo");

  v1::StreamEventsRequest in_2025;
  in_2025.mutable_start_date()->set_year(2025);
  in_2025.mutable_end_date()->set_year(2025);
  for (const v1::Event& e : AllEvents(query(), in_2025)) {
    EXPECT_EQ(e.date().year(), 2025) << e.id();
  }
}

TEST_F(ServicePairTest, FollowStreamDeliversDocumentIngestedLater) {
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
  v1::StreamQuotesRequest request;
  request.set_follow(true);
  auto reader = query().StreamQuotes(&context, request);

  absl::Time sent = absl::Now();
  v1::IngestResponse ingested = IngestFile(
      std::string(AMICUS_EXAMPLES_DIR) + "/press_release_visa_threat.txt");
  ASSERT_GT(ingested.quote_count(), 0);

  v1::StreamQuotesResponse batch;
  bool delivered = false;
  while (!delivered && reader->Read(&batch)) {
    for (const v1::Quote& q : batch.quotes()) {
      delivered |= q.document_id() == ingested.document_id();
    }
  }
  EXPECT_TRUE(delivered);
  // Reported, not asserted: the freshness target is checked in benchmarks.
  std::cout << "follow latency: " << absl::Now() - sent << "\n";
  context.TryCancel();
  reader->Finish();
}

TEST_F(ServicePairTest, ReingestingTheSameDocumentStoresItOnce) {
  std::string file = ExampleFiles().front();
  v1::IngestResponse first = IngestFile(file);
  v1::IngestResponse second = IngestFile(file);
  EXPECT_TRUE(first.created());
  EXPECT_FALSE(second.created());
  EXPECT_EQ(first.document_id(), second.document_id());
  EXPECT_EQ(WaitForDocuments(1).size(), 1u);
}

TEST_F(ServicePairTest, BadInputIsRefusedAndTheServiceStaysUp) {
  v1::IngestResponse good = IngestFile(ExampleFiles().front());

  v1::IngestRequest empty;
  empty.set_source_uri("empty.txt");
  v1::IngestResponse response;
  grpc::ClientContext context;
  grpc::Status status = ingest().Ingest(&context, empty, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("empty"));

  v1::IngestRequest binary;
  binary.set_source_uri("blob.bin");
  binary.set_content(std::string("\x7f" "ELF\0\0\0\x01\x02", 9));
  grpc::ClientContext context2;
  status = ingest().Ingest(&context2, binary, &response);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

  std::vector<v1::Document> documents = WaitForDocuments(1);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].id(), good.document_id());
  EXPECT_TRUE(IngestFile(ExampleFiles().back()).created());
}

TEST_F(ServicePairTest, DeletedDocumentDisappearsFromTheQuerySide) {
  std::string letter = std::string(AMICUS_EXAMPLES_DIR) + "/joint_letter_tribunal.txt";
  v1::IngestResponse ingested = IngestFile(letter);
  ASSERT_EQ(WaitForDocuments(1).size(), 1u);

  v1::DeleteDocumentRequest request;
  request.set_document_id(ingested.document_id());
  google::protobuf::Empty empty;
  grpc::ClientContext context;
  ASSERT_TRUE(ingest().DeleteDocument(&context, request, &empty).ok());

  absl::Time deadline = absl::Now() + absl::Seconds(20);
  grpc::Status status;
  while (absl::Now() < deadline) {
    v1::GetDocumentRequest get;
    get.set_document_id(ingested.document_id());
    v1::Document document;
    grpc::ClientContext get_context;
    status = query().GetDocument(&get_context, get, &document);
    if (status.error_code() == grpc::StatusCode::NOT_FOUND) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(AllSignatorySets(query(), {}).empty());
}

TEST_F(ServicePairTest, SeedCorpusIngestsAndEveryRecordKeepsItsProvenance) {
  std::vector<std::string> seeds = SeedFiles();
  if (seeds.empty()) GTEST_SKIP() << "no ../shared/corpus/seeds";
  for (const std::string& seed : seeds) IngestFile(seed);
  std::vector<v1::Document> documents = WaitForDocuments(seeds.size());
  ASSERT_EQ(documents.size(), seeds.size());

  for (const v1::Document& document : documents) {
    v1::GetExtractionRequest request;
    request.set_document_id(document.id());
    v1::Extraction extraction;
    grpc::ClientContext context;
    ASSERT_TRUE(query().GetExtraction(&context, request, &extraction).ok());
    std::string content = ReadFileOrDie(extraction.source_uri());
    int records = extraction.events_size() + extraction.quotes_size() +
                  extraction.signatory_sets_size();
    EXPECT_GT(records, 0) << extraction.source_uri();
    for (const v1::Quote& quote : extraction.quotes()) {
      EXPECT_EQ(quote.document_id(), document.id());
      EXPECT_LE(quote.evidence().end_offset(), static_cast<int64_t>(content.size()));
      EXPECT_LT(quote.evidence().start_offset(), quote.evidence().end_offset());
    }
  }
}

TEST_F(ServicePairTest, SigtermShutsBothServicesDownCleanly) {
  IngestFile(ExampleFiles().front());
  auto query_exit = query_process_->Terminate(absl::Seconds(30));
  auto ingest_exit = ingest_process_->Terminate(absl::Seconds(30));
  ASSERT_TRUE(query_exit.ok());
  ASSERT_TRUE(ingest_exit.ok());
  EXPECT_EQ(*query_exit, 0) << query_process_->Stderr();
  EXPECT_EQ(*ingest_exit, 0) << ingest_process_->Stderr();
  query_process_.reset();
  ingest_process_.reset();
}

}  // namespace
}  // namespace amicus::testing
