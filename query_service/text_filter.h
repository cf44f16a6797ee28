#ifndef AMICUS_QUERY_SERVICE_TEXT_FILTER_H_
#define AMICUS_QUERY_SERVICE_TEXT_FILTER_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/column_families.h"
#include "query_service/stream_plan.h"
#include "store/intersect_cursor.h"

namespace amicus::query {

// A text_contains request: words (store/text_words.h) that must all occur
// in a record's texts, and quoted phrases whose words must occur in order,
// next to each other, within one text. `visa ban` is two words anywhere,
// `"visa ban"` the phrase. A token that is several words ("O'Brien",
// "ex-minister") is a phrase of them. Whole words only: "ban" does not
// match "banned".
class TextFilter {
 public:
  // nullptr when `query` is empty; INVALID_ARGUMENT (naming `field`) when
  // it has no word.
  static absl::StatusOr<std::shared_ptr<const TextFilter>> Make(
      absl::string_view field, absl::string_view query);

  // The word index terms (one per distinct word, phrases' words included)
  // that hold every match: a superset, which Matches narrows for phrases.
  std::vector<store::IndexTerm> Terms(store::Cf word_index) const;

  // Whether `texts` (one record's) hold every word, and each phrase within
  // one of them.
  bool Matches(const std::vector<absl::string_view>& texts) const;

  // Whether the word index answers this filter exactly (no phrase to
  // check on the record).
  bool AnsweredByIndex() const { return phrases_.empty(); }

 private:
  TextFilter() = default;
  // Matches without phrases: stops at the last word found.
  bool HasEveryWord(const std::vector<absl::string_view>& texts) const;

  std::vector<std::string> words_;                 // distinct, every word
  std::vector<std::vector<std::string>> phrases_;  // two words or more
};

// For a plan whose stored phase reads the intersection of `text`'s words
// (and maybe other indexes): when the words are all there is to check, the
// stored phase checks only `others` (the filters but text), and when
// `nothing_else` (no filter the intersection does not answer exactly), the
// records go out unparsed.
template <typename Record>
void CheckWordsInIndexOnly(const TextFilter& text, bool nothing_else,
                           std::function<bool(const Record&)> others,
                           StreamPlan<Record>* plan) {
  if (!text.AnsweredByIndex()) return;
  plan->stored_matches = std::move(others);
  if (nothing_else) {
    plan->matches_position = [](absl::string_view) { return true; };
  }
}

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_TEXT_FILTER_H_
