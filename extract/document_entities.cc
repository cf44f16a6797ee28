#include "extract/document_entities.h"

#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "extract/perpetrators.h"
#include "extract/text_units.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

// Capitalized runs that hold an organization word but name a person or an
// office: "Prosecutor Amina Diallo", "Executive Director of the
// Coalition ...", "Tribunal’s Prosecutor".
bool IsOrganizationName(absl::string_view name) {
  std::vector<Word> words = Tokenize(name);
  for (const Word& w : words) {
    if (StripPossessive(w.text).size() != w.text.size()) return false;
  }
  std::string title, person;
  SplitTitle(name, title, person);
  std::vector<Word> title_words = Tokenize(title);
  size_t person_words = CountWords(person);
  bool titled = !title_words.empty() && title_words.back().capitalized() &&
                IsTitleWord(absl::AsciiStrToLower(title_words.back().text));
  if (titled && person_words >= 2 && person_words <= 4 && !LooksLikeOrganization(person)) {
    return false;
  }
  // "Executive Director of the Coalition ...": an office.
  return words.size() < 3 || !words[0].capitalized() ||
         !IsTitleWord(absl::AsciiStrToLower(words[0].text)) || !words[1].capitalized() ||
         !IsTitleWord(absl::AsciiStrToLower(words[1].text));
}

class OrganizationList {
 public:
  OrganizationList(const OrgDirectory& orgs, amicus::v1::Document& doc)
      : orgs_(orgs), doc_(doc) {}

  void Add(const amicus::v1::Organization& org) {
    // "Coalition for Independent Justice (CIJ)" as a signatory is the
    // coalition, acronym CIJ.
    std::string name = orgs_.FullName(org.name());
    if (name.empty()) return;
    // Most names arrive several times (issuers, then signatories): the
    // cheap set lookup goes before the tokenizing test.
    std::string lower = absl::AsciiStrToLower(name);
    if (seen_.contains(lower) || !IsOrganizationName(name)) return;
    seen_.insert(std::move(lower));
    amicus::v1::Organization& out = *doc_.add_organizations();
    out = org;
    out.set_name(name);
    if (out.acronym().empty()) out.set_acronym(orgs_.AcronymOf(name));
  }

  // "ICJ, ACLU and ISHR" speaking together: each is listed on its own.
  bool IsJointName(absl::string_view name) const {
    if (!absl::StrContains(name, " and ")) return false;
    for (absl::string_view piece : absl::StrSplit(name, absl::ByAnyChar(","))) {
      for (absl::string_view part : absl::StrSplit(piece, " and ")) {
        std::string full = orgs_.FullName(part);
        if (!full.empty() && !seen_.contains(absl::AsciiStrToLower(full))) return false;
      }
    }
    return true;
  }

  void Add(const std::string& name) {
    amicus::v1::Organization org;
    org.set_name(name);
    Add(org);
  }

 private:
  const OrgDirectory& orgs_;
  amicus::v1::Document& doc_;
  absl::flat_hash_set<std::string> seen_;
};

PersonInfo FromProto(const amicus::v1::Person& p) {
  return {p.name(), p.role(), p.organization().name(), false};
}

// A speaker or actor that is a body ("ACLU, ICJ and ISHR") is named as
// its own organization.
bool IsBody(const amicus::v1::Person& p) {
  if (p.has_organization() && p.organization().name() == p.name()) return true;
  if (LooksLikeOrganization(p.name())) return true;
  for (const Word& w : Tokenize(p.name())) {
    if (w.all_caps()) return true;  // "CIJ and CAS"
  }
  return false;
}

}  // namespace

void FillDocumentEntities(const OrgDirectory& orgs, PersonDirectory& people,
                          amicus::v1::Extraction& extraction) {
  amicus::v1::Document& doc = *extraction.mutable_document();
  OrganizationList list(orgs, doc);
  for (const auto& org : doc.issuers()) list.Add(org);
  for (const std::string& name : orgs.Names()) list.Add(name);
  auto add_person = [&](const amicus::v1::Person& p) {
    if (p.name() == kUnknownAttackers) return;  // no one the document names
    if (p.has_organization() && !list.IsJointName(p.organization().name())) {
      list.Add(p.organization());
    }
    if (!IsBody(p)) people.Add(FromProto(p));
  };
  for (const auto& q : extraction.quotes()) add_person(q.speaker());
  for (const auto& e : extraction.events()) {
    for (const auto& actor : e.actors()) add_person(actor);
  }
  for (const PersonInfo& p : people.people()) {
    // A lone word ("Senators") is a body or an unresolved surname.
    if (p.is_organization || !HasMoreWordsThan(p.name, 1)) continue;
    amicus::v1::Person& out = *doc.add_people();
    out.set_name(p.name);
    out.set_role(p.role);
    if (!p.organization.empty()) out.mutable_organization()->set_name(p.organization);
  }
}

}  // namespace amicus::extract
