#ifndef AMICUS_EXTRACT_PEOPLE_H_
#define AMICUS_EXTRACT_PEOPLE_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "extract/organizations.h"
#include "extract/words.h"

namespace amicus::extract {

struct PersonInfo {
  std::string name;          // full name as first given
  std::string role;          // "Secretary General", or empty
  std::string organization;  // full organization name, or empty
  bool is_organization = false;
};

// Whether `lowercase` is a title or office word ("president",
// "secretary", "minister", "director", "u.s.", "israeli"...).
bool IsTitleWord(absl::string_view lowercase);

// Whether `lowercase` names an office on its own ("director", "judge",
// "spokesperson", "ceo", "member"); "u.s." or "former" do not.
bool IsOfficeWord(absl::string_view lowercase);

// Whether `phrase` reads as a personal name written out: two to four
// capitalized words or initials, none a title, an organization word, or
// a word that starts sentences ("On", "Founded", "Previous"), a month or
// a weekday; "Mr" or "Judge" alone is no name.
bool LooksLikePersonName(absl::string_view phrase);

// Whether the single word `word` may be a surname said alone ("Byrne"):
// capitalized, and no sentence starter, month, honorific or title.
bool LooksLikeSurname(absl::string_view word);

// Splits "U.S. Secretary of State Michael R. Pompeo" into the title
// ("U.S. Secretary of State") and the name ("Michael R. Pompeo").
void SplitTitle(absl::string_view phrase, std::string& title,
                std::string& name);

// People a document names, so that "said Zarifi" or "Pompeo threatened"
// resolve to the full name first given ("Sam Zarifi", "Michael Pompeo").
class PersonDirectory {
 public:
  // Registers a person; the first registration of a surname wins.
  void Add(const PersonInfo& person);
  // The registered person whose full name or surname is `mention`.
  const PersonInfo* Find(absl::string_view mention) const;
  // Learns people introduced with a title: "Prime Minister Benjamin
  // Netanyahu", "National Security Advisor John Bolton".
  void LearnTitled(absl::string_view text);
  // Learns people introduced by an appositive: "the Minister of Interior
  // of Veloria, Arman Kessler," and "Maria Okonkwo, Executive Director of
  // the Coalition for Independent Justice".
  void LearnAppositives(absl::string_view text, const OrgDirectory& orgs);
  // The same two, given `words` = Tokenize(text), so that a caller that
  // runs both tokenizes the text once.
  void LearnTitled(absl::string_view text, const std::vector<Word>& words);
  void LearnAppositives(absl::string_view text, const std::vector<Word>& words,
                        const OrgDirectory& orgs);
  // Learns every personal name the text writes out in full ("Nora
  // O'Brien", "Forum Director Paul Byrne" -> "Paul Byrne"), for FullestName.
  // Find() does not use them: they carry no role.
  void LearnNames(absl::string_view text, const std::vector<Word>& words);
  // The fullest form the document gives of the person `mention` names:
  // "O'Brien" or "Nora" -> "Nora O'Brien"; `mention` itself when the
  // document writes no fuller form.
  std::string FullestName(absl::string_view mention) const;
  // Everyone registered, in order of registration.
  const std::vector<PersonInfo>& people() const { return people_; }

 private:
  std::vector<PersonInfo> people_;
  absl::flat_hash_map<std::string, size_t> by_key_;
  // Names written in full, and for each of their words (lowercase) the
  // indexes of the names holding it.
  std::vector<std::string> full_names_;
  absl::flat_hash_map<std::string, std::vector<size_t>> full_by_word_;
};

// A person or body named at the start of `words[at..]`: a run of
// capitalized words (initials, particles and connectors allowed). Returns
// how many words it spans, 0 if none.
size_t NameLength(const std::vector<Word>& words, size_t at);

// Tokens of a courtesy title before a name ("Dr.", "Atty.", "H.E.", "Me"),
// 0 when there is none: the speaker is the name after it, as in gold.
size_t HonorificLength(const std::vector<Word>& words, size_t at);

// "Secretary General of the ICJ" -> role "Secretary General", organization
// "International Commission of Jurists"; "Director of the ACLU’s Human
// Rights Program" -> role "Director of the Human Rights Program",
// organization "American Civil Liberties Union".
void SplitRole(absl::string_view appositive, const OrgDirectory& orgs,
               std::string& role, std::string& organization);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PEOPLE_H_
