#include "query_service/record_similarity.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_split.h"
#include "store/entity_names.h"
#include "store/name_key.h"

namespace amicus::query {
namespace {

using amicus::v1::Person;

// Evidence sentences of one event in two documents share most of their
// words; quotes of one statement differ by little more than punctuation
// and trimming.
constexpr double kSameEvidence = 0.5;
constexpr double kSameQuotation = 0.8;
// A quote cut shorter by one document still counts if this many words of
// it appear in order in the other.
constexpr size_t kMinContainedWords = 6;

NameTraits NameTraitsOf(const Person& person) {
  NameTraits traits;
  traits.organization_key = store::OrganizationQueryKey(person.name());
  if (!traits.organization_key.empty()) {
    traits.organization_core = store::OrganizationCore(traits.organization_key);
  }
  traits.words = store::PersonWords(person.name());
  return traits;
}

bool SameActor(const NameTraits& a, const NameTraits& b) {
  if (a.organization_key.empty() || b.organization_key.empty()) return false;
  if (a.organization_core == b.organization_core) return true;
  const std::vector<std::string>& wa = a.words;
  const std::vector<std::string>& wb = b.words;
  if (wa.empty() || wb.empty()) return false;
  // A bare surname on one side: the caller already matched date and type.
  if (wa.size() == 1 || wb.size() == 1) return wa.back() == wb.back();
  return store::SamePerson(wa, wb);
}

bool ActorsOverlap(const EventTraits& a, const EventTraits& b) {
  for (const NameTraits& x : a.actors) {
    for (const NameTraits& y : b.actors) {
      if (SameActor(x, y)) return true;
    }
  }
  return false;
}

// Words long enough to carry meaning ("sanctions", "court"), folded.
absl::flat_hash_set<std::string> ContentWords(const std::string& text) {
  absl::flat_hash_set<std::string> words;
  for (absl::string_view word :
       absl::StrSplit(store::NormalizeName(text), ' ', absl::SkipEmpty())) {
    if (word.size() >= 4) words.insert(std::string(word));
  }
  return words;
}

double Jaccard(const absl::flat_hash_set<std::string>& a,
               const absl::flat_hash_set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t shared = 0;
  for (const std::string& word : a) shared += b.contains(word);
  return static_cast<double>(shared) /
         static_cast<double>(a.size() + b.size() - shared);
}

bool SameSpeaker(const std::vector<std::string>& wa,
                 const std::vector<std::string>& wb) {
  if (wa.empty() || wb.empty() || wa.back() != wb.back()) return false;
  return wa.size() == 1 || wb.size() == 1 || store::SamePerson(wa, wb);
}

bool OneContainsTheOther(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  size_t words = std::count(shorter.begin(), shorter.end(), ' ') + 1;
  return words >= kMinContainedWords &&
         (" " + longer + " ").find(" " + shorter + " ") != std::string::npos;
}

}  // namespace

EventTraits TraitsOf(const amicus::v1::Event& event) {
  EventTraits traits;
  traits.type = event.type();
  traits.year = event.date().year();
  traits.month = event.date().month();
  traits.day = event.date().day();
  for (const Person& actor : event.actors()) {
    traits.actors.push_back(NameTraitsOf(actor));
  }
  traits.evidence_words = ContentWords(event.evidence().text());
  return traits;
}

QuoteTraits TraitsOf(const amicus::v1::Quote& quote) {
  QuoteTraits traits;
  traits.speaker_words = store::PersonWords(quote.speaker().name());
  traits.text = store::NormalizeName(quote.text());
  traits.words = ContentWords(quote.text());
  return traits;
}

bool SameEvent(const EventTraits& a, const EventTraits& b) {
  if (a.type != b.type || a.year != b.year || a.month != b.month) {
    return false;
  }
  if (a.day != 0 && b.day != 0 && a.day != b.day) return false;
  return ActorsOverlap(a, b) ||
         Jaccard(a.evidence_words, b.evidence_words) >= kSameEvidence;
}

bool SameQuote(const QuoteTraits& a, const QuoteTraits& b) {
  if (!SameSpeaker(a.speaker_words, b.speaker_words)) return false;
  if (a.text.empty() || b.text.empty()) return false;
  return a.text == b.text || OneContainsTheOther(a.text, b.text) ||
         Jaccard(a.words, b.words) >= kSameQuotation;
}

}  // namespace amicus::query
