// Through the real binaries: two statements name one organization
// differently (full name with its acronym defined, then the acronym alone),
// and a query by either name, or by the name without its generic suffix,
// finds the quotes of both.
#include <set>
#include <string>

#include "gmock/gmock.h"
#include "grpcpp/grpcpp.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {
namespace {

using ::testing::SizeIs;

constexpr char kFirstRelease[] =
    "Rights groups condemn arrest of defence lawyer\n\n"
    "NAIROBI, 4 May 2024 – The Lakeside Legal Aid Trust (LLAT) today "
    "condemned the arrest of defence lawyer Peter Mwangi by police officers "
    "in Kisumu.\n\n"
    "“Arresting lawyers for representing their clients is an attack on the "
    "right to a fair trial,” said Grace Achieng, Director of the Lakeside "
    "Legal Aid Trust. “Mr Mwangi must be released today.”\n";

constexpr char kSecondRelease[] =
    "Lawyer still detained one week after arrest\n\n"
    "NAIROBI, 9 May 2024 – Defence lawyer Peter Mwangi remains in police "
    "custody a week after his arrest, LLAT said today.\n\n"
    "“Every day he spends in a cell is a message to every lawyer in the "
    "country,” said Grace Achieng, Director of LLAT. “The authorities must "
    "release him or charge him.”\n";

class EntityAliasTest : public ServicePairTest {
 protected:
  void Ingest(const std::string& uri, const std::string& text) {
    v1::IngestRequest request;
    request.set_source_uri(uri);
    request.set_content(text);
    request.set_media_type("text/plain");
    v1::IngestResponse response;
    grpc::ClientContext context;
    grpc::Status status = ingest().Ingest(&context, request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    ASSERT_GT(response.quote_count(), 0) << uri;
  }

  // Documents whose quotes the organization query returns.
  std::set<std::string> DocumentsQuoting(const std::string& organization) {
    v1::StreamQuotesRequest request;
    request.set_organization(organization);
    std::set<std::string> uris;
    for (const v1::Quote& quote : AllQuotes(query(), request)) {
      uris.insert(quote.document_id());
    }
    return uris;
  }
};

TEST_F(EntityAliasTest, EveryNameOfAnOrganizationFindsBothStatements) {
  Ingest("file:///statements/first.txt", kFirstRelease);
  Ingest("file:///statements/second.txt", kSecondRelease);
  ASSERT_THAT(WaitForDocuments(2), SizeIs(2));
  for (const char* name : {"LLAT", "Lakeside Legal Aid Trust",
                           "the Lakeside Legal-Aid Trust", "Lakeside Legal Aid"}) {
    EXPECT_THAT(DocumentsQuoting(name), SizeIs(2)) << name;
  }
  EXPECT_THAT(DocumentsQuoting("Lakeside Legal"), SizeIs(0));
}

TEST_F(EntityAliasTest, SpeakerFoundByFullNameAndSurnameInBothStatements) {
  Ingest("file:///statements/first.txt", kFirstRelease);
  Ingest("file:///statements/second.txt", kSecondRelease);
  ASSERT_THAT(WaitForDocuments(2), SizeIs(2));
  for (const char* speaker : {"Achieng", "Grace Achieng", "G. Achieng"}) {
    v1::StreamQuotesRequest request;
    request.set_speaker(speaker);
    std::set<std::string> documents;
    for (const v1::Quote& quote : AllQuotes(query(), request)) {
      documents.insert(quote.document_id());
    }
    EXPECT_THAT(documents, SizeIs(2)) << speaker;
  }
}

}  // namespace
}  // namespace amicus::testing
