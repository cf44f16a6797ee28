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

bool SameActor(const Person& a, const Person& b) {
  std::string org_a = store::OrganizationQueryKey(a.name());
  std::string org_b = store::OrganizationQueryKey(b.name());
  if (org_a.empty() || org_b.empty()) return false;
  if (store::OrganizationCore(org_a) == store::OrganizationCore(org_b)) {
    return true;
  }
  std::vector<std::string> wa = store::PersonWords(a.name());
  std::vector<std::string> wb = store::PersonWords(b.name());
  // A bare surname on one side: the caller already matched date and type.
  if (wa.size() == 1 || wb.size() == 1) return wa.back() == wb.back();
  return store::SamePerson(wa, wb);
}

bool ActorsOverlap(const amicus::v1::Event& a, const amicus::v1::Event& b) {
  for (const Person& x : a.actors()) {
    for (const Person& y : b.actors()) {
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

bool SameSpeaker(const Person& a, const Person& b) {
  std::vector<std::string> wa = store::PersonWords(a.name());
  std::vector<std::string> wb = store::PersonWords(b.name());
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

bool SameEvent(const amicus::v1::Event& a, const amicus::v1::Event& b) {
  if (a.type() != b.type() || a.date().year() != b.date().year() ||
      a.date().month() != b.date().month()) {
    return false;
  }
  if (a.date().day() != 0 && b.date().day() != 0 &&
      a.date().day() != b.date().day()) {
    return false;
  }
  return ActorsOverlap(a, b) ||
         Jaccard(ContentWords(a.evidence().text()),
                 ContentWords(b.evidence().text())) >= kSameEvidence;
}

bool SameQuote(const amicus::v1::Quote& a, const amicus::v1::Quote& b) {
  if (!SameSpeaker(a.speaker(), b.speaker())) return false;
  std::string text_a = store::NormalizeName(a.text());
  std::string text_b = store::NormalizeName(b.text());
  if (text_a.empty() || text_b.empty()) return false;
  return text_a == text_b || OneContainsTheOther(text_a, text_b) ||
         Jaccard(ContentWords(a.text()), ContentWords(b.text())) >=
             kSameQuotation;
}

}  // namespace amicus::query
