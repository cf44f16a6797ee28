#include "bench/corpus_generator.h"

#include <random>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "bench/entity_tiers.h"
#include "bench/timeline.h"

namespace amicus::bench {
namespace {

constexpr const char* kGiven[] = {
    "Maria", "Tomas", "Amina", "Oleh", "Lucia", "Kwame", "Sofia", "Rahul",
    "Ingrid", "Diego", "Fatima", "Jonas", "Leila", "Pavel", "Nadia", "Samuel",
    "Elena", "Hassan", "Grace", "Mateo"};
constexpr const char* kSurnames[] = {
    "Okonkwo",  "Lindqvist", "Marchenko", "Restrepo", "Haddad",  "Santos",
    "Kovacs",   "Mwangi",    "Petrov",    "Alvarez",  "Nakamura", "Osei",
    "Bergstrom", "Castillo", "Dimitrov",  "Ferreira", "Gunawardena",
    "Horvath",  "Ibrahim",   "Jovanovic", "Kariuki",  "Lopez",    "Mensah",
    "Novak",    "Ortega"};
constexpr const char* kOrgWords[] = {
    "Justice", "Accountability", "Press Freedom", "Human Rights",
    "Civic Space", "Legal Aid", "Witness Protection", "Minority Rights",
    "Media Defence", "Rule of Law", "Fair Trials", "Democratic Reform"};
constexpr const char* kOrgKinds[] = {"Coalition for", "Centre for",
                                     "Association for", "Institute for",
                                     "Network for", "Alliance for",
                                     "Observatory for", "Foundation for",
                                     "Committee for", "Council for"};
constexpr const char* kCountries[] = {"Kenya", "Nepal", "Argentina",
                                      "Philippines", "Poland", "Colombia",
                                      "Ukraine", "Ghana", "Brazil", "Norway"};
constexpr const char* kMonths[] = {"January", "February", "March", "April",
                                   "May", "June", "July", "August",
                                   "September", "October", "November",
                                   "December"};
constexpr const char* kCities[] = {"GENEVA", "NAIROBI", "BOGOTA", "WARSAW",
                                   "MANILA", "KYIV", "ACCRA", "OSLO"};
constexpr const char* kRoles[] = {"Executive Director", "Legal Adviser",
                                  "Programme Director", "Senior Researcher",
                                  "Board Chair"};
// Event sentences with one actor and one date; each maps to an event type
// the extractor recognises.
constexpr const char* kEventTemplates[] = {
    "On %s, %s threatened to revoke the accreditation of journalists "
    "covering the protests in the capital.",
    "On %s, %s announced a visa ban on staff of the regional tribunal "
    "investigating detention conditions.",
    "On %s, %s ordered the arrest of two defence lawyers who had represented "
    "detained protesters.",
    "On %s, %s imposed an asset freeze on three human rights organizations "
    "accused of receiving foreign funding.",
    "On %s, %s requested an arrest warrant for the editor of an independent "
    "newspaper."};

// A reproducible stream of choices for one document.
class Dice {
 public:
  Dice(uint64_t seed, int64_t index)
      : engine_(seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(index)) {}
  int Below(int n) {
    return static_cast<int>(engine_() % static_cast<uint64_t>(n));
  }

 private:
  std::mt19937_64 engine_;
};

template <typename T, size_t N>
constexpr int Size(const T (&)[N]) {
  return static_cast<int>(N);
}

std::string DateText(int64_t day) {
  CalendarDate date = DateOfDay(day);
  return absl::StrFormat("%d %s %d", date.day, kMonths[date.month - 1],
                         date.year);
}

std::string QuoteParagraph(Dice& dice) {
  int person = dice.Below(CorpusGenerator::kPersonPoolSize);
  int org = dice.Below(CorpusGenerator::kOrganizationPoolSize);
  return absl::StrCat(
      "\u201cAuthorities must stop punishing people for defending the rights "
      "of others, and must release everyone detained for peaceful work "
      "number ", dice.Below(100000), ",\u201d said ",
      CorpusGenerator::Person(person), ", ", kRoles[dice.Below(Size(kRoles))],
      " of the ", CorpusGenerator::Organization(org),
      ". \u201cWe will keep documenting every case until justice is done.\u201d\n\n");
}

// Event `slot` of document `index`: its actor is the slot's tier entity
// (see entity_tiers.h), its date within the week before the document's,
// and its sentence names the slot's tier word (a case file), which text
// searches look for.
std::string EventParagraph(Dice& dice, int64_t index, int slot) {
  std::string sentence = absl::StrFormat(
      kEventTemplates[dice.Below(Size(kEventTemplates))],
      DateText(DocumentDay(index) - dice.Below(kEventDaysBefore)),
      TierPerson(slot, TierBlock(slot, index)));
  sentence.pop_back();  // the full stop
  return absl::StrCat(
      sentence, ", in case file ", TierWord(slot, TierBlock(slot, index)),
      ". Observers said the measure was part of a wider pattern of pressure on "
      "civil society, and that independent monitors had been denied access "
      "to the places of detention on several occasions since then.\n\n");
}

// 16 paragraphs: one event per tier (11) and a quote after every two.
std::string PressRelease(Dice& dice, int64_t index) {
  int org = dice.Below(CorpusGenerator::kOrganizationPoolSize);
  std::string text = absl::StrCat(
      "Rights groups condemn reprisals against defenders (statement ", index,
      ")\n\n", kCities[dice.Below(Size(kCities))], ", ",
      DateText(DocumentDay(index)), " \u2013 The ",
      CorpusGenerator::Organization(org),
      " today condemned a series of measures taken against human rights "
      "defenders, lawyers and journalists.\n\n");
  for (int slot = 0, i = 0; i < 16; ++i) {
    absl::StrAppend(&text, i % 3 == 2 ? QuoteParagraph(dice)
                                      : EventParagraph(dice, index, slot++));
  }
  absl::StrAppend(&text, "For more information, contact press@example.org.\n");
  return text;
}

// 25 signatories: every odd line up to the 22nd is the letter's tier
// organization of that tier, the other 14 come from the pool.
void AppendSignatories(Dice& dice, int64_t letter, std::string* text) {
  int first = dice.Below(CorpusGenerator::kOrganizationPoolSize);
  for (int pool = 0, line = 0; line < 25; ++line) {
    std::string name =
        line % 2 == 1 && line / 2 < kTiers
            ? TierOrganization(line / 2, TierBlock(line / 2, letter))
            : CorpusGenerator::Organization(
                  (first + 7 * pool++) % CorpusGenerator::kOrganizationPoolSize);
    absl::StrAppend(text, name, " (", kCountries[dice.Below(Size(kCountries))],
                    ")\n");
  }
}

std::string JointLetter(Dice& dice, int64_t index) {
  std::string text = absl::StrCat(
      DateText(DocumentDay(index)), "\n\nRe: Joint letter ", index,
      " on the protection of civil society\n\nDear Minister,\n\n"
      "We, the undersigned organizations, write to express our grave concern "
      "about the treatment of human rights defenders.\n\n");
  for (int slot = 0; slot < kTiers; ++slot) {
    absl::StrAppend(&text, EventParagraph(dice, index, slot));
  }
  absl::StrAppend(&text, "We urge you to act without delay.\n\nSincerely,\n\n");
  AppendSignatories(dice, CorpusGenerator::LetterIndex(index), &text);
  return text;
}

}  // namespace

std::string CorpusGenerator::Person(int i) {
  return absl::StrCat(kGiven[i % Size(kGiven)], " ",
                      kSurnames[(i / Size(kGiven)) % Size(kSurnames)]);
}

std::string CorpusGenerator::Organization(int i) {
  return absl::StrCat(kOrgKinds[i % Size(kOrgKinds)], " ",
                      kOrgWords[(i / Size(kOrgKinds)) % Size(kOrgWords)]);
}

bool CorpusGenerator::IsLetter(int64_t index) { return index % 3 == 2; }

int64_t CorpusGenerator::LetterIndex(int64_t index) { return index / 3; }

int64_t CorpusGenerator::LettersBefore(int64_t docs) { return docs / 3; }

GeneratedDocument CorpusGenerator::Document(int64_t index) const {
  Dice dice(seed_, index);
  if (IsLetter(index)) {
    return {absl::StrCat("bench/joint-letter-", index, ".txt"),
            JointLetter(dice, index)};
  }
  return {absl::StrCat("bench/press-release-", index, ".txt"),
          PressRelease(dice, index)};
}

}  // namespace amicus::bench
