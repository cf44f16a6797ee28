#include "extract/people.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"

namespace amicus::extract {
namespace {

constexpr size_t kMaxNameWords = 10;

bool IsInitial(const Word& w) {
  return w.text.size() == 2 && w.text[1] == '.' &&
         absl::ascii_isupper(static_cast<unsigned char>(w.text[0]));
}

// Given names customarily written short with a dot ("Ma." for Maria in
// the Philippines, "Md." and "Mohd." for Mohammad, "Wm.", "Jos.", "Fco.").
bool IsGivenNameAbbreviation(const Word& w) {
  static const auto* kShort = new absl::flat_hash_set<std::string>{
      "Ma", "Md", "Mohd", "Muh", "Wm", "Jos", "Fco", "Geo", "Chas", "Jas", "Thos"};
  return kShort->contains(w.text);
}

std::string Surname(absl::string_view name) {
  std::vector<Word> words = Tokenize(name);
  for (size_t k = words.size(); k > 0; --k) {
    const Word& w = words[k - 1];
    if (!w.is_word || IsInitial(w)) continue;
    std::string lower = absl::AsciiStrToLower(w.text);
    if (lower == "jr." || lower == "jr" || lower == "sr" || lower == "ii") continue;
    return lower;
  }
  return "";
}

}  // namespace

bool IsTitleWord(absl::string_view w) {
  static const auto* kTitles = new absl::flat_hash_set<absl::string_view>{
      "president", "vice", "secretary", "general", "state", "minister",
      "prime", "foreign", "advisor", "adviser", "national", "security",
      "director", "executive", "deputy", "chief", "prosecutor", "judge",
      "justice", "senator", "sen.", "rep.", "representative", "ambassador",
      "governor", "mayor", "chair", "chairman", "chairperson", "chairwoman",
      "spokesperson", "spokesman", "spokeswoman", "officer", "counsel",
      "legal", "attorney", "commissioner", "high", "special", "rapporteur",
      "u.s.", "us", "u.n.", "un", "uk", "u.k.", "israeli", "american",
      "british", "french", "russian", "chinese", "mr.", "mrs.", "ms.", "dr.",
      "mr", "mrs", "ms", "dr", "professor", "prof.", "king", "queen",
      "coordinator", "head", "leader", "member", "envoy", "assistant",
      "former", "acting", "interim", "senior", "minority", "majority",
      "speaker", "mp", "mep", "congressman", "congresswoman", "lawmaker", "defense",
      "defence", "interior", "affairs", "homeland", "treasury", "attorney-general",
      "secretary-general", "under-secretary", "assistant-secretary", "of",
      "the", "and", "for", "to", "at", "regional", "program", "programme",
      "officials", "official", "lord", "sir", "his", "her", "excellency",
      // "Committee Expert Jonas Weller", "Independent Expert on ...": a UN
      // body's member and mandate.
      "expert"};
  return kTitles->contains(w);
}

void SplitTitle(absl::string_view phrase, std::string& title,
                std::string& name) {
  std::vector<Word> words = Tokenize(phrase);
  size_t k = words.size();
  while (k > 0) {
    const Word& w = words[k - 1];
    bool name_word = w.is_word && (w.capitalized() || IsInitial(w)) &&
                     !IsTitleWord(absl::AsciiStrToLower(w.text));
    bool suffix = w.text == "," || w.Is("jr.") || w.Is("jr");
    bool short_given = w.text == "." && k >= 2 && IsGivenNameAbbreviation(words[k - 2]);
    if (!name_word && !suffix && !short_given) break;
    --k;
  }
  while (k < words.size() && !words[k].is_word) ++k;
  if (k == words.size()) {
    title.clear();
    name = std::string(phrase);
    return;
  }
  size_t cut = words[k].begin;
  title = std::string(absl::StripAsciiWhitespace(phrase.substr(0, cut)));
  title = std::string(absl::StripSuffix(title, ","));
  name = std::string(absl::StripAsciiWhitespace(phrase.substr(cut)));
}

void PersonDirectory::Add(const PersonInfo& person) {
  if (person.name.empty()) return;
  std::string full = absl::AsciiStrToLower(person.name);
  std::string surname = Surname(person.name);
  if (by_key_.contains(full)) {
    PersonInfo& known = people_[by_key_[full]];
    // "EADN Executive Director" learned as a title, later split into the
    // role and its organization.
    if (known.organization.empty() && !person.organization.empty() && !person.role.empty() &&
        absl::EndsWith(known.role, person.role)) {
      known.role = person.role;
    }
    if (known.role.empty()) known.role = person.role;
    if (known.organization.empty()) known.organization = person.organization;
    return;
  }
  people_.push_back(person);
  by_key_.try_emplace(full, people_.size() - 1);
  if (!person.is_organization && !surname.empty() && surname != full) {
    by_key_.try_emplace(surname, people_.size() - 1);
  }
}

const PersonInfo* PersonDirectory::Find(absl::string_view mention) const {
  std::string key = absl::AsciiStrToLower(StripPossessive(absl::StripAsciiWhitespace(mention)));
  auto it = by_key_.find(key);
  if (it == by_key_.end()) {
    std::vector<Word> words = Tokenize(key);
    // "Secretary Pompeo", "Michael R. Pompeo": try the surname
    if (words.size() > 1 && words.size() <= 4) it = by_key_.find(Surname(key));
    // "Marta Ruiz" is not "Ana Ruiz": a given name the person's full name
    // lacks rules the surname match out; titles and initials do not.
    if (it != by_key_.end() && !people_[it->second].is_organization) {
      std::string full = absl::AsciiStrToLower(people_[it->second].name);
      std::vector<Word> full_words = Tokenize(full);
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        const Word& w = words[k];
        if (!w.is_word || w.text.size() <= 2 || IsTitleWord(w.text)) continue;
        bool held = std::any_of(full_words.begin(), full_words.end(),
                                [&](const Word& f) { return f.text == w.text; });
        if (!held) return nullptr;
      }
    }
  }
  return it == by_key_.end() ? nullptr : &people_[it->second];
}

namespace {

// "House of Peoples' Representatives", "Workers' Party": the apostrophe
// of a plural possessive, glued to its "-s" word and followed by a
// capitalized one, is inside a body's name. (A singular "'s" is part of
// its word, and ends a name: "Amnesty International's Secretary General".)
bool PluralPossessiveInName(const std::vector<Word>& words, size_t k) {
  const Word& w = words[k];
  if (w.is_word || !(w.text == "'" || w.text == "\xE2\x80\x99")) return false;
  if (k == 0 || k + 1 >= words.size()) return false;
  const Word& before = words[k - 1];
  const Word& after = words[k + 1];
  return before.is_word && before.end == w.begin && absl::EndsWith(before.text, "s") &&
         after.capitalized() && after.begin == w.end + 1;
}

}  // namespace

size_t NameLength(const std::vector<Word>& words, size_t at) {
  // Asked at every token by three scans; most start with no capital (ASCII
  // or the 0xC3 lead byte of a Latin-1 letter), so are neither capitalized
  // nor an initial, and start no name.
  if (at >= words.size()) return 0;
  absl::string_view head = words[at].text;
  unsigned char first = head.empty() ? 0 : static_cast<unsigned char>(head[0]);
  if (!absl::ascii_isupper(first) && first != 0xC3) return 0;
  size_t k = at;
  size_t end = at;
  while (k < words.size() && k - at < kMaxNameWords) {
    const Word& w = words[k];
    if (w.capitalized() || IsInitial(w)) {
      end = k + 1;
      if (StripPossessive(w.text).size() != w.text.size()) break;
    } else if (w.text == "." && k > at && IsGivenNameAbbreviation(words[k - 1]) &&
               k + 1 < words.size() && words[k + 1].capitalized()) {
      // "Ma. Lourdes B. Santos": the dot of a shortened given name.
    } else if (k > at && PluralPossessiveInName(words, k)) {
      // "Peoples' Representatives": the name goes on.
    } else if (!(k > at && w.is_word && IsNameConnectorAnyCase(w.text))) {
      break;
    }
    ++k;
  }
  return end - at;
}

size_t HonorificLength(const std::vector<Word>& words, size_t at) {
  static const auto* kHonorifics = new absl::flat_hash_set<std::string>{
      "dr", "dr.", "atty", "atty.", "prof", "prof.", "professor", "mr", "mr.",
      "mrs", "mrs.", "ms", "ms.", "me", "maître", "hon", "hon.", "rev", "rev.",
      "h.e.", "sir", "dame"};
  size_t k = at;
  while (k + 1 < words.size() && words[k].capitalized() &&
         kHonorifics->contains(absl::AsciiStrToLower(words[k].text)) &&
         words[k + 1].is_word == false && words[k + 1].text == ".") {
    k += 2;
  }
  // "Me Clarisse Nibizi", "H.E. Mariela Soto": no separate dot.
  while (k + 1 < words.size() && words[k].capitalized() &&
         kHonorifics->contains(absl::AsciiStrToLower(words[k].text)) &&
         words[k + 1].capitalized()) {
    ++k;
  }
  return k - at;
}

namespace {

constexpr size_t kMaxRoleWords = 12;
// A UN mandate's title after a name runs longer: "Special Rapporteur on the
// promotion and protection of the right to freedom of opinion and expression".
constexpr size_t kMaxOfficeWords = 20;

// A bare personal name: two to four capitalized words or initials, none a
// title or an organization word.
// Capitalized words that start sentences or date them and so begin no
// name: "On Monday", "Founded in", "Previous reports", "In April".
bool IsSentenceStarter(absl::string_view lowercase) {
  static const auto* kStarters = new absl::flat_hash_set<absl::string_view>{
      "on", "in", "at", "by", "for", "from", "with", "to", "of", "as", "if",
      "when", "while", "after", "before", "since", "during", "until", "under",
      "over", "the", "a", "an", "this", "that", "these", "those", "it", "its",
      "we", "our", "they", "their", "he", "his", "she", "her", "i", "you",
      "your", "there", "here", "but", "and", "or", "so", "yet", "also", "not",
      "no", "all", "some", "many", "most", "more", "every", "each", "other",
      "such", "both", "either", "neither", "one", "two", "three", "today",
      "yesterday", "tomorrow", "last", "next", "previous", "earlier", "later",
      "recent", "recently", "new", "former", "founded", "following",
      "according", "including", "despite", "although", "though", "however",
      "meanwhile", "moreover", "furthermore", "please", "read", "see", "join",
      "follow", "contact", "about", "media", "press", "note", "notes",
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday"};
  return kStarters->contains(lowercase);
}

bool IsBareName(absl::string_view t, const std::vector<Word>& w, size_t at, size_t n) {
  size_t dots = 0;  // of shortened given names ("Ma. Lourdes Santos")
  for (size_t k = at + 1; k < at + n; ++k) dots += w[k].text == "." ? 1 : 0;
  if (n - dots < 2 || n - dots > 4) return false;
  for (size_t k = at; k < at + n; ++k) {
    if (w[k].text == "." && k > at && IsGivenNameAbbreviation(w[k - 1])) continue;
    if (!(w[k].capitalized() || IsInitial(w[k])) || IsTitleWord(absl::AsciiStrToLower(w[k].text))) {
      return false;
    }
  }
  return !LooksLikeOrganization(t.substr(w[at].begin, w[at + n - 1].end - w[at].begin));
}

bool HasOfficeWord(const std::vector<Word>& w, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (w[k].capitalized() && IsOfficeWord(absl::AsciiStrToLower(w[k].text))) return true;
  }
  return false;
}

// Where the role of "Name, Role" starts when the token after the name (at
// `after`) is a comma: a title word right after it, or "the" and a
// capitalized phrase that holds an office ("the United Nations High
// Commissioner"). w.size() when there is none.
size_t RoleAfterComma(const std::vector<Word>& w, size_t after) {
  if (after + 1 >= w.size() || w[after].text != ",") return w.size();
  const Word& next = w[after + 1];
  if (next.capitalized() && IsTitleWord(absl::AsciiStrToLower(next.text))) return after + 1;
  if (next.text != "the" || after + 2 >= w.size() || !w[after + 2].capitalized()) {
    return w.size();
  }
  size_t end = after + 2;
  while (end < w.size() && end - after < kMaxRoleWords && w[end].capitalized()) ++end;
  return HasOfficeWord(w, after + 2, end) ? after + 2 : w.size();
}

bool HasOfficeWordAnyCase(const std::vector<Word>& w, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (w[k].is_word && IsOfficeWord(absl::AsciiStrToLower(w[k].text))) return true;
  }
  return false;
}

// Whether text[a, b) holds a line break: names and appositives stay on
// one line.
bool CrossesLine(absl::string_view t, size_t a, size_t b) {
  return t.substr(a, b - a).find('\n') != absl::string_view::npos;
}

}  // namespace

bool IsOfficeWord(absl::string_view lowercase) {
  static const auto* kOffices = new absl::flat_hash_set<absl::string_view>{
      "president", "secretary", "minister", "director", "prosecutor", "judge",
      "justice", "senator", "ambassador", "governor", "mayor", "chair",
      "chairman", "chairperson", "chairwoman", "spokesperson", "spokesman",
      "spokeswoman", "officer", "counsel", "commissioner", "rapporteur",
      "advisor", "adviser", "head", "leader", "envoy", "coordinator",
      "representative", "secretary-general", "attorney-general", "attorney",
      "researcher", "lawyer", "founder", "co-founder", "manager", "campaigner",
      "ceo", "member", "correspondent", "editor", "co-chair", "chief",
      "convener", "convenor"};
  return kOffices->contains(lowercase);
}

namespace {

// LooksLikePersonName on the words w[at, at + n) of `t`.
bool PersonNameAt(absl::string_view t, const std::vector<Word>& w, size_t at, size_t n) {
  if (n == 0 || IsSentenceStarter(absl::AsciiStrToLower(w[at].text))) return false;
  for (size_t k = at; k < at + n; ++k) {
    if (w[k].is_word && w[k].all_caps() && w[k].text.size() > 1 && !IsInitial(w[k])) return false;
  }
  return IsBareName(t, w, at, n);
}

// A word SplitTitle keeps in the name: capitalized or an initial, no title.
bool IsNameWord(const Word& w) {
  return w.is_word && (w.capitalized() || IsInitial(w)) &&
         !IsTitleWord(absl::AsciiStrToLower(w.text));
}

}  // namespace

bool LooksLikeSurname(absl::string_view word) {
  std::vector<Word> words = Tokenize(word);
  if (words.size() != 1 || !words[0].capitalized()) return false;
  std::string lower = absl::AsciiStrToLower(StripPossessive(words[0].text));
  return !IsSentenceStarter(lower) && !IsTitleWord(lower) && HonorificLength(words, 0) == 0 &&
         !LooksLikeOrganization(word);
}

bool LooksLikePersonName(absl::string_view phrase) {
  std::vector<Word> words = Tokenize(phrase);
  return PersonNameAt(phrase, words, 0, words.size());
}

void PersonDirectory::LearnTitled(absl::string_view text) {
  LearnTitled(text, Tokenize(text));
}

void PersonDirectory::LearnTitled(absl::string_view text, const std::vector<Word>& words) {
  size_t i = 0;
  while (i < words.size()) {
    size_t n = NameLength(words, i);
    if (n < 2) {
      i += n == 0 ? 1 : n;
      continue;
    }
    absl::string_view phrase = text.substr(words[i].begin,
                                           words[i + n - 1].end - words[i].begin);
    std::string title, name;
    SplitTitle(phrase, title, name);
    std::vector<Word> title_words = Tokenize(title);
    bool titled = !title_words.empty() && title_words.back().capitalized() &&
                  IsTitleWord(absl::AsciiStrToLower(title_words.back().text)) &&
                  HasOfficeWord(title_words, 0, title_words.size());
    // Most capitalized runs carry no title: the name is tokenized only
    // for those that do.
    size_t name_words = titled ? Tokenize(name).size() : 0;
    if (titled && name_words >= 2 && name_words <= 4 && name.find('\n') == std::string::npos &&
        !LooksLikeOrganization(name) && !LooksLikeOrganization(title)) {
      Add({name, title, "", false});
    }
    i += n;
  }
}

void PersonDirectory::LearnAppositives(absl::string_view text, const OrgDirectory& orgs) {
  LearnAppositives(text, Tokenize(text), orgs);
}

void PersonDirectory::LearnAppositives(absl::string_view text, const std::vector<Word>& w,
                                       const OrgDirectory& orgs) {
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    size_t n = NameLength(w, i);
    // "On Monday, the Attorney General accused ...": a fronted date is
    // no one's name.
    if (!IsBareName(text, w, i, n) || CrossesLine(text, w[i].begin, w[i + n - 1].end) ||
        IsSentenceStarter(absl::AsciiStrToLower(w[i].text))) {
      continue;
    }
    size_t after = i + n;
    bool closed = after >= w.size() || w[after].text == "," || w[after].text == "." ||
                  !w[after].capitalized();
    // "..., Arman Kessler," after a title phrase.
    if (i >= 2 && w[i - 1].text == "," && closed &&
        !CrossesLine(text, w[i - 2].end, w[i].begin)) {
      size_t start = i - 1;
      while (start > 0 && i - start < kMaxRoleWords &&
             (w[start - 1].capitalized() ||
              (w[start - 1].is_word && IsNameConnectorAnyCase(w[start - 1].text)))) {
        --start;
      }
      while (start < i - 1 && !w[start].capitalized()) ++start;
      if (start < i - 1 && HasOfficeWord(w, start, i - 1) &&
          !CrossesLine(text, w[start].begin, w[i - 2].end)) {
        std::string role, organization;
        SplitRole(text.substr(w[start].begin, w[i - 2].end - w[start].begin), orgs,
                  role, organization);
        Add({std::string(text.substr(w[i].begin, w[after - 1].end - w[i].begin)), role,
             organization, false});
        i = after - 1;
        continue;
      }
    }
    // "Maria Okonkwo, Executive Director of the ..., said"; "Omar Haddad,
    // the United Nations High Commissioner for ...".
    size_t role_at = RoleAfterComma(w, after);
    if (role_at < w.size() && !CrossesLine(text, w[i].begin, w[role_at].end)) {
      size_t end = role_at;
      while (end < w.size() && end - after < kMaxOfficeWords && w[end].text != "," &&
             !CrossesLine(text, w[end - 1].end, w[end].begin) &&
             w[end].text != "." && w[end].text != ";" && w[end].text != "(") {
        ++end;
      }
      std::string role, organization;
      SplitRole(text.substr(w[role_at].begin, w[end - 1].end - w[role_at].begin), orgs,
                role, organization);
      Add({std::string(text.substr(w[i].begin, w[after - 1].end - w[i].begin)), role,
           organization, false});
    }
    i = after - 1;
  }
}

void PersonDirectory::LearnNames(absl::string_view text, const std::vector<Word>& words) {
  constexpr size_t kMaxNamesPerWord = 4;
  size_t i = 0;
  while (i < words.size()) {
    size_t n = NameLength(words, i);
    if (n == 0) {
      ++i;
      continue;
    }
    // "On Monday Omar Farid": the name starts after the starters, and
    // "Peter Grant and Karim Nour" holds two.
    size_t b = i;
    while (b < i + n && IsSentenceStarter(absl::AsciiStrToLower(words[b].text))) ++b;
    while (b < i + n) {
      size_t e = b;
      while (e < i + n && !words[e].Is("and") && words[e].text != "&") ++e;
      // The name is the run's tail of name words, as SplitTitle cuts it;
      // the word after a title's connector is the title's ("Director for
      // Europe Maria Santos").
      size_t start = e;
      while (start > b && IsNameWord(words[start - 1])) --start;
      if (start > b && !words[start - 1].capitalized() &&
          IsNameConnectorAnyCase(words[start - 1].text)) {
        ++start;
      }
      if (start < e && !CrossesLine(text, words[start].begin, words[e - 1].end) &&
          PersonNameAt(text, words, start, e - start)) {
        size_t index = full_names_.size();
        full_names_.push_back(std::string(StripPossessive(
            text.substr(words[start].begin, words[e - 1].end - words[start].begin))));
        for (size_t k = start; k < e; ++k) {
          if (!words[k].is_word || IsInitial(words[k])) continue;
          std::vector<size_t>& holders =
              full_by_word_[absl::AsciiStrToLower(StripPossessive(words[k].text))];
          if (holders.size() < kMaxNamesPerWord) holders.push_back(index);
        }
      }
      b = e + 1;
    }
    i += n;
  }
}

std::string PersonDirectory::FullestName(absl::string_view mention) const {
  std::vector<Word> words = Tokenize(StripPossessive(absl::StripAsciiWhitespace(mention)));
  std::vector<std::string> parts;
  for (const Word& w : words) {
    if (w.is_word && !IsInitial(w)) parts.push_back(absl::AsciiStrToLower(w.text));
  }
  if (parts.empty()) return std::string(mention);
  auto it = full_by_word_.find(parts.back());
  if (it == full_by_word_.end()) return std::string(mention);
  // The longest name holding every word of the mention; the first given
  // among equals.
  std::string best(mention);
  size_t best_words = parts.size();
  for (size_t index : it->second) {
    const std::string& full = full_names_[index];
    std::vector<Word> full_words = Tokenize(full);
    size_t held = 0;
    for (const std::string& part : parts) {
      for (const Word& w : full_words) held += absl::AsciiStrToLower(w.text) == part ? 1 : 0;
    }
    size_t count = 0;
    for (const Word& w : full_words) count += w.is_word ? 1 : 0;
    if (held >= parts.size() && count > best_words) {
      best = full;
      best_words = count;
    }
  }
  return best;
}

// "Rights Now’s Middle East director": a capitalized possessor opening a
// role that holds an office is the organization the role belongs to.
bool LeadingPossessor(absl::string_view text, const std::vector<Word>& w,
                      std::string& owner, std::string& role) {
  // "Ms Sorel’s lawyer": a person owns the role, no organization does.
  if (HonorificLength(w, 0) > 0) return false;
  for (size_t k = 0; k < w.size() && k < kMaxRoleWords; ++k) {
    if (!w[k].is_word) return false;
    if (!w[k].capitalized() && !IsNameConnectorAnyCase(w[k].text)) return false;
    absl::string_view bare = StripPossessive(w[k].text);
    if (bare.size() == w[k].text.size()) continue;
    if (k + 1 >= w.size() || !HasOfficeWordAnyCase(w, k + 1, w.size())) return false;
    owner = absl::StrCat(text.substr(0, w[k].begin), bare);
    role = std::string(absl::StripAsciiWhitespace(text.substr(w[k].end)));
    return true;
  }
  return false;
}

namespace {

// A role a person holds towards another person: "lawyer", "mother".
bool IsPersonalRelation(absl::string_view role) {
  static const auto* kRelations = new absl::flat_hash_set<absl::string_view>{
      "lawyer", "lawyers", "attorney", "counsel", "defence lawyer", "defense lawyer",
      "legal counsel", "mother", "father", "wife", "husband", "son", "daughter", "brother",
      "sister", "partner", "family", "relative", "friend", "colleague", "client"};
  return kRelations->contains(absl::AsciiStrToLower(role));
}

// "researcher at", "lawyer with": after a role these name a workplace,
// whatever its name ("head of advocacy at Voices for Justice"); "of" and
// "for" also head offices ("Director of Programmes", "Minister for Health").
bool AffiliationSeparator(absl::string_view sep) {
  return sep == " at the " || sep == " with the " || sep == " at " || sep == " with ";
}

// Every word capitalized but the connectors between them: "Voices for
// Justice", "Andean Legal Aid".
bool IsTitleCase(absl::string_view phrase) {
  std::vector<Word> w = Tokenize(phrase);
  if (w.empty() || !w.front().capitalized() || !w.back().capitalized()) return false;
  for (const Word& word : w) {
    if (!word.is_word) return false;
    if (!word.capitalized() && !IsNameConnectorAnyCase(word.text)) return false;
  }
  return true;
}

}  // namespace

void SplitRole(absl::string_view appositive, const OrgDirectory& orgs,
               std::string& role, std::string& organization) {
  std::string text(absl::StripAsciiWhitespace(appositive));
  while (!text.empty() && (text.back() == '.' || text.back() == ',')) text.pop_back();
  role.clear();
  organization.clear();
  // "Director of the ACLU’s Human Rights Program"
  std::vector<Word> tokens = Tokenize(text);
  for (const Word& w : tokens) {
    absl::string_view owner = StripPossessive(w.text);
    if (owner.size() != w.text.size() && orgs.IsAcronym(owner)) {
      organization = orgs.FullName(owner);
      role = text.substr(0, w.begin) + text.substr(std::min(text.size(), w.end + 1));
      role = std::string(absl::StripAsciiWhitespace(role));
      return;
    }
  }
  // "EADN Executive Director": a defined acronym before an office names
  // the office's organization.
  if (tokens.size() > 1 && orgs.IsAcronym(tokens[0].text) &&
      HasOfficeWordAnyCase(tokens, 1, tokens.size())) {
    organization = orgs.FullName(tokens[0].text);
    role = std::string(absl::StripAsciiWhitespace(text.substr(tokens[0].end)));
    return;
  }
  // "the Forum’s executive director": the article belongs to the owner.
  std::string owned =
      tokens.size() > 1 && tokens[0].Is("the") ? text.substr(tokens[1].begin) : text;
  if (LeadingPossessor(owned, Tokenize(owned), organization, role)) {
    // "Ana Ruiz’s lawyer", "Veno’s mother": a relation owned by someone
    // no sign makes a body is a person's, and names no organization.
    if (IsPersonalRelation(role) && !LooksLikeOrganization(organization) &&
        !orgs.IsAcronym(organization)) {
      organization.clear();
      role = text;
      return;
    }
    organization = orgs.FullName(organization);
    return;
  }
  for (absl::string_view sep : {" of the ", " at the ", " for the ", " with the ",
                                " of ", " at ", " for ", " with "}) {
    size_t pos = text.rfind(std::string(sep));
    if (pos == std::string::npos) continue;
    std::string rest = text.substr(pos + sep.size());
    // "Special Rapporteur on the situation of human rights defenders": a
    // lowercase phrase is part of the office, not a body's name.
    if (!absl::ascii_isupper(static_cast<unsigned char>(rest[0]))) continue;
    if (LooksLikeOrganization(rest) || orgs.IsAcronym(rest) ||
        (AffiliationSeparator(sep) && IsTitleCase(rest))) {
      role = text.substr(0, pos);
      organization = orgs.FullName(rest);
      return;
    }
  }
  // "Director, Media Defence Network" (an appositive after a dash).
  size_t comma = text.rfind(", ");
  if (comma != std::string::npos) {
    std::string rest = text.substr(comma + 2);
    if (!rest.empty() && absl::ascii_isupper(static_cast<unsigned char>(rest[0])) &&
        (LooksLikeOrganization(rest) || orgs.IsAcronym(rest))) {
      role = text.substr(0, comma);
      organization = orgs.FullName(rest);
      return;
    }
  }
  std::vector<Word> words = Tokenize(text);
  bool has_title = false;
  for (const Word& w : words)
    has_title = has_title || (IsTitleWord(absl::AsciiStrToLower(w.text)) && w.capitalized());
  // "human rights lawyer" holds an organization's word but names none.
  bool capitalized = !text.empty() && !absl::ascii_islower(static_cast<unsigned char>(text[0]));
  if (!has_title && capitalized && (LooksLikeOrganization(text) || orgs.IsAcronym(text))) {
    organization = orgs.FullName(text);
    return;
  }
  role = text;
}

}  // namespace amicus::extract
