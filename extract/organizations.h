#ifndef AMICUS_EXTRACT_ORGANIZATIONS_H_
#define AMICUS_EXTRACT_ORGANIZATIONS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "extract/words.h"

namespace amicus::extract {

// Organizations a document names, learned from the document itself:
// acronym definitions ("International Service for Human Rights (ISHR)",
// "ISHR (International Service for Human Rights)") and capitalized names
// whose initials spell an acronym the document uses without defining it.
class OrgDirectory {
 public:
  explicit OrgDirectory(absl::string_view text);
  // The same from `text` already tokenized (`words` = Tokenize(text)).
  OrgDirectory(absl::string_view text, const std::vector<Word>& words);

  // "ICJ" or "the ICJ" -> "International Commission of Jurists" when the
  // document defines or spells it; otherwise `name` without a leading
  // "the" and without a trailing "(ACR)".
  std::string FullName(absl::string_view name) const;
  // The acronym the document uses for `full_name`, or empty.
  std::string AcronymOf(absl::string_view full_name) const;
  bool IsAcronym(absl::string_view word) const;
  // The one organization named in full whose last word is `head`
  // ("Tribunal" -> "Regional Human Rights Tribunal"), or empty when the
  // document names none or several.
  std::string ByHead(absl::string_view head) const;
  // Every organization learned, full names in order of first appearance
  // (defined acronyms first).
  const std::vector<std::string>& Names() const { return names_; }

 private:
  void Remember(const std::string& full);
  void LearnDefinitions(const std::vector<Word>& words);
  void LearnInitials(absl::string_view text, const std::vector<Word>& words);

  absl::flat_hash_map<std::string, std::string> by_acronym_;
  absl::flat_hash_map<std::string, std::string> acronym_of_;
  absl::flat_hash_map<std::string, std::string> by_initials_;
  std::vector<std::string> names_;
  absl::flat_hash_set<std::string> remembered_;  // names_, lowercase
  absl::flat_hash_map<std::string, std::string> by_head_;  // "" when ambiguous
};

// Whether a capitalized phrase names a body rather than a person: it holds
// a word such as Court, Commission, Union, Coalition, Network, Watch, or
// is an acronym.
bool LooksLikeOrganization(absl::string_view phrase);

// "Association", "Foundation": one word in title case that is a body's
// head noun. Alone on a line of a list it ends the name above it.
bool IsBodyHeadNoun(absl::string_view word);

// Initials of the content words of `phrase` ("International Commission of
// Jurists" -> "ICJ").
std::string Initials(const std::vector<absl::string_view>& words);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_ORGANIZATIONS_H_
