#include "extract/perpetrators.h"

#include "absl/strings/match.h"

namespace amicus::extract {
namespace {

// A group named after its violence has at most this many words.
constexpr size_t kMaxGroupWords = 4;

// Nouns of violence whose "by" names who does it; after "of" only the
// first three name the doers ("the killings of protesters" names the
// victims).
bool IsViolenceNoun(const Word& w, bool of) {
  for (absl::string_view n : {"terror", "violence", "campaign"}) {
    if (w.Is(n)) return true;
  }
  if (of) return false;
  for (absl::string_view n : {"attacks", "killings", "murders", "assaults", "massacres"}) {
    if (w.Is(n)) return true;
  }
  return false;
}

// Plural nouns of the genre's victims, never a group blamed for violence.
bool IsVictimNoun(const Word& w) {
  for (absl::string_view n : {"journalists", "activists", "defenders", "protesters",
                              "protestors", "bloggers", "lawyers", "reporters", "writers",
                              "members", "users", "others", "workers", "voters", "civilians"}) {
    if (w.Is(n)) return true;
  }
  return false;
}

// Plural nouns of people who act as a group: "Islamists", "militants",
// "attackers", "gunmen", "militias", "thugs".
bool IsGroupHead(const Word& w) {
  if (!w.is_word || w.text.size() < 4) return false;
  for (absl::string_view n : {"groups", "forces", "militias", "mobs", "thugs", "gangs",
                              "police", "soldiers", "troops", "vigilantes", "squads"}) {
    if (w.Is(n)) return true;
  }
  for (absl::string_view suffix : {"ists", "ants", "ers", "men"}) {
    if (absl::EndsWithIgnoreCase(w.text, suffix)) return true;
  }
  return false;
}

// Words that end the search for a group's head: "the terror of the
// regime against journalists" names no group of people.
bool EndsPhrase(const Word& w) {
  for (absl::string_view s : {"of", "against", "on", "in", "and", "or", "to", "by", "for",
                              "with", "from", "that", "which", "who"}) {
    if (w.Is(s)) return true;
  }
  return !w.is_word;
}

}  // namespace

std::string LearnPerpetrators(const std::vector<Word>& words) {
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (words[i].text.size() != 2) continue;  // neither "of" nor "by"
    bool of = words[i].Is("of");
    if (!(of || words[i].Is("by")) || !IsViolenceNoun(words[i - 1], of)) continue;
    size_t b = words[i + 1].Is("the") ? i + 2 : i + 1;
    for (size_t k = b; k < words.size() && k < b + kMaxGroupWords; ++k) {
      if (EndsPhrase(words[k]) || IsVictimNoun(words[k])) break;
      if (IsGroupHead(words[k])) {
        return std::string(
            absl::string_view(words[b].text.data(), words[k].end - words[b].begin));
      }
    }
  }
  return "";
}

}  // namespace amicus::extract
