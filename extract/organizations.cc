#include "extract/organizations.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"

namespace amicus::extract {
namespace {

constexpr size_t kMaxNameWords = 14;

bool LooksLikeAcronym(absl::string_view w) {
  if (w.size() < 2 || w.size() > 12) return false;
  size_t upper = 0;
  for (char c : w) {
    unsigned char u = static_cast<unsigned char>(c);
    if (absl::ascii_isupper(u)) {
      ++upper;
    } else if (!absl::ascii_islower(u) && !absl::ascii_isdigit(u) && c != '-' &&
               c != '&') {
      return false;
    }
  }
  return upper >= 2 && absl::ascii_isupper(static_cast<unsigned char>(w[0]));
}

std::string Letters(absl::string_view acronym) {
  std::string out;
  for (char c : acronym) {
    if (absl::ascii_isalpha(static_cast<unsigned char>(c))) {
      out.push_back(absl::ascii_toupper(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

// Whether an acronym's `letters` are the name's `initials` with one left
// out, first letter kept: "Election Monitoring and Democracy Studies
// Center (EMDS)" drops the last word; acronyms made in another language
// often leave one word out.
bool SpellsAllButOne(absl::string_view letters, absl::string_view initials) {
  if (letters.size() < 3 || initials.size() != letters.size() + 1 ||
      letters[0] != initials[0]) {
    return false;
  }
  for (size_t skip = 1; skip < initials.size(); ++skip) {
    if (absl::StrCat(initials.substr(0, skip), initials.substr(skip + 1)) == letters) {
      return true;
    }
  }
  return false;
}

// The capitalized run of words that ends right before index `end`
// (exclusive), allowing connectors inside; returns its first index.
size_t NameStart(const std::vector<Word>& words, size_t end) {
  size_t start = end;
  size_t k = end;
  while (k > 0 && end - (k - 1) <= kMaxNameWords) {
    const Word& w = words[k - 1];
    if (w.capitalized()) {
      start = k - 1;
    } else if (!(w.is_word && IsNameConnectorAnyCase(w.text))) {
      break;
    }
    --k;
  }
  return start;
}

}  // namespace

std::string Initials(const std::vector<absl::string_view>& words) {
  std::string out;
  for (absl::string_view w : words) {
    if (w.empty() || IsNameConnectorAnyCase(w)) continue;
    if (absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
      out.push_back(w[0]);
    }
  }
  return out;
}

bool LooksLikeOrganization(absl::string_view phrase) {
  static const auto* kOrgWords = new absl::flat_hash_set<std::string>{
      "court", "commission", "union", "coalition", "network", "watch",
      "council", "service", "society", "federation", "institute", "institution",
      "organization", "organisation", "organizations", "committee",
      "association", "movement", "foundation", "program", "programme", "office",
      "nations", "department", "ministry", "government", "assembly",
      "parliament", "congress", "senate", "administration", "tribunal",
      "agency", "center", "centre", "alliance", "league", "campaign", "group",
      "fund", "trust", "project", "initiative", "forum", "board", "authority",
      "secretariat", "house", "church", "corps", "international", "rights",
      "jurists", "lawyers", "defenders", "partners", "ngos", "organizations",
      "coalitions", "university", "school", "observatory", "platform",
      "bureau", "mission", "unit", "states", "parties", "prosecutor", "directorate",
      "inspectorate"};
  // No word of the set is longer; longer words cannot be in it. Words are
  // lowercased into a buffer: this runs for nearly every candidate name.
  constexpr size_t kLongestOrgWord = 14;  // "administration"
  std::vector<Word> words = Tokenize(phrase);
  size_t content = 0;
  for (const Word& w : words) {
    if (!w.is_word) continue;
    ++content;
    absl::string_view bare = StripPossessive(w.text);
    if (bare.size() > kLongestOrgWord) continue;
    char lower[kLongestOrgWord];
    for (size_t k = 0; k < bare.size(); ++k) {
      lower[k] = absl::ascii_tolower(static_cast<unsigned char>(bare[k]));
    }
    if (kOrgWords->contains(absl::string_view(lower, bare.size()))) return true;
  }
  return content == 1 && words.size() == 1 && LooksLikeAcronym(words[0].text);
}

bool IsBodyHeadNoun(absl::string_view word) {
  if (word.size() < 2 || !absl::ascii_isupper(static_cast<unsigned char>(word[0]))) return false;
  for (char c : word.substr(1)) {
    if (!absl::ascii_islower(static_cast<unsigned char>(c))) return false;
  }
  return LooksLikeOrganization(word);
}

OrgDirectory::OrgDirectory(absl::string_view text) : OrgDirectory(text, Tokenize(text)) {}

OrgDirectory::OrgDirectory(absl::string_view text, const std::vector<Word>& words) {
  LearnDefinitions(words);
  LearnInitials(text, words);
}

void OrgDirectory::LearnDefinitions(const std::vector<Word>& words) {
  for (size_t i = 1; i + 2 < words.size(); ++i) {
    if (words[i].text != "(" || words[i + 2].text != ")") continue;
    absl::string_view acronym = words[i + 1].text;
    if (!LooksLikeAcronym(acronym)) continue;
    std::string letters = Letters(acronym);
    size_t start = NameStart(words, i);
    // The shortest tail of the name whose initials spell the acronym.
    for (size_t s = i; s-- > start;) {
      if (!words[s].capitalized()) continue;
      std::vector<absl::string_view> parts;
      for (size_t k = s; k < i; ++k) parts.push_back(words[k].text);
      std::string initials = Initials(parts);
      if (Letters(initials) == letters ||
          (initials.size() >= 2 && letters.size() > initials.size() &&
           letters.substr(0, initials.size()) == initials && s == start) ||
          (s == start && SpellsAllButOne(letters, Letters(initials)))) {
        std::string full = absl::StrJoin(parts, " ");
        by_acronym_.try_emplace(std::string(acronym), full);
        acronym_of_.try_emplace(absl::AsciiStrToLower(full), std::string(acronym));
        Remember(full);
        break;
      }
    }
  }
  // "ACR (Full Name)"
  for (size_t i = 0; i + 3 < words.size(); ++i) {
    if (words[i + 1].text != "(" || !LooksLikeAcronym(words[i].text)) continue;
    size_t close = i + 2;
    while (close < words.size() && close < i + 2 + kMaxNameWords &&
           words[close].text != ")") {
      ++close;
    }
    if (close >= words.size() || words[close].text != ")") continue;
    std::vector<absl::string_view> parts;
    for (size_t k = i + 2; k < close; ++k) parts.push_back(words[k].text);
    if (Letters(Initials(parts)) == Letters(words[i].text)) {
      std::string full = absl::StrJoin(parts, " ");
      by_acronym_.try_emplace(std::string(words[i].text), full);
      acronym_of_.try_emplace(absl::AsciiStrToLower(full), std::string(words[i].text));
      Remember(full);
    }
  }
}

void OrgDirectory::LearnInitials(absl::string_view text, const std::vector<Word>& words) {
  // A name does not run over a line end: a heading is not the start of
  // the salutation below it.
  auto same_line = [&](size_t j) {
    return text.substr(words[j - 1].end, words[j].begin - words[j - 1].end).find('\n') ==
           absl::string_view::npos;
  };
  size_t i = 0;
  while (i < words.size()) {
    if (!words[i].capitalized()) {
      ++i;
      continue;
    }
    size_t j = i;
    size_t last_cap = i;
    while (j < words.size() && j - i < kMaxNameWords && (j == i || same_line(j)) &&
           (words[j].capitalized() ||
            (words[j].is_word && IsNameConnectorAnyCase(words[j].text)))) {
      if (words[j].capitalized()) last_cap = j;
      ++j;
    }
    // A sentence's "The" or "On" is no part of the name.
    size_t first = i;
    while (first < last_cap && IsNameConnectorAnyCase(words[first].text)) ++first;
    std::vector<absl::string_view> parts;
    parts.reserve(last_cap + 1 - first);
    for (size_t k = first; k <= last_cap; ++k) parts.push_back(words[k].text);
    std::string initials = Initials(parts);
    // Single capitals ("The", "On") are most runs: no phrase to build.
    if (initials.size() < 2) {
      i = j > i ? j : i + 1;
      continue;
    }
    std::string phrase = absl::StrJoin(parts, " ");
    if (LooksLikeOrganization(phrase)) {
      by_initials_.try_emplace(initials, phrase);
      Remember(phrase);
    }
    i = j > i ? j : i + 1;
  }
}

void OrgDirectory::Remember(const std::string& full) {
  std::string lower = absl::AsciiStrToLower(full);
  if (!remembered_.insert(lower).second) return;
  names_.push_back(full);
  size_t space = lower.rfind(' ');
  if (space == std::string::npos) return;
  auto [it, inserted] = by_head_.try_emplace(lower.substr(space + 1), full);
  if (!inserted && absl::AsciiStrToLower(it->second) != lower) it->second.clear();
}

std::string OrgDirectory::ByHead(absl::string_view head) const {
  auto it = by_head_.find(absl::AsciiStrToLower(head));
  return it == by_head_.end() ? "" : it->second;
}

bool OrgDirectory::IsAcronym(absl::string_view word) const {
  return by_acronym_.contains(word) ||
         (LooksLikeAcronym(word) && by_initials_.contains(Letters(word)));
}

std::string OrgDirectory::FullName(absl::string_view name) const {
  name = absl::StripAsciiWhitespace(name);
  if (absl::StartsWith(name, "the ") || absl::StartsWith(name, "The ")) {
    name.remove_prefix(4);
  }
  // "Coalition for the International Criminal Court (CICC)"
  if (absl::EndsWith(name, ")")) {
    size_t open = name.rfind(" (");
    if (open != absl::string_view::npos &&
        LooksLikeAcronym(name.substr(open + 2, name.size() - open - 3))) {
      name = name.substr(0, open);
    }
  }
  name = StripPossessive(name);
  std::string key(name);
  if (auto it = by_acronym_.find(key); it != by_acronym_.end()) return it->second;
  if (LooksLikeAcronym(name)) {
    if (auto it = by_initials_.find(Letters(name)); it != by_initials_.end()) {
      return it->second;
    }
  }
  return key;
}

std::string OrgDirectory::AcronymOf(absl::string_view full_name) const {
  auto it = acronym_of_.find(absl::AsciiStrToLower(full_name));
  return it == acronym_of_.end() ? "" : it->second;
}

}  // namespace amicus::extract
