#include "extract/quote_attribution.h"

#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/people.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

// The words of t[from, to) without a retirement mark inside a title
// ("Judge (ret.) Samuel Okoro", "Justice (Rtd) ..."): the mark stands
// between a title and the name, where no name scan would step over it.
std::vector<Word> AttributionWords(absl::string_view t, size_t from, size_t to) {
  std::vector<Word> w = Tokenize(t.substr(from, to - from), from);
  std::vector<Word> out;
  out.reserve(w.size());
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k].text == "(" && k > 0 && w[k - 1].capitalized() && k + 2 < w.size() &&
        (w[k + 1].Is("ret") || w[k + 1].Is("retd") || w[k + 1].Is("rtd") ||
         w[k + 1].Is("retired"))) {
      size_t close = k + 2;
      if (w[close].text == "." && close + 1 < w.size()) ++close;
      if (w[close].text == ")") {
        k = close;
        continue;
      }
    }
    out.push_back(w[k]);
  }
  return out;
}

// Confidence of each sieve's evidence before the name is resolved: a
// speech verb next to a full name is the strongest cue; a name found
// further away, a pronoun or a reporting noun are weaker.
constexpr float kAdjacentName = 0.9f;
constexpr float kTitledName = 0.85f;
constexpr float kPronoun = 0.7f;
constexpr float kPronounReported = 0.6f;
constexpr float kAccordingTo = 0.85f;
constexpr float kSubjectBeforeCue = 0.9f;
constexpr float kRunBeforeCue = 0.75f;
constexpr float kIssuers = 0.4f;
constexpr float kIntroducedBySpeechVerb = 0.85f;
constexpr float kIntroducedByStatement = 0.7f;
constexpr float kEmbedded = 0.35f;
constexpr float kColonLead = 0.75f;
constexpr float kCut = 0.5f;
constexpr float kDashLine = 0.8f;
// Words between a speech verb and a name after a title: "said board
// member of X and spokesperson for Y, Nora O'Brien".
constexpr size_t kMaxTitleWords = 20;

// A cue is a lowercase verb: "States Parties" is no "states".
bool IsCueWord(const Word& w) {
  return w.is_word && !w.capitalized() && IsSpeechVerb(absl::AsciiStrToLower(w.text));
}

bool IsPronoun(const Word& w) {
  return w.Is("he") || w.Is("she") || w.Is("they");
}

bool IsInitialWord(const Word& w) {
  return w.is_word && w.text.size() == 2 && w.text[1] == '.';
}

// A name that may start with an owner: "Amnesty International’s
// Secretary General Ana Lima".
size_t PossessiveNameLength(const std::vector<Word>& w, size_t k) {
  size_t n = NameLength(w, k);
  if (n == 0) return 0;
  const Word& last = w[k + n - 1];
  if (StripPossessive(last.text).size() != last.text.size() && k + n < w.size()) {
    n += NameLength(w, k + n);
  }
  return n;
}

std::string Between(absl::string_view t, const Word& first, const Word& last) {
  return std::string(t.substr(first.begin, last.end - first.begin));
}

bool IsClauseStart(const Word& w) {
  static const auto* kStarts = new absl::flat_hash_set<absl::string_view>{
      "who", "whom", "whose", "which", "that", "adding", "noting", "and", "but",
      "as", "in", "on", "at", "when", "while", "after", "before", "because",
      "referring", "speaking", "saying", "explaining", "calling", "urging",
      "according", "the", "a", "an", "it", "he", "she", "they", "this"};
  return kStarts->contains(absl::AsciiStrToLower(w.text));
}

bool IsDashWord(const Word& w) {
  return w.text == "\xE2\x80\x93" || w.text == "\xE2\x80\x94" || w.text == "-";
}

// "said Ana Ruiz (Free Press Union)", "says Tomas Berg – Director, Media
// Watch": a bracketed body or a dash before a capitalized role is the
// appositive too. Lowercase words ("(pictured)", "– and she ...") are not.
std::string BracketOrDashAppositive(absl::string_view t, const std::vector<Word>& w,
                                    size_t k, size_t stop) {
  bool bracket = w[k].text == "(";
  if ((!bracket && !IsDashWord(w[k])) || k + 1 >= w.size() || !w[k + 1].capitalized()) {
    return "";
  }
  size_t end = k + 1;
  while (end < w.size() && w[end].begin < stop && w[end].text != "." && w[end].text != ";" &&
         w[end].text != ")" && w[end].text != "(" && !(bracket && w[end].text == ",") &&
         !(!bracket && IsDashWord(w[end]))) {
    ++end;
  }
  if (bracket && (end >= w.size() || w[end].text != ")")) return "";
  return Between(t, w[k + 1], w[end - 1]);
}

// The appositive after a name: ", Secretary General of the ICJ".
std::string Appositive(absl::string_view t, const std::vector<Word>& w,
                       size_t k, size_t stop) {
  if (k < w.size() && w[k].text != ",") return BracketOrDashAppositive(t, w, k, stop);
  if (k >= w.size() || w[k].text != "," || k + 1 >= w.size()) return "";
  // ", co-chair of the HHC" is a role; ", who ..." or ", adding ..." is not.
  // ", a senior counsel at the EALS" is one when it names an organization.
  bool article = w[k + 1].Is("a") || w[k + 1].Is("an");
  if (!w[k + 1].is_word || (IsClauseStart(w[k + 1]) && !article)) return "";
  size_t end = k + 1;
  while (end < w.size() && w[end].begin < stop && w[end].text != "." &&
         w[end].text != ";" && w[end].text != "," &&
         !w[end].text.empty() && w[end].text != "\xE2\x80\x93") {
    ++end;
  }
  if (end == k + 1) return "";
  return Between(t, w[k + 1], w[end - 1]);
}

// "his wife, Mary Wanjiru": kin speak for the people a release is about.
bool IsKinWord(absl::string_view lowercase) {
  static const auto* kKin = new absl::flat_hash_set<absl::string_view>{
      "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister",
      "partner", "cousin", "uncle", "aunt", "niece", "nephew", "widow", "widower"};
  return kKin->contains(lowercase);
}

bool HasOfficeWordIn(const std::vector<Word>& w, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    if (!w[k].is_word) continue;
    std::string l = absl::AsciiStrToLower(w[k].text);
    if (IsOfficeWord(l) || IsKinWord(l)) return true;
  }
  return false;
}

// "said [the] head of the Forum, Jonas Weber": a lowercase title ending in
// a comma and a personal name that closes the clause.
std::optional<Attribution> TitleThenName(absl::string_view t, const std::vector<Word>& w,
                                         size_t k) {
  for (size_t j = k; j < w.size() && j - k < kMaxTitleWords; ++j) {
    if (w[j].text == "." || w[j].text == ";") break;
    if (w[j].text != "," || j == k) continue;
    size_t n = NameLength(w, j + 1);
    if (n < 2) continue;
    size_t after = j + 1 + n;
    bool closes = after >= w.size() || w[after].text == "." || w[after].text == ",";
    std::string name = Between(t, w[j + 1], w[j + n]);
    if (!closes || !LooksLikePersonName(name) || !HasOfficeWordIn(w, k, j)) continue;
    Attribution a;
    a.name = name;
    a.appositive = Between(t, w[k], w[j - 1]);
    a.confidence = kTitledName;
    return a;
  }
  return std::nullopt;
}

// Words between a speaker and the speech verb: "publicly", "also",
// "has"; and time ("X, the minister, later described the court as
// “…”"), which tells when, not who.
bool IsAdverb(const Word& w) {
  return w.is_word && !w.capitalized() &&
         (absl::EndsWith(w.text, "ly") || w.Is("also") || w.Is("further") ||
          w.Is("again") || w.Is("then") || w.Is("has") || w.Is("have") ||
          w.Is("had") || w.Is("later") || w.Is("earlier"));
}

// "…, Maria Okonjo, <role>, said": the first comma-delimited personal name
// of w[0, cue), with what follows it up to the cue as the appositive.
std::optional<Attribution> CommaDelimitedSubject(absl::string_view t,
                                                 const std::vector<Word>& w,
                                                 size_t cue) {
  for (size_t k = 0; k + 1 < cue; ++k) {
    if (k > 0 && w[k - 1].text != ",") continue;
    size_t at = k + HonorificLength(w, k);
    size_t n = NameLength(w, at);
    if (n < 2 || at + n >= cue || w[at + n].text != ",") continue;
    std::string name = Between(t, w[at], w[at + n - 1]);
    if (!LooksLikePersonName(name)) continue;
    Attribution a;
    a.cue = absl::AsciiStrToLower(w[cue].text);
    a.name = name;
    size_t last = cue - 1;
    if (last > at + n && w[last].text == ",") --last;
    if (last > at + n) a.appositive = Between(t, w[at + n + 1], w[last]);
    a.confidence = kSubjectBeforeCue;
    return a;
  }
  return std::nullopt;
}

// The capitalized run right before w[end]: "Interior Minister Karl Brandt".
size_t RunStart(const std::vector<Word>& w, size_t end) {
  size_t start = end;
  while (start > 0 && (w[start - 1].capitalized() || IsInitialWord(w[start - 1]) ||
                       (start > 1 && w[start - 1].is_word &&
                        IsNameConnectorAnyCase(w[start - 1].text) &&
                        !w[start - 1].Is("and") && w[start - 2].capitalized()))) {
    --start;
  }
  return start;
}

// "from 22 NGOs", "signed by more than 40 organisations", "by dozens of
// groups": w[k] opens a letter's senders given as a count of parties.
bool SendersByCount(const std::vector<Word>& w, size_t k) {
  if (!w[k].Is("from") && !w[k].Is("by")) return false;
  static const auto* kVague = new absl::flat_hash_set<absl::string_view>{
      "more", "than", "over", "some", "nearly", "almost", "about", "around", "at", "least"};
  static const auto* kCounts = new absl::flat_hash_set<absl::string_view>{
      "dozens", "hundreds", "scores", "several", "many", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
      "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"};
  size_t j = k + 1;
  while (j < w.size() && kVague->contains(absl::AsciiStrToLower(w[j].text))) ++j;
  if (j >= w.size() || !w[j].is_word) return false;
  absl::string_view first = w[j].text;
  if (absl::ascii_isdigit(static_cast<unsigned char>(first[0]))) return true;
  return kCounts->contains(absl::AsciiStrToLower(first));
}

// Nouns and participles that report what someone said or wrote: a
// quotation embedded after one of them is that someone's words.
bool IsReportingWord(const Word& w) {
  static const auto* kWords = new absl::flat_hash_set<absl::string_view>{
      "letter", "letters", "statement", "statements", "remarks", "speech",
      "declaration", "reaffirmation", "pledge", "commitment", "promise",
      "communique", "tweet", "post", "op-ed", "resolution", "noting",
      "indicating", "saying", "stating", "threatening", "calling", "urging",
      "warning", "describing", "insisting", "claiming", "vowing", "pledging"};
  return w.is_word && !w.capitalized() && kWords->contains(absl::AsciiStrToLower(w.text));
}

// Lowercase words of a role before a name ("activist", "human rights
// lawyer"): up to three, none of them a verb of speech.
size_t LowercaseRoleLength(const std::vector<Word>& w, size_t k) {
  constexpr size_t kMaxRoleWords = 3;
  size_t n = 0;
  while (k + n < w.size() && n < kMaxRoleWords && w[k + n].is_word &&
         !w[k + n].capitalized() && !IsCueWord(w[k + n])) {
    ++n;
  }
  return n;
}

bool IsTimeWord(const Word& w) {
  static const auto* kTime = new absl::flat_hash_set<absl::string_view>{
      "yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "week",
      "month", "year", "earlier", "later", "again", "also", "then", "now", "recently"};
  return kTime->contains(absl::AsciiStrToLower(w.text));
}

bool IsParticipleCue(const Word& w) { return absl::EndsWith(w.text, "ing"); }

// The speaker named at w[k]: "Senators", "ICC States Parties", "your
// administration".
std::string AgentAt(absl::string_view t, const std::vector<Word>& w, size_t k) {
  if (k < w.size() && (w[k].Is("the") || w[k].Is("its"))) ++k;
  if (k >= w.size()) return "";
  if (w[k].Is("your") && k + 1 < w.size() && w[k + 1].is_word &&
      !w[k + 1].capitalized()) {
    return Between(t, w[k], w[k + 1]);
  }
  size_t n = NameLength(w, k);
  if (n == 0) return "";
  return Between(t, w[k], w[k + n - 1]);
}

}  // namespace

// "said CPFW Americas program director Lucía Benavente Soto": after the
// speech verb, a body's name w[k, k + n), a role in lowercase, then the
// person's full name closing the clause, the way press-freedom groups
// name their staff. The person speaks; the body and role are the
// appositive. "said Amnesty International on Monday" names no role.
std::optional<Attribution> BodyRoleThenName(absl::string_view t, const std::vector<Word>& w,
                                            size_t k, size_t n) {
  if (n == 0) return std::nullopt;
  size_t role = LowercaseRoleLength(w, k + n);
  if (role == 0) return std::nullopt;
  for (size_t r = k + n; r < k + n + role; ++r) {
    if (IsTimeWord(w[r])) return std::nullopt;
  }
  size_t name = k + n + role;
  size_t m = NameLength(w, name);
  size_t after = name + m;
  bool closes = after >= w.size() || w[after].text == "." || w[after].text == ",";
  if (m < 2 || !closes) return std::nullopt;
  Attribution a;
  a.name = Between(t, w[name], w[after - 1]);
  a.appositive = Between(t, w[k], w[name - 1]);
  a.confidence = kTitledName;
  return a;
}

bool IsSpeechVerb(absl::string_view lowercase) {
  static const auto* kCues = new absl::flat_hash_set<absl::string_view>{
      "said", "says", "added", "adds", "wrote", "writes", "stated", "states",
      "noted", "notes", "explained", "explains", "continued", "told", "tells",
      "warned", "warns", "declared", "declares", "commented", "remarked",
      "argued", "argues", "insisted", "insists", "emphasized", "emphasised",
      "stressed", "urged", "urges", "concluded", "asked", "asks", "tweeted",
      "announced", "called", "calls", "reads", "read", "recalled", "recalls",
      "observed", "affirmed", "affirms", "underlined", "highlighted", "described",
      "describes", "dubbed", "branded", "labelled", "labeled"};
  return kCues->contains(lowercase);
}

std::optional<Attribution> AttributionAfter(absl::string_view t, size_t from,
                                            size_t to) {
  std::vector<Word> w = AttributionWords(t, from, to);
  size_t k = 0;
  while (k < w.size() && !w[k].is_word) ++k;
  if (k >= w.size() || k > 2) return std::nullopt;
  Attribution a;
  a.end = to;
  std::string first = absl::AsciiStrToLower(w[k].text);
  bool according = first == "according" && k + 1 < w.size() && w[k + 1].Is("to");
  if (IsCueWord(w[k]) || according) {
    a.cue = according ? "according to" : first;
    k += according ? 2 : 1;
    if (k < w.size() && IsPronoun(w[k])) {
      a.previous_speaker = true;
      a.confidence = kPronoun;
      return a;
    }
    size_t titled_from = k;
    // "said activist Ana Ruiz", "tweeted opposition MP Davit Kaan": a
    // role in lowercase, then the name, which ends the clause.
    size_t role = LowercaseRoleLength(w, k);
    for (size_t r = k; r < k + role; ++r) {
      // "said yesterday Ana Ruiz": time, not a role.
      if (IsTimeWord(w[r])) role = 0;
    }
    if (role > 0 && !IsClauseStart(w[k]) && !IsAdverb(w[k])) {
      size_t n = NameLength(w, k + role);
      size_t after = k + role + n;
      bool closes = after >= w.size() || w[after].text == "." || w[after].text == ",";
      if (n >= 2 && closes) {
        std::string title, person;
        SplitTitle(Between(t, w[k + role], w[after - 1]), title, person);
        if (person.empty()) person = Between(t, w[k + role], w[after - 1]);
        a.name = person;
        // "opposition MP": the lowercase words and the title are one role.
        a.appositive = title.empty() ? Between(t, w[k], w[k + role - 1])
                                     : Between(t, w[k], w[k + role - 1]) + " " + title;
        a.confidence = kTitledName;
        return a;
      }
    }
    if (k < w.size() && w[k].Is("the")) ++k;
    k += HonorificLength(w, k);
    size_t n = PossessiveNameLength(w, k);
    if (std::optional<Attribution> staff = BodyRoleThenName(t, w, k, n)) {
      staff->cue = a.cue;
      staff->end = to;
      return staff;
    }
    // "said the Forum’s executive director, Petra Novak": the owner of a
    // role is no speaker when a name closes the clause.
    bool owner_only = n > 0 && StripPossessive(w[k + n - 1].text).size() != w[k + n - 1].text.size();
    if (n == 0 || owner_only) {
      std::optional<Attribution> titled = TitleThenName(t, w, titled_from);
      if (titled) {
        titled->cue = a.cue;
        titled->end = to;
      }
      if (titled || n == 0) return titled;
    }
    a.name = Between(t, w[k], w[k + n - 1]);
    a.appositive = Appositive(t, w, k + n, to);
    a.confidence = kAdjacentName;
    return a;
  }
  if (IsPronoun(w[k]) && k + 1 < w.size() && IsCueWord(w[k + 1])) {
    a.cue = absl::AsciiStrToLower(w[k + 1].text);
    a.previous_speaker = true;
    a.confidence = kPronoun;
    return a;
  }
  bool the = w[k].Is("the");
  if (the) ++k;
  k += HonorificLength(w, k);
  std::string appositive;
  // "…,” the activist Petra Lind told us": a role in lowercase before the
  // name; the cue must follow the name at once.
  size_t role = the ? LowercaseRoleLength(w, k) : 0;
  if (role > 0 && NameLength(w, k + role) > 0) {
    size_t named = k + role + NameLength(w, k + role);
    if (named >= w.size() || !IsCueWord(w[named])) return std::nullopt;
    appositive = Between(t, w[k], w[k + role - 1]);
    k += role;
  }
  size_t start = k;
  size_t n = NameLength(w, k);
  if (n == 0) return std::nullopt;
  size_t after = k + n;
  if (after < w.size() && w[after].text == ",") {
    appositive = Appositive(t, w, after, to);
    while (after + 1 < w.size() && after - k < 20 && !IsCueWord(w[after])) {
      ++after;
    }
  }
  if (after >= w.size() || !IsCueWord(w[after])) return std::nullopt;
  a.cue = absl::AsciiStrToLower(w[after].text);
  a.name = Between(t, w[start], w[k + n - 1]);
  a.appositive = appositive;
  a.confidence = kAdjacentName;
  return a;
}

// "Those were the words of X", "The warning came from X": a sentence
// whose subject is the quotation itself, called by a noun of speech, and
// whose predicate names the speaker. "The newspaper came from X" is not.
std::optional<Attribution> WordsOfNext(absl::string_view t, size_t from, size_t to) {
  static const auto* kSpeechNouns = new absl::flat_hash_set<absl::string_view>{
      "words", "warning", "call", "appeal", "message", "plea", "comment", "comments",
      "remarks", "statement", "reaction", "response", "assessment", "demand"};
  std::vector<Word> w = AttributionWords(t, from, to);
  if (w.size() < 5) return std::nullopt;
  size_t k = 0;
  if (!(w[k].Is("those") || w[k].Is("these") || w[k].Is("this") || w[k].Is("that") ||
        w[k].Is("the"))) {
    return std::nullopt;
  }
  ++k;
  // "Those were the words of", "This was the message of": the noun follows the verb.
  bool be = w[k].Is("were") || w[k].Is("was");
  if (be) {
    ++k;
    if (k < w.size() && w[k].Is("the")) ++k;
  }
  if (k >= w.size() || !w[k].is_word || !kSpeechNouns->contains(absl::AsciiStrToLower(w[k].text)))
    return std::nullopt;
  ++k;
  if (k < w.size() && (w[k].Is("came") || w[k].Is("was") || w[k].Is("were")) && !be) {
    ++k;
    if (k < w.size() && w[k].Is("from")) {
      ++k;
    } else if (k + 1 < w.size() && w[k].Is("issued") && w[k + 1].Is("by")) {
      k += 2;
    } else {
      return std::nullopt;
    }
  } else if (be && k < w.size() && w[k].Is("of")) {
    ++k;
  } else {
    return std::nullopt;
  }
  if (k < w.size() && w[k].Is("the")) ++k;
  k += HonorificLength(w, k);
  size_t n = PossessiveNameLength(w, k);
  if (n == 0) return std::nullopt;
  Attribution a;
  a.name = Between(t, w[k], w[k + n - 1]);
  a.appositive = Appositive(t, w, k + n, to);
  a.cue = "said";
  a.end = to;
  a.confidence = kTitledName;
  return a;
}

// Where the subject of the clause whose predicate an "and" at w[and_at]
// continues starts: the name of two words or more that opens the clause
// (after the last comma before the "and", or the text's start) and is
// followed by its verb or an adverb in lowercase. `and_at` when there is
// none ("the court ruled and said", "On 3 May, police came and said").
size_t CoordinatedSubjectStart(const std::vector<Word>& w, size_t and_at) {
  size_t p = and_at;
  while (p > 0 && w[p - 1].text != "," && w[p - 1].text != ";") --p;
  if (p < and_at && w[p].Is("the")) ++p;
  size_t n = NameLength(w, p);
  if (n < 2 || p + n >= and_at) return and_at;
  const Word& next = w[p + n];
  if (!next.is_word || next.capitalized()) return and_at;
  std::string name;
  for (size_t k = p; k < p + n; ++k) name += std::string(w[k].text) + " ";
  std::string title, person;
  SplitTitle(std::string(absl::StripTrailingAsciiWhitespace(name)), title, person);
  if (!LooksLikePersonName(person.empty() ? name : person)) return and_at;
  return p;
}

std::optional<Attribution> AttributionBefore(absl::string_view t, size_t from,
                                             size_t to) {
  std::vector<Word> w = AttributionWords(t, from, to);
  if (w.empty()) return std::nullopt;
  Attribution a;
  a.end = to;
  // "In the words of Leila Haddad, director of X, “…", "As Petra Lind put
  // it, “…": phrases that, like "according to", name the speaker first.
  size_t words_of = w.size() > 4 && w[0].Is("in") && w[1].Is("the") && w[2].Is("words") &&
                            w[3].Is("of")
                        ? 4
                        : 0;
  if (words_of == 0 && w.size() > 3 && w[0].Is("as")) {
    size_t n = NameLength(w, 1 + HonorificLength(w, 1));
    size_t k = 1 + HonorificLength(w, 1) + n;
    if (n >= 2 && k + 1 < w.size() && w[k].Is("put") && w[k + 1].Is("it")) {
      a.cue = "put it";
      a.name = Between(t, w[k - n], w[k - 1]);
      a.confidence = kAccordingTo;
      return a;
    }
  }
  if (words_of > 0 || (w.size() > 2 && w[0].Is("according") && w[1].Is("to"))) {
    size_t k = words_of > 0 ? words_of : w[2].Is("the") ? 3 : 2;
    k += HonorificLength(w, k);
    size_t n = NameLength(w, k);
    if (n == 0) return std::nullopt;
    a.cue = words_of > 0 ? "in the words of" : "according to";
    a.name = Between(t, w[k], w[k + n - 1]);
    a.appositive = Appositive(t, w, k + n, to);
    a.confidence = kAccordingTo;
    return a;
  }
  // A document about its own letter: "The letter states that ...", "The
  // letter, which was also sent to X, further calls on ...".
  bool letter_subject = false;
  for (size_t k = 1; k < w.size() && k < 4; ++k) {
    letter_subject = letter_subject ||
                     ((w[k].Is("letter") || w[k].Is("statement")) &&
                      (w[0].Is("the") || w[0].Is("our") || w[0].Is("this")));
  }
  if (letter_subject) {
    for (size_t k = 1; k < w.size(); ++k) {
      // "The letter from 22 NGOs, including X and Y, urges ...": the
      // letter names its senders, a collective given by its count, and
      // its words are no person's, nor the reporting document's issuers'.
      // The attribution names no one, so that no later sieve gives the
      // words to "22 NGOs".
      if (SendersByCount(w, k)) {
        a.cue = "letter";
        a.confidence = 0;
        return a;
      }
      if (IsCueWord(w[k])) {
        a.cue = absl::AsciiStrToLower(w[k].text);
        a.issuers = true;
        a.confidence = kIssuers;
        return a;
      }
    }
  }
  // "Richard Roe, CEO of Example, said, “…": the cue ends the text before
  // the mark and its subject is a comma-delimited name.
  size_t last = w.size();
  while (last > 0 && (w[last - 1].text == "," || w[last - 1].text == ":")) --last;
  if (last > 0 && last < w.size() + 1 && IsCueWord(w[last - 1])) {
    if (auto subject = CommaDelimitedSubject(t, w, last - 1)) {
      subject->end = to;
      subject->cue_end = w[last - 1].end;
      return subject;
    }
  }
  // The cue nearest the quotation that has a named subject.
  for (size_t c = w.size(); c-- > 1;) {
    if (!IsCueWord(w[c])) continue;
    size_t end = c;
    while (end > 0 && IsAdverb(w[end - 1])) --end;
    if (end > 0 && w[end - 1].text == ")") {
      while (end > 0 && w[end - 1].text != "(") --end;
      if (end > 0) --end;
    }
    // "She added: “…”": the pronoun's speaker, when the cue leads the quote.
    if (end > 0 && c + 1 == last && IsPronoun(w[end - 1])) {
      a.cue = absl::AsciiStrToLower(w[c].text);
      a.previous_speaker = true;
      a.confidence = kPronoun;
      return a;
    }
    // "She added that the case showed that “…”": the pronoun speaks the
    // words its reported clause quotes, less surely than when the cue
    // leads them. Read as a run of capitals, "She" was the speaker's name
    // and no one's.
    if (end > 0 && (w[end - 1].Is("he") || w[end - 1].Is("she")) && c + 1 < last &&
        w[c + 1].Is("that")) {
      a.cue = absl::AsciiStrToLower(w[c].text);
      a.cue_end = w[c].end;
      a.previous_speaker = true;
      a.confidence = kPronounReported;
      return a;
    }
    // "Amara Nkosi, the union's president, said that “…”" and "The union's
    // president, Amara Nkosi, said the decision was “…”".
    if (end > 0 && w[end - 1].text == ",") {
      if (std::optional<Attribution> subject = CommaDelimitedSubject(t, w, c)) {
        subject->end = to;
        subject->cue_end = w[c].end;
        subject->confidence = kRunBeforeCue;
        return subject;
      }
      continue;
    }
    // "Prime Minister X publicly invited ... and said the warrant would
    // have “…”": a speech verb coordinated by "and" has the subject of its
    // clause.
    if (end > 0 && w[end - 1].Is("and")) {
      size_t subject = CoordinatedSubjectStart(w, end - 1);
      if (subject == end - 1) continue;
      a.cue = absl::AsciiStrToLower(w[c].text);
      a.cue_end = w[c].end;
      a.name = Between(t, w[subject], w[subject + NameLength(w, subject) - 1]);
      a.confidence = kRunBeforeCue;
      return a;
    }
    size_t start = RunStart(w, end);
    if (start == end) continue;
    a.cue = absl::AsciiStrToLower(w[c].text);
    a.cue_end = w[c].end;
    a.name = Between(t, w[start], w[end - 1]);
    // "Omar Haddad from the Coastal Rights Group said:": the person before
    // the body they speak for.
    size_t link = start > 0 && w[start - 1].Is("the") ? start - 1 : start;
    if (link > 1 && (w[link - 1].Is("of") || w[link - 1].Is("from") || w[link - 1].Is("at"))) {
      size_t person = RunStart(w, link - 1);
      std::string name = person < link - 1 ? Between(t, w[person], w[link - 2]) : "";
      if (!name.empty() && LooksLikePersonName(name)) {
        a.appositive = a.name;
        a.name = name;
      }
    }
    a.confidence = c + 1 == last ? kSubjectBeforeCue : kRunBeforeCue;
    return a;
  }
  return std::nullopt;
}

// "Jonas Weller, executive director of Civic Watch:" above a quotation:
// after the name's comma, only who the speaker is, as capitalized words,
// connectors, offices and occupations ("lawyer", "journalist"), with no
// verb. w[from..] is that phrase.
bool IsSpeakerHeading(const std::vector<Word>& w, size_t from) {
  constexpr size_t kMaxHeadingWords = 12;
  if (from >= w.size() || w.size() - from > kMaxHeadingWords) return false;
  for (size_t k = from; k < w.size(); ++k) {
    if (!w[k].is_word) {
      if (w[k].text != "," && w[k].text != "'" && w[k].text != "\xE2\x80\x99") return false;
      continue;
    }
    if (w[k].capitalized() || IsNameConnectorAnyCase(w[k].text)) continue;
    std::string lower = absl::AsciiStrToLower(w[k].text);
    if (IsTitleWord(lower) || absl::EndsWith(lower, "ist") || absl::EndsWith(lower, "er") ||
        absl::EndsWith(lower, "or")) {
      continue;
    }
    return false;
  }
  return true;
}

// "Ana Ruiz spoke to reporters outside the court:", "... addressed the
// rally:": verbs of addressing an audience, which introduce a quotation
// only in a sentence that ends in a colon before it.
bool IsAddressVerb(const Word& w) {
  return w.is_word && !w.capitalized() &&
         (w.Is("spoke") || w.Is("speaking") || w.Is("addressed") || w.Is("addressing"));
}

std::optional<Attribution> Introduction(absl::string_view t, Range sentence) {
  absl::string_view s = sentence.in(t);
  if (s.empty() || s.back() != ':') return std::nullopt;
  std::vector<Word> w = Tokenize(s.substr(0, s.size() - 1), sentence.begin);
  if (w.empty()) return std::nullopt;
  if (!IsCueWord(w.back())) {
    // "Lena Ortiz issued a statement through her lawyer:": a personal
    // name as the subject of a sentence about a statement.
    size_t at = HonorificLength(w, 0);
    size_t n = NameLength(w, at);
    if (n < 2 || at + n >= w.size() || w[at + n].capitalized()) return std::nullopt;
    std::string name = Between(t, w[at], w[at + n - 1]);
    bool reports = false;
    for (size_t k = at + n; k < w.size(); ++k) {
      reports = reports || IsCueWord(w[k]) || IsReportingWord(w[k]) || IsAddressVerb(w[k]);
    }
    bool heading = !reports && w[at + n].text == "," && IsSpeakerHeading(w, at + n + 1);
    if ((!reports && !heading) || !LooksLikePersonName(name)) return std::nullopt;
    Attribution a;
    a.name = name;
    if (heading) a.appositive = Between(t, w[at + n + 1], w.back());
    // "Ana Ruiz, president of the Free Press Union, spoke ...:" the
    // phrase between the commas is who she is.
    if (w[at + n].text == ",") {
      for (size_t k = at + n + 2; k < w.size(); ++k) {
        if (w[k].text != ",") continue;
        a.appositive = Between(t, w[at + n + 1], w[k - 1]);
        break;
      }
    }
    a.cue = "said";
    a.end = sentence.end;
    a.confidence = kIntroducedByStatement;
    return a;
  }
  size_t cue = w.size() - 1;
  if (cue == 0 || w[cue - 1].text != ",") {
    // "Forum Director Samuel Achieng said:": the title is a role, even
    // when it names the organization.
    std::optional<Attribution> a = AttributionBefore(t, sentence.begin, sentence.end - 1);
    std::string title, person;
    if (a && !a->name.empty()) SplitTitle(a->name, title, person);
    if (!title.empty() && HasMoreWordsThan(person, 1)) {
      a->name = person;
      a->appositive = title;
    }
    if (a) a->confidence = std::min(a->confidence, kIntroducedBySpeechVerb);
    return a;
  }
  std::optional<Attribution> a = CommaDelimitedSubject(t, w, cue);
  if (a) {
    a->end = sentence.end;
    a->confidence = kIntroducedBySpeechVerb;
  }
  return a;
}

std::optional<Attribution> EmbeddedAttribution(absl::string_view t, size_t from,
                                               size_t to) {
  std::vector<Word> w = AttributionWords(t, from, to);
  size_t c = w.size();
  while (c > 0 && !IsReportingWord(w[c - 1])) --c;
  if (c == 0) return std::nullopt;
  const Word& cue = w[c - 1];
  Attribution a;
  a.cue = absl::AsciiStrToLower(cue.text);
  a.end = to;
  a.confidence = kEmbedded;
  // "the letter sent on April 24 by Senators, threatening ..."
  for (size_t k = w.size(); k-- > 0 && a.name.empty();) {
    if (w[k].Is("by")) a.name = AgentAt(t, w, k + 1);
  }
  // "the reaffirmation of ICC States Parties to ..."
  if (a.name.empty() && c + 1 < w.size() && w[c].Is("of")) {
    a.name = AgentAt(t, w, c + 1);
  }
  // "Your administration appeared to ..., noting that ...": the subject.
  if (a.name.empty() && IsParticipleCue(cue)) a.name = AgentAt(t, w, 0);
  if (a.name.empty()) return std::nullopt;
  return a;
}

std::optional<Attribution> CutAttribution(absl::string_view t, size_t from,
                                          size_t to) {
  std::vector<Word> w = AttributionWords(t, from, to);
  size_t k = 0;
  while (k < w.size() && !w[k].is_word) ++k;
  if (k < w.size() && w[k].Is("the")) ++k;
  k += HonorificLength(w, k);
  size_t n = NameLength(w, k);
  if (n == 0 || k + n != w.size()) return std::nullopt;
  Attribution a;
  a.name = Between(t, w[k], w[k + n - 1]);
  a.cue = "said";
  a.end = to;
  a.confidence = kCut;
  return a;
}

std::optional<Attribution> ColonLead(absl::string_view t, Range lead,
                                     size_t* quote_begin) {
  absl::string_view s = lead.in(t);
  size_t colon = s.find(": ");
  if (colon == absl::string_view::npos) return std::nullopt;
  std::vector<Word> w = Tokenize(s.substr(0, colon), lead.begin);
  size_t at = HonorificLength(w, 0);
  size_t n = NameLength(w, at);
  if (n < 2 || at + n >= w.size() || w[at + n].text != ",") return std::nullopt;
  std::string name = Between(t, w[at], w[at + n - 1]);
  if (!LooksLikePersonName(name)) return std::nullopt;
  // Only a title and organization may stand between name and colon.
  for (size_t k = at + n; k < w.size(); ++k) {
    if (w[k].is_word && !w[k].capitalized() && !IsNameConnectorAnyCase(w[k].text)) {
      return std::nullopt;
    }
  }
  Attribution a;
  a.name = name;
  a.cue = "said";
  if (at + n + 1 < w.size()) a.appositive = Between(t, w[at + n + 1], w.back());
  a.end = lead.begin + colon + 1;
  a.confidence = kColonLead;
  *quote_begin = lead.begin + colon + 2;
  return a;
}

std::optional<Attribution> DashAttribution(absl::string_view t, size_t from, size_t to) {
  absl::string_view s = absl::StripLeadingAsciiWhitespace(t.substr(from, to - from));
  size_t skipped = to - from - s.size();
  size_t dash = 0;
  for (absl::string_view d : {"\xE2\x80\x94", "\xE2\x80\x93", "--", "-", "\xE2\x80\x95"}) {
    if (absl::StartsWith(s, d)) {
      dash = d.size();
      break;
    }
  }
  if (dash == 0) return std::nullopt;
  std::vector<Word> w = AttributionWords(t, from + skipped + dash, to);
  size_t at = HonorificLength(w, 0);
  size_t n = NameLength(w, at);
  if (n < 2) return std::nullopt;
  std::string name = Between(t, w[at], w[at + n - 1]);
  if (!LooksLikePersonName(name)) return std::nullopt;
  // The line is the name and, after a comma, who the person is; a
  // sentence running on after the name is no attribution line.
  size_t last = w.size();
  while (last > at + n && !w[last - 1].is_word) --last;
  if (at + n < last && w[at + n].text != ",") return std::nullopt;
  Attribution a;
  a.name = name;
  a.cue = "said";
  if (at + n + 1 < last) a.appositive = Between(t, w[at + n + 1], w[last - 1]);
  a.end = to;
  a.confidence = kDashLine;
  return a;
}

}  // namespace amicus::extract
