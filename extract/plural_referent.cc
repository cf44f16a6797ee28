#include "extract/plural_referent.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/event_actors.h"
#include "extract/organizations.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

std::string Span(absl::string_view text, const std::vector<Word>& words, size_t b, size_t e) {
  return std::string(text.substr(words[b].begin, words[e - 1].end - words[b].begin));
}

// "experts", "authorities", "police": a lowercase body noun that names
// several people. A singular body ("the court") is "it", not "they".
bool PluralBodyNoun(const Word& w) {
  if (!w.is_word || w.capitalized()) return false;
  std::string l = absl::AsciiStrToLower(w.text);
  return IsBodyNoun(l) && (absl::EndsWith(l, "s") || l == "police" || l == "military");
}

// The capitalized name ending at token `last` ("Coastal Rights Network",
// "Council of Ministers"): its first token, past a leading "The".
size_t NameStart(const std::vector<Word>& words, size_t last) {
  size_t b = last;
  while (b > 0) {
    const Word& w = words[b - 1];
    bool connector = (w.Is("of") || w.Is("for") || w.Is("on")) && b >= 2 &&
                     words[b - 2].capitalized();
    if (!(w.is_word && w.capitalized()) && !connector) break;
    --b;
  }
  while (b < last && (words[b].Is("the") || !words[b].capitalized())) ++b;
  return b;
}

}  // namespace

std::string PluralReferent(absl::string_view passage, const EventContext& ctx) {
  std::vector<Word> words = Tokenize(passage);
  for (size_t k = words.size(); k > 0; --k) {
    const Word& w = words[k - 1];
    if (PluralBodyNoun(w)) {
      // "UN experts", "Veloria police": the capitalized words before it.
      size_t b = k - 1;
      while (b > 0 && words[b - 1].is_word && words[b - 1].capitalized() &&
             !words[b - 1].Is("the")) {
        --b;
      }
      return Span(passage, words, b, k);
    }
    if (!w.is_word || !w.capitalized()) continue;
    size_t b = NameStart(words, k - 1);
    std::string name = Span(passage, words, b, k);
    bool acronym = ctx.orgs != nullptr && k - b == 1 && ctx.orgs->IsAcronym(name);
    if (acronym || LooksLikeOrganization(name)) {
      std::string full = ctx.orgs == nullptr ? "" : ctx.orgs->FullName(name);
      return full.empty() ? name : full;
    }
    k = b + 1;  // past the whole name: a person's or a place's
  }
  return "";
}

}  // namespace amicus::extract
