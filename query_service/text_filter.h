#ifndef AMICUS_QUERY_SERVICE_TEXT_FILTER_H_
#define AMICUS_QUERY_SERVICE_TEXT_FILTER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "store/column_families.h"
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

 private:
  TextFilter() = default;

  std::vector<std::string> words_;                 // distinct, every word
  std::vector<std::vector<std::string>> phrases_;  // two words or more
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_TEXT_FILTER_H_
