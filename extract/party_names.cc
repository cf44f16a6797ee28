#include "extract/party_names.h"

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "extract/organizations.h"
#include "extract/people.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr size_t kMaxPartyWords = 16;
constexpr size_t kMaxPersonWords = 4;
constexpr size_t kMaxPersonNameBytes = 80;

bool IsInitial(const Word& w) {
  return w.text.size() <= 3 && absl::EndsWith(w.text, ".") &&
         absl::ascii_isupper(static_cast<unsigned char>(w.text[0]));
}

// Lowercase particles of persons' names ("Boris van der Ham", "Ana de
// Souza", "Abd El Fattah" is capitalized anyway).
bool IsNameParticle(absl::string_view lower) {
  static const auto* kParticles = new absl::flat_hash_set<std::string>{
      "van", "von", "der", "den", "de", "da", "do", "dos", "das", "del", "di",
      "la", "le", "du", "bin", "ibn", "al", "el", "y", "e", "ter", "ten"};
  return kParticles->contains(std::string(lower));
}

// Words that open a phrase about parties, not a party's name: "More than
// 80 organisations", "Many others", "All members".
bool IsQuantifier(absl::string_view lower) {
  static const auto* kWords = new absl::flat_hash_set<std::string>{
      "more", "many", "all", "other", "others", "several", "some", "over",
      "numerous", "dozens", "hundreds", "various", "each", "every", "these",
      "those", "this", "that", "our", "their", "its", "we", "they"};
  return kWords->contains(std::string(lower));
}

// "Dr. ", "Prof. ", "Justice " before a person's name: an honorific or a
// judicial title, no part of the name a list of signers gives.
absl::string_view WithoutHonorifics(absl::string_view name) {
  static const auto* kHonorifics = new absl::flat_hash_set<std::string>{
      "dr.", "dr", "prof.", "prof", "professor", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
      "justice", "judge", "sir", "dame", "hon.", "rev.", "fr.", "sr."};
  for (;;) {
    size_t space = name.find(' ');
    if (space == absl::string_view::npos) return name;
    if (!kHonorifics->contains(absl::AsciiStrToLower(name.substr(0, space)))) return name;
    name = absl::StripLeadingAsciiWhitespace(name.substr(space + 1));
  }
}

// "ANA RUIZ": a name set in capitals, as signature lines often are. Every
// word is in capitals and has a vowel, so that "ICJ" and "FIDH, HRW" stay
// acronyms.
bool IsNameInCapitals(const std::vector<Word>& words) {
  size_t names = 0;
  for (const Word& w : words) {
    if (!w.is_word) continue;
    if (!w.all_caps() || w.text.size() < 2 ||
        w.text.find_first_of("AEIOUY") == absl::string_view::npos) {
      return false;
    }
    ++names;
  }
  return names >= 2;
}

}  // namespace

bool LooksLikeSignerName(absl::string_view name) {
  std::vector<Word> words = Tokenize(name);
  bool capitals = IsNameInCapitals(words);
  size_t names = 0;
  for (const Word& w : words) {
    if (!w.is_word) {
      if (w.text == "." && names > 0) continue;  // "J." tokenized apart
      return false;
    }
    std::string lower = absl::AsciiStrToLower(w.text);
    if (IsInitial(w)) continue;
    if (!w.capitalized()) {
      if (names > 0 && IsNameParticle(lower)) continue;
      return false;
    }
    if (w.all_caps() && w.text.size() > 1 && !capitals) return false;  // an acronym
    // "De Souza" can open a name; "President" cannot.
    if (IsTitleWord(lower) && !IsNameParticle(lower)) return false;
    ++names;
  }
  if (names < 2 || names > kMaxPersonWords) return false;
  return !LooksLikeOrganization(name);
}

PartyJudgement JudgeParty(absl::string_view entry, const CountryNames& countries) {
  entry = absl::StripAsciiWhitespace(entry);
  if (absl::StartsWithIgnoreCase(entry, "the ")) entry.remove_prefix(4);
  if (entry.empty()) return {};
  if (countries.IsCountry(entry)) return {PartyShape::kState, 0.9f};
  std::vector<Word> words = Tokenize(entry);
  size_t content = 0, capitalized = 0, lowercase = 0, acronyms = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    if (!w.is_word) continue;
    ++content;
    std::string lower = absl::AsciiStrToLower(w.text);
    if (content == 1 && IsQuantifier(lower)) return {};
    if (w.all_caps()) ++acronyms;
    if (w.capitalized() || absl::ascii_isdigit(static_cast<unsigned char>(w.text[0]))) {
      ++capitalized;
    } else if (!IsNameConnector(lower)) {
      ++lowercase;
    }
  }
  if (content == 0 || content > kMaxPartyWords || capitalized == 0) return {};
  // "150", "2021": a count or a year names nobody.
  bool letters = false;
  for (char c : entry) letters = letters || absl::ascii_isalpha(static_cast<unsigned char>(c));
  if (!letters) return {};
  // "iACT", "epicenter.works": a lowercase brand is one word; a phrase in
  // lowercase is no name.
  bool opens_capitalized = !words.empty() && words[0].is_word && words[0].capitalized();
  bool opens_quoted = !words.empty() && !words[0].is_word;
  if (!opens_capitalized && !opens_quoted && content > 2) return {};
  // "Conseil national des barreaux (France)" has as many of each.
  if (lowercase > capitalized) return {};
  if (LooksLikeOrganization(entry) || acronyms > 0) {
    return {PartyShape::kOrganization, lowercase == 0 ? 0.95f : 0.8f};
  }
  if (LooksLikeSignerName(entry)) return {PartyShape::kPerson, 0.8f};
  return {PartyShape::kName, lowercase == 0 ? 0.7f : 0.5f};
}

absl::string_view HonoredPerson(absl::string_view entry) {
  entry = absl::StripAsciiWhitespace(entry);
  absl::string_view name = WithoutHonorifics(entry);
  return name.size() < entry.size() && LooksLikeSignerName(name) ? name : "";
}

absl::string_view PersonBeforeRole(absl::string_view entry) {
  for (absl::string_view sep : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ", ", " of "}) {
    size_t at = entry.find(sep);
    if (at == absl::string_view::npos || at == 0 || at > kMaxPersonNameBytes) continue;
    absl::string_view name = WithoutHonorifics(absl::StripAsciiWhitespace(entry.substr(0, at)));
    absl::string_view tail = absl::StripAsciiWhitespace(entry.substr(at + sep.size()));
    if (tail.empty() || !LooksLikeSignerName(name)) continue;
    // The tail must be a role or a body, not more of a name.
    std::vector<Word> words = Tokenize(tail);
    if (words.empty() || !words[0].is_word) continue;
    bool role = IsTitleWord(absl::AsciiStrToLower(words[0].text)) || LooksLikeOrganization(tail) ||
                words[0].capitalized() || words[0].Is("the");
    if (role) return name;
  }
  // "Dante Caputo Former Foreign Minister": the office follows the name
  // with no separator; it opens with a capitalized office word.
  std::vector<Word> words = Tokenize(entry);
  for (size_t k = 2; k < words.size() && k <= kMaxPersonWords; ++k) {
    if (!words[k].is_word || !words[k].capitalized()) break;
    if (!IsTitleWord(absl::AsciiStrToLower(words[k].text))) continue;
    absl::string_view name = entry.substr(0, words[k - 1].end);
    return LooksLikeSignerName(name) ? name : "";
  }
  return "";
}

}  // namespace amicus::extract
