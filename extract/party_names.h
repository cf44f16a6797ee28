#ifndef AMICUS_EXTRACT_PARTY_NAMES_H_
#define AMICUS_EXTRACT_PARTY_NAMES_H_

#include "absl/strings/string_view.h"
#include "extract/countries.h"

namespace amicus::extract {

// What a list entry names, judged from its shape alone.
enum class PartyShape {
  kNone,          // a phrase, a sentence, a count: no party
  kName,          // a capitalized name of unknown kind ("Hiperderecho")
  kPerson,        // two to four name words ("Ana María Silva")
  kState,         // a country ("Kenya", "Republic of Korea")
  kOrganization,  // a head word ("... Foundation", "... PEN") or an acronym
};

struct PartyJudgement {
  PartyShape shape = PartyShape::kNone;
  float score = 0;  // 0..1: how sure the entry names a party that can sign
};

// How much `entry` (without list marker) looks like the name of a party
// that can sign a text: an organisation, a State or a person.
PartyJudgement JudgeParty(absl::string_view entry, const CountryNames& countries);

// Whether `name` has the shape of a person's name: two to four words,
// capitalized, initials and particles ("van der", "de") allowed, none of
// them an organisation's head word or an office.
bool LooksLikeSignerName(absl::string_view name);

// The person's name of "Name - Role", "Name – Role", "Name, Role" and
// "Name of Outlet" (a journalist with the outlet), without an honorific
// ("Dr.", "Justice") before it, or empty when `entry`
// does not start with a person's name followed by such a tail.
absl::string_view PersonBeforeRole(absl::string_view entry);

// "Dr. Samuel Okoro" -> "Samuel Okoro": a person's name after an honorific
// or a judicial title; empty when `entry` has no honorific or is no name.
absl::string_view HonoredPerson(absl::string_view entry);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PARTY_NAMES_H_
