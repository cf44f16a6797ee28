// The writer builds entries with a NameMemo that outlives each document:
// the entries must be exactly those of a fresh computation, whatever the
// memo remembers from earlier documents or forgot when it was trimmed.
#include "store/name_memo.h"

#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "store/document_entries.h"
#include "store/entity_names.h"
#include "store/name_key.h"
#include "tests/store/sample_records.h"

namespace amicus::store {
namespace {

using amicus::testing::AddEvent;
using amicus::testing::AddQuote;
using amicus::testing::AddSignatorySet;
using amicus::testing::MakeDate;
using amicus::testing::MakeDocument;

// Names that fold, split and shorten differently (invented).
const std::vector<std::string>& People() {
  static const auto* people = new std::vector<std::string>{
      "Maria Okonkwo", "Dr. Tomás  Érdi-Varga", "PEDRO ALVAREZ", "Okonkwo",
      " . ", "", "Jean-Luc O'Brien", "Anneliese Straße"};
  return *people;
}

const std::vector<std::pair<std::string, std::string>>& Organizations() {
  static const auto* orgs = new std::vector<std::pair<std::string, std::string>>{
      {"Lantern Rights Trust", "LRT"},
      {"The Meridian Foundation", ""},
      {"VOXEL Civic Network", "VCN"},
      {"HARBOUR WATCH", "HW"},
      {"Société Équité International", "SEI"},
      {"", "XYZ"}};
  return *orgs;
}

v1::Extraction Document(int n) {
  v1::Extraction doc = MakeDocument(absl::StrCat("doc", n),
                                    v1::DOCUMENT_KIND_PRESS_RELEASE,
                                    "Text of the statement.");
  const auto& people = People();
  const auto& orgs = Organizations();
  for (int i = 0; i < 4; ++i) {
    const std::string& person = people[(n + i) % people.size()];
    const auto& org = orgs[(n * 3 + i) % orgs.size()];
    AddEvent(&doc, MakeDate(2025, 1 + i, 3), v1::EVENT_TYPE_THREAT,
             {person, people[(n + 2 * i + 1) % people.size()]},
             absl::StrCat(person, " threatened them."));
    AddQuote(&doc, person, org.first, org.second, "We will not stop.");
    v1::Person* named = doc.mutable_document()->add_people();
    named->set_name(person);
    named->mutable_organization()->set_name(org.first);
    named->mutable_organization()->set_acronym(org.second);
  }
  const auto& org = orgs[n % orgs.size()];
  AddSignatorySet(&doc, "the Minister", {{org.first, org.second, "UK"}});
  return doc;
}

std::vector<std::tuple<Cf, std::string, std::string>> Flat(
    const std::vector<Entry>& entries) {
  std::vector<std::tuple<Cf, std::string, std::string>> flat;
  for (const Entry& e : entries) flat.emplace_back(e.cf, e.key, e.value);
  return flat;
}

TEST(NameMemoTest, EntriesAreThoseOfAFreshComputation) {
  // A capacity of 3 trims between most documents; the large one never.
  for (size_t capacity : {size_t{3}, NameMemo::kDefaultCapacity}) {
    NameMemo memo(capacity);
    for (int n = 0; n < 24; ++n) {
      v1::Extraction doc = Document(n);
      EXPECT_EQ(Flat(DocumentEntries(doc, n + 1, &memo)),
                Flat(DocumentEntries(doc, n + 1)))
          << "document " << n << ", capacity " << capacity;
    }
  }
}

TEST(NameMemoTest, PartsAreThoseOfTheNameFunctions) {
  NameMemo memo;
  for (const std::string& name : People()) {
    for (int twice = 0; twice < 2; ++twice) {
      const PersonNameParts& parts = memo.Person(name);
      EXPECT_EQ(parts.runs, PersonNameKeys(name));
      EXPECT_EQ(parts.normalized, NormalizeName(name));
      std::vector<std::string> words = PersonWords(name);
      EXPECT_EQ(parts.word_count, words.size());
      EXPECT_EQ(parts.surname, words.empty() ? "" : words.back());
    }
  }
  for (const auto& [name, acronym] : Organizations()) {
    for (const std::string& part : {name, acronym}) {
      const OrganizationNameParts& parts = memo.Organization(part);
      EXPECT_EQ(parts.key, OrganizationQueryKey(part));
      EXPECT_EQ(parts.first_word, DistinctiveFirstWord(part));
      EXPECT_EQ(parts.core, OrganizationCore(OrganizationQueryKey(part)));
    }
  }
}

}  // namespace
}  // namespace amicus::store
