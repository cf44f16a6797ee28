#include "extract/event_actors.h"

#include <algorithm>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/dates.h"
#include "extract/organizations.h"
#include "extract/perpetrators.h"
#include "extract/text_units.h"

namespace amicus::extract {
namespace {

using Spans = std::vector<std::pair<size_t, size_t>>;

constexpr size_t kMaxAgentWords = 8;
constexpr size_t kMaxOpenerWords = 30;

bool InSet(const absl::flat_hash_set<std::string>& set, const Word& w) {
  return w.is_word && set.contains(absl::AsciiStrToLower(w.text));
}

// Words that open an adverbial phrase before a clause's subject.
bool IsAdverbialOpener(const Word& w) {
  static const auto* kOpeners = new absl::flat_hash_set<std::string>{
      "in", "on", "at", "as", "after", "before", "since", "during", "following",
      "earlier", "later", "today", "yesterday", "last", "this", "meanwhile",
      "however", "also", "then", "additionally", "moreover", "furthermore",
      "regrettably", "when", "while", "although", "though", "despite",
      "because", "if", "accordingly", "according", "by", "with", "under",
      "for", "from", "between", "until", "once", "instead", "indeed", "yet",
      "notably", "specifically", "similarly", "recently", "previously", "prior",
      "subsequently", "thereafter", "amid", "amidst", "upon", "within", "over",
      "throughout", "around", "unfortunately", "so", "thus", "further", "finally",
      "first", "second", "again", "now", "only", "even", "still", "meantime"};
  return InSet(*kOpeners, w);
}

// Sentence-opening words that start no name: "Such a call", "One year
// ago", "Previous post", "Several arrests".
bool IsDeterminer(const Word& w) {
  static const auto* kDeterminers = new absl::flat_hash_set<std::string>{
      "such", "one", "this", "these", "those", "that", "another", "previous",
      "some", "several", "many", "each", "every", "any", "other", "no", "its",
      "his", "her", "their", "our", "my", "your", "most", "all", "both", "more",
      "few", "much", "little", "either", "neither", "what", "whose"};
  return InSet(*kDeterminers, w);
}

bool IsPreposition(const Word& w) {
  static const auto* kPrepositions = new absl::flat_hash_set<std::string>{
      "of", "at", "in", "on", "from", "for", "to", "with", "near", "outside",
      "inside", "under", "against", "across", "within", "without", "into"};
  return w.is_word && !w.capitalized() && InSet(*kPrepositions, w);
}

bool IsPronoun(const Word& w) {
  static const auto* kPronouns = new absl::flat_hash_set<std::string>{
      "it", "this", "that", "these", "those", "he", "she", "they", "i", "you",
      "there", "which", "who", "him", "them", "us", "one"};
  return InSet(*kPronouns, w) && !w.all_caps();  // "US", "IT" are names
}

bool IsBe(const Word& w) {
  static const auto* kBe = new absl::flat_hash_set<std::string>{
      "was", "were", "is", "are", "been", "be", "being", "got", "get", "gets"};
  return InSet(*kBe, w);
}

// Past participles that do not end in "-ed".
bool IsIrregularParticiple(absl::string_view l) {
  static const auto* kForms = new absl::flat_hash_set<std::string>{
      "made", "held", "taken", "seized", "sent", "given", "shown", "found",
      "known", "brought", "built", "caught", "slain", "beaten", "hit", "shot",
      "stolen", "written", "done", "seen", "told", "put", "set", "kept", "struck",
      "thrown", "drawn", "sworn", "paid", "laid", "sold", "led", "left", "won",
      "hung", "stabbed", "torn", "bound", "broken", "chosen", "frozen", "spoken",
      "upheld", "withheld", "overthrown", "forgiven", "foreseen", "dealt", "fed",
      "hidden", "misled", "swept", "bought", "forgotten", "shaken", "fled"};
  return kForms->contains(l);
}

bool IsParticiple(const Word& w) {
  if (!w.is_word || w.capitalized()) return false;
  std::string l = absl::AsciiStrToLower(w.text);
  return (l.size() > 4 && absl::EndsWith(l, "ed")) || IsIrregularParticiple(l);
}

// "Immediately", "Recently", "Unfortunately" open sentences; "Italy" and
// "Kelly" do not end like adverbs.
bool IsCapitalizedAdverb(const Word& w) {
  if (!w.capitalized()) return false;
  std::string l = absl::AsciiStrToLower(w.text);
  for (absl::string_view suffix : {"ately", "ally", "ently", "ously", "ively", "antly", "edly",
                                   "ingly", "ically", "ilarly", "ularly"}) {
    if (absl::EndsWith(l, suffix)) return true;
  }
  return false;
}

bool IsAdverb(const Word& w) {
  if (IsCapitalizedAdverb(w)) return true;
  return w.is_word && !w.capitalized() &&
         (absl::EndsWith(w.text, "ly") || w.Is("also") || w.Is("further") ||
          w.Is("then") || w.Is("thereafter") || w.Is("first") || w.Is("today") ||
          w.Is("yesterday") || w.Is("again") || w.Is("already") || w.Is("not"));
}

bool IsPunct(const Word& w, absl::string_view p) { return !w.is_word && w.text == p; }

bool IsDash(const Word& w) {
  return !w.is_word && (w.text == "-" || w.text == "\xE2\x80\x93" || w.text == "\xE2\x80\x94");
}

bool IsNumber(const Word& w) {
  return w.is_word && !w.text.empty() && absl::ascii_isdigit(static_cast<unsigned char>(w.text[0]));
}

// Index of the date span starting at or covering token i, or -1.
int DateAt(const Spans& dates, size_t i) {
  for (size_t d = 0; d < dates.size(); ++d) {
    if (i >= dates[d].first && i < dates[d].second) return static_cast<int>(d);
  }
  return -1;
}

// The next top-level comma in [from, to), or `to`.
size_t NextComma(const std::vector<Word>& words, size_t from, size_t to) {
  int depth = 0;
  for (size_t k = from; k < to; ++k) {
    if (IsPunct(words[k], "(")) ++depth;
    if (IsPunct(words[k], ")") && depth > 0) --depth;
    if (depth == 0 && IsPunct(words[k], ",")) return k;
  }
  return to;
}

std::string SpanText(absl::string_view text, const std::vector<Word>& words, size_t b,
                     size_t e) {
  while (e > b && !words[e - 1].is_word && words[e - 1].text != ")" &&
         words[e - 1].text != "\xE2\x80\x9D") {
    --e;
  }
  while (b < e && !words[b].is_word && words[b].text != "\xE2\x80\x9C") ++b;
  if (b >= e) return "";
  std::string out(text.substr(words[b].begin, words[e - 1].end - words[b].begin));
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

// Whether `w` may continue a capitalized name across "and"/"or" and a
// lowercase word when a body noun follows ("the International Humanist
// and secular movement").
size_t BodyTail(const std::vector<Word>& words, size_t at, size_t to) {
  for (size_t k = at; k < to && k < at + 4; ++k) {
    const Word& w = words[k];
    if (!w.is_word || IsParticiple(w)) return at;
    if (IsBodyNoun(absl::AsciiStrToLower(w.text))) return k + 1;
    if (w.capitalized()) continue;
    if (!(w.Is("and") || w.Is("of") || w.Is("secular") || !IsAdverb(w))) return at;
  }
  return at;
}

// The agent of "by X" starting at token k (after "by"): a name, a name
// with its body noun ("Veloria police"), or a lowercase body ("machete
// men", "the government"). Returns the end token, or k when none.
size_t AgentEnd(const std::vector<Word>& words, size_t k, size_t to) {
  static const auto* kNotAgents = new absl::flat_hash_set<std::string>{
      "end", "virtue", "means", "way", "email", "phone", "mail", "law", "decree",
      "order", "majority", "far", "then", "now", "default", "design", "force",
      "hand", "chance", "mistake", "name", "contrast", "comparison"};
  if (k < to && (words[k].Is("the") || words[k].Is("a"))) ++k;
  if (k >= to || !words[k].is_word || IsNumber(words[k])) return k;
  if (InSet(*kNotAgents, words[k]) || absl::EndsWith(words[k].text, "ing")) return k;
  // "by lawyer Ana Ruiz", "by journalist Ana Ruiz": a lowercase role noun
  // before a person's full name; the person is the agent.
  if (!words[k].capitalized() && k + 1 < to && words[k + 1].capitalized()) {
    size_t m = NameLength(words, k + 1);
    if (m >= 2 && m <= 4 &&
        LooksLikePersonName(absl::string_view(words[k + 1].text.data(),
                                              words[k + m].text.data() +
                                                  words[k + m].text.size() -
                                                  words[k + 1].text.data()))) {
      return k + 1 + m;
    }
  }
  size_t n = NameLength(words, k);
  if (n > 0) {
    size_t end = k + n;
    // "the ICC’s Pre-Trial Chamber I": the possessed body.
    if (end < to && StripPossessive(words[end - 1].text).size() != words[end - 1].text.size() &&
        words[end].capitalized()) {
      end += NameLength(words, end);
    }
    // "Israel based NSO Group"
    if (end + 1 < to && words[end].Is("based") && words[end + 1].capitalized()) {
      end += 1 + NameLength(words, end + 1);
    }
    while (end < to && words[end].is_word && IsBodyNoun(absl::AsciiStrToLower(words[end].text)))
      ++end;
    end = std::max(end, BodyTail(words, end, to));
    // "the ACLU, ICJ and ISHR"
    while (end + 1 < to && (IsPunct(words[end], ",") || words[end].Is("and") ||
                            words[end].Is("or"))) {
      size_t m = NameLength(words, end + 1);
      if (m == 0) break;
      end = end + 1 + m;
    }
    if (end < to && IsPunct(words[end], "(") && end + 2 < to && IsPunct(words[end + 2], ")")) {
      end += 3;  // "(ABT)"
    }
    return end;
  }
  // Lowercase: up to three words ending in a body noun.
  for (size_t e = k; e < to && e < k + 3; ++e) {
    if (!words[e].is_word || words[e].capitalized()) break;
    if (IsBodyNoun(absl::AsciiStrToLower(words[e].text))) return e + 1;
  }
  return k;
}

// The end of a lowercase noun phrase of at most four words from `k` that
// ends in a body ("ruling party's youth wing", "tax police"), or k.
size_t LowercaseBodyEnd(const std::vector<Word>& words, size_t k, size_t to) {
  for (size_t e = k; e < to && e < k + 4; ++e) {
    if (!words[e].is_word || words[e].capitalized() || IsVerbish(words[e])) break;
    std::string l = absl::AsciiStrToLower(StripPossessive(words[e].text));
    bool possessive = l.size() != words[e].text.size();
    if (!possessive && (IsBodyNoun(l) || l == "party" || l == "wing" || l == "militia")) {
      return e + 1;
    }
  }
  return k;
}

// The first "by X" agent in [from, to), as token span.
std::pair<size_t, size_t> FindAgent(const std::vector<Word>& words, size_t from, size_t to,
                                    size_t limit, const std::vector<bool>& quoted) {
  for (size_t i = from; i + 1 < to; ++i) {
    if (!words[i].Is("by") || quoted[i]) continue;
    // "by 2020", "by using", "by the end of"
    size_t k = i + 1;
    size_t start = k < to && (words[k].Is("the") || words[k].Is("a")) ? k + 1 : k;
    size_t end = AgentEnd(words, k, limit);
    // "by officers of the General Police Directorate": the body whose
    // members acted is the agent, named as far as its name goes.
    if (end > start && !words[start].capitalized() && end + 2 < limit && words[end].Is("of")) {
      size_t body = words[end + 1].Is("the") ? end + 2 : end + 1;
      size_t n = body < limit && words[body].capitalized() ? NameLength(words, body) : 0;
      // "... Service in Kestria": where the body sits is no part of it.
      for (size_t k = body + 1; k < body + n; ++k) {
        if (words[k].Is("in") || words[k].Is("at") || words[k].Is("from")) n = k - body;
      }
      // "investigators of the Prosecutor General's Office": the possessed
      // body is the one named.
      size_t last = body + n;
      if (n > 0 && last < limit && words[last].capitalized() &&
          StripPossessive(words[last - 1].text).size() != words[last - 1].text.size()) {
        n += NameLength(words, last);
      }
      if (n > 0 && n <= kMaxAgentWords) return {body, body + n};
      // "members of the ruling party's youth wing": a lowercase body the
      // members belong to is named with them, so that the actor says whose
      // members they were.
      if (n == 0) {
        size_t tail = LowercaseBodyEnd(words, body, limit);
        if (tail > body && tail - start <= kMaxAgentWords) return {start, tail};
      }
    }
    if (end > start && end - start <= kMaxAgentWords) return {start, end};
  }
  return {0, 0};
}

// "the Parliamentary Standing Committee on Information Technology, which
// decided ...": the name (or body) just before the comma.
std::pair<size_t, size_t> Antecedent(const std::vector<Word>& words, size_t comma) {
  // "Dr. Ana Ferrer, the Group’s chair, who spoke": past the appositive.
  if (comma > 0 && words[comma - 1].is_word && !words[comma - 1].capitalized() &&
      !IsBodyNoun(absl::AsciiStrToLower(words[comma - 1].text))) {
    for (size_t k = comma - 1; k > 0 && comma - k < 8; --k) {
      if (IsPunct(words[k - 1], ",")) {
        comma = k - 1;
        break;
      }
    }
  }
  size_t b = comma;
  while (b > 0) {
    const Word& w = words[b - 1];
    bool part =
        w.capitalized() || (w.is_word && IsNameConnectorAnyCase(w.text) && b < comma) ||
        (!w.capitalized() && w.is_word && IsBodyNoun(absl::AsciiStrToLower(w.text)) && b == comma);
    if (!part) break;
    --b;
  }
  while (b < comma && words[b].is_word && !words[b].capitalized() &&
         !IsBodyNoun(absl::AsciiStrToLower(words[b].text))) {
    ++b;  // leading connectors
  }
  return {b, comma};
}

// "The law on foreign agents, which entered into force": a lowercase body
// noun at `k` that is the object of a preposition after a noun that is no
// body ("law", "report", "campaign against journalists") is not what
// "which" refers to: the phrase's head is, and a thing does not act.
// "members of the police, which" keeps the body noun ("members").
bool InThingsPhrase(const std::vector<Word>& words, size_t k) {
  static const auto* kPrepositions = new absl::flat_hash_set<std::string>{
      "on", "of", "against", "about", "for", "targeting", "concerning", "regarding"};
  if (k >= words.size() || words[k].capitalized()) return false;
  for (size_t j = k; j > 0 && k - j < 4; --j) {
    const Word& w = words[j - 1];
    if (!w.is_word || w.capitalized()) return false;
    if (!InSet(*kPrepositions, w)) continue;
    if (j < 2 || !words[j - 2].is_word) return false;
    const Word& head = words[j - 2];
    return !head.capitalized() && !IsBodyNoun(absl::AsciiStrToLower(head.text)) &&
           !IsVerbish(head);
  }
  return false;
}

// A capitalized participle or gerund that opens a sentence ("Founded in
// 2011, ...", "Based on its observation ...", "Responding to ...").
bool IsParticipleOpener(const Word& w, const EventContext& ctx) {
  if (!w.capitalized() || w.all_caps()) return false;
  std::string l = absl::AsciiStrToLower(w.text);
  bool form = (l.size() > 4 && (absl::EndsWith(l, "ed") || absl::EndsWith(l, "ing")));
  return form && ctx.people->Find(w.text) == nullptr;
}

// "On 3 May, World Press Freedom Day, security forces detained ...": a
// day's name in apposition to the date (capitalized words ending in
// "Day", between commas) tells which day, and is no subject. Returns
// where the clause goes on after it, or `i` when no such name is there.
size_t PastNamedDay(const std::vector<Word>& words, size_t i, size_t e) {
  constexpr size_t kMaxDayNameWords = 6;
  size_t k = i < e && IsPunct(words[i], ",") ? i + 1 : i;
  size_t n = k;
  while (n < e && n < k + kMaxDayNameWords && words[n].capitalized()) ++n;
  if (n == k || n >= e || !words[n - 1].Is("day") || !IsPunct(words[n], ",")) return i;
  return n + 1;
}

// Where the subject of a clause starting at token b begins, past
// adverbials, participial openers and dates; `e` when none is found.
size_t SubjectStart(const std::vector<Word>& words, size_t b, size_t e, const Spans& dates,
                    const EventContext& ctx, size_t& opener_end) {
  size_t i = b;
  opener_end = b;
  for (size_t guard = 0; i < e && guard < kMaxOpenerWords; ++guard) {
    const Word& w = words[i];
    int d = DateAt(dates, i);
    if (d >= 0) {
      i = PastNamedDay(words, dates[d].second, e);
      opener_end = i;
      continue;
    }
    if (!w.is_word) {
      if (IsPunct(w, "(")) {
        while (i < e && !IsPunct(words[i], ")")) ++i;
      }
      // "<strong>", "</sup>": markup left in the text.
      if (IsPunct(w, "<")) {
        while (i < e && !IsPunct(words[i], ">")) ++i;
      }
      ++i;
      continue;
    }
    // "**Georgia:** The Court’s Registry ...": a label before the clause.
    if (i == b || opener_end == i) {
      size_t k = i;
      while (k < e && k < i + 3 && words[k].capitalized()) ++k;
      if (k > i && k < e && IsPunct(words[k], ":")) {
        i = opener_end = k + 1;
        continue;
      }
    }
    // "<sup>1</sup>Amnesty": a footnote mark glued to the next word.
    if (IsNumber(w) && i + 1 < e && words[i + 1].begin == w.end) {
      ++i;
      continue;
    }
    // "One year ago", "two weeks later"; "one month after X did Y,"
    if (i + 2 < e && (w.Is("one") || w.Is("a") || w.Is("two") || w.Is("three") || IsNumber(w)) &&
        words[i + 1].is_word && !words[i + 1].capitalized()) {
      const Word& rel = words[i + 2];
      if (rel.Is("ago") || rel.Is("later") || rel.Is("earlier")) {
        i += 3;
        opener_end = i;
        continue;
      }
      if (rel.Is("after") || rel.Is("before")) {
        size_t c = NextComma(words, i, e);
        if (c == e) return e;
        i = opener_end = c + 1;
        continue;
      }
    }
    bool opener = IsAdverbialOpener(w) || IsParticipleOpener(w, ctx) ||
                  (IsCapitalizedAdverb(w) && i + 1 < e && !IsPunct(words[i + 1], ","));
    if (opener) {
      // "In April 2016 the Unit arrested", "On 31 July, X": the phrase
      // ends with the date it introduces.
      size_t k = i + 1;
      while (k < e && k < i + 3 && DateAt(dates, k) < 0) ++k;
      int near = k < e ? DateAt(dates, k) : -1;
      if (near >= 0 && !IsParticipleOpener(w, ctx)) {
        i = PastNamedDay(words, dates[near].second, e);
      } else {
        size_t c = NextComma(words, i, e);
        if (c == e) {
          ++i;  // "Today the ICJ ...", "Yesterday migration officers ..."
          if (IsAdverbialOpener(w) && !w.Is("today") && !w.Is("yesterday") &&
              !w.Is("meanwhile") && !w.Is("however") && !w.Is("also") && !w.Is("then")) {
            return e;
          }
        } else {
          i = c + 1;
        }
      }
      opener_end = i;
      continue;
    }
    if (IsAdverb(w)) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

// The first verb after the subject start, skipping parentheses, quoted
// titles and ", which ... ," asides.
size_t VerbAt(const std::vector<Word>& words, size_t s, size_t e, const Spans& dates) {
  int depth = 0;
  bool quoted = false;
  for (size_t k = s; k < e; ++k) {
    const Word& w = words[k];
    if (IsPunct(w, "(")) ++depth;
    if (IsPunct(w, ")") && depth > 0) --depth;
    if (w.text == "\xE2\x80\x9C" || w.text == "\xE2\x80\x98") quoted = true;
    if (w.text == "\xE2\x80\x9D" || w.text == "\xE2\x80\x99") quoted = false;
    if (depth > 0 || quoted || DateAt(dates, k) >= 0) continue;
    if (IsPunct(w, ",") && k + 1 < e && (words[k + 1].Is("which") || words[k + 1].Is("who"))) {
      size_t c = NextComma(words, k + 1, e);
      if (c == e) return e;
      k = c;
      continue;
    }
    // "masked officers raided", "armed men attacked": a participle opening
    // the subject before a body noun describes it.
    bool opens = k == s || (k == s + 1 && (IsDeterminer(words[s]) || words[s].Is("the") ||
                                          IsNumber(words[s])));
    if (opens && k + 1 < e && words[k + 1].is_word &&
        IsBodyNoun(absl::AsciiStrToLower(words[k + 1].text))) {
      continue;
    }
    if (IsVerbish(w)) return k;
  }
  return e;
}

// Whether the verb group at v is passive ("was arrested", "had been
// alerted", "were brutally murdered").
bool PassiveAt(const std::vector<Word>& words, size_t v, size_t e) {
  size_t k = v;
  if (k < e && (words[k].Is("had") || words[k].Is("has") || words[k].Is("have"))) ++k;
  bool be = false;
  while (k < e && (IsBe(words[k]) || IsAdverb(words[k]))) {
    be = be || IsBe(words[k]);
    ++k;
  }
  // "had been [alerted](https://...)": a Markdown link's text is the verb.
  if (k + 1 < e && IsPunct(words[k], "[")) ++k;
  return be && k < e && IsParticiple(words[k]);
}

// Where the person's name starts in a subject [s, h) of the form
// "<Capitalized word> <one to three lowercase words> <First Last>"
// ("Independent journalist Nina Corr"), else s. "Kenyan police" and
// "Veloria's Supreme Court" name no person after the description.
size_t PastCapitalizedDescription(absl::string_view text, const std::vector<Word>& words,
                                  size_t s, size_t h) {
  if (s + 3 >= h || !words[s].capitalized() || NameLength(words, s) != 1) return s;
  size_t t = s + 1;
  while (t < h && t < s + 4 && words[t].is_word && !words[t].capitalized() &&
         !IsVerbish(words[t]) && !IsPreposition(words[t])) {
    ++t;
  }
  if (t == s + 1 || t >= h || !words[t].capitalized() || h - t < 2) return s;
  for (size_t k = t; k < h; ++k) {
    if (!words[k].capitalized()) return s;
  }
  return LooksLikePersonName(SpanText(text, words, t, h)) ? t : s;
}

// The name after "under the banner (of)" or "under the name" in the
// clause [v, e), capitalized words and their connectors, or "".
std::string BannerName(absl::string_view text, const std::vector<Word>& words, size_t v,
                       size_t e) {
  for (size_t k = v; k + 3 < e; ++k) {
    if (!words[k].Is("under") || !words[k + 1].Is("the") ||
        !(words[k + 2].Is("banner") || words[k + 2].Is("name"))) {
      continue;
    }
    size_t b = k + 3;
    if (b < e && words[b].Is("of")) ++b;
    if (b < e && words[b].Is("the")) ++b;
    if (b >= e || !words[b].capitalized()) return "";
    // "Alliance for a Safe and Secure Internet": lowercase connectors
    // (and an article after them) inside the name.
    auto connector = [&](size_t k) {
      return k < e && words[k].is_word && !words[k].capitalized() &&
             (IsNameConnectorAnyCase(words[k].text) || words[k].Is("a") || words[k].Is("the"));
    };
    size_t n = b;
    while (n < e) {
      if (words[n].capitalized()) {
        ++n;
      } else if (connector(n) && n + 1 < e && words[n + 1].capitalized()) {
        n += 2;
      } else if (connector(n) && connector(n + 1) && n + 2 < e && words[n + 2].capitalized()) {
        n += 3;
      } else {
        break;
      }
    }
    return SpanText(text, words, b, n);
  }
  return "";
}

// The government that introduced the bill which [b, date) names by a
// bill noun and a participle of introducing right after it ("the Bill
// introduced", "the draft law tabled"), or none: the one the document
// names by the head "Government", else "government".
std::vector<PersonInfo> BillIntroducer(const std::vector<Word>& words, size_t b, size_t date,
                                       const EventContext& ctx) {
  for (size_t k = b; k + 1 < date && k + 1 < words.size(); ++k) {
    if (!(words[k].Is("bill") || words[k].Is("law") || words[k].Is("legislation"))) continue;
    const Word& p = words[k + 1];
    if (!(p.Is("introduced") || p.Is("tabled") || p.Is("submitted"))) continue;
    std::string government = ctx.orgs == nullptr ? "" : ctx.orgs->ByHead("Government");
    if (government.empty()) government = "government";
    return {{government, "", government, true}};
  }
  return {};
}

// "were arrested on 2 May, charged on 6 May and convicted by the City
// Court on 8 July": a "by" agent belongs to the participle it follows.
// When another participle joined by "and" or a comma stands between the
// agent [ab, ae) and the date, the agent did that conjunct's act, not
// the dated one.
bool OtherConjunctsAgent(const std::vector<Word>& words, size_t ab, size_t ae,
                         size_t date_begin, size_t date_end) {
  size_t from = ae <= date_begin ? ae : date_end;
  size_t to = ae <= date_begin ? date_begin : ab;
  for (size_t k = from + 1; k < to && k < words.size(); ++k) {
    const Word& before = words[k - 1];
    if (IsParticiple(words[k]) && (before.Is("and") || IsPunct(before, ","))) return true;
  }
  return false;
}

// "The Forum was founded in 2009", "the network was established in
// 2015": a body's founding is told of the body itself, which the genre
// names as the one that acted (as "Founded in 2011, we ..." does).
bool FoundingPassive(const std::vector<Word>& words, size_t v, size_t e) {
  if (!PassiveAt(words, v, e)) return false;
  size_t k = v;
  while (k < e && (IsBe(words[k]) || IsAdverb(words[k]) || words[k].Is("has") ||
                   words[k].Is("had") || words[k].Is("have"))) {
    ++k;
  }
  return k < e && (words[k].Is("founded") || words[k].Is("co-founded") ||
                   words[k].Is("established") || words[k].Is("formed"));
}

// The document's issuers, or "we" as the document says when it names
// none.
std::vector<PersonInfo> Issuers(const EventContext& ctx) {
  if (!ctx.issuers.empty()) return ctx.issuers;
  return {{"we", "", "", true}};
}

// "Prosecutor Amina Diallo": a title before a person's name.
bool TitledPerson(absl::string_view text, std::string& title, std::string& name) {
  SplitTitle(text, title, name);
  size_t words = CountWords(name);
  return !title.empty() && words >= 2 && words <= 4 && !LooksLikeOrganization(name);
}

// "the High Commissioner" after "Amal Haddad, the United
// Nations High Commissioner for Human Rights": the person the document
// introduced with that office (two words at least, and not the
// organization part of a role, as in "spokesperson for X").
const PersonInfo* OfficeHolder(absl::string_view office, const EventContext& ctx) {
  if (!HasMoreWordsThan(office, 1)) return nullptr;
  for (const PersonInfo& p : ctx.people->people()) {
    size_t at = p.role.find(std::string(office));
    if (p.role.empty() || at == std::string::npos) continue;
    absl::string_view before = absl::StripTrailingAsciiWhitespace(
        absl::string_view(p.role).substr(0, at));
    if (absl::EndsWith(before, " for") || absl::EndsWith(before, " of") ||
        absl::EndsWith(before, " at") || before == "for" || before == "of") {
      continue;
    }
    return &p;
  }
  return nullptr;
}

// "Lakeside Legal Clinic", "Coastal Regional Fund": a title word that is
// an adjective ("legal", "regional", "special") qualifies a noun of the
// name itself, never a person's name directly; "Legal Adviser Ana Ruiz"
// has its title noun before the name. One word after such an adjective
// is the body's head, and the phrase is the body's name whole.
bool ModifiesANoun(absl::string_view title, absl::string_view name) {
  static const auto* kAdjectives = new absl::flat_hash_set<std::string>{
      "legal", "national", "regional", "special", "high", "senior", "executive"};
  if (title.empty() || CountWords(name) != 1) return false;
  std::vector<Word> words = Tokenize(title);
  if (words.empty() || !words.back().is_word || !words.back().capitalized()) return false;
  return kAdjectives->contains(absl::AsciiStrToLower(words.back().text));
}

PersonInfo ToActor(std::string text, const EventContext& ctx) {
  bool article = absl::StartsWith(text, "the ") || absl::StartsWith(text, "The ");
  if (article) text = text.substr(4);
  // "a court", "A court in Karsk": the indefinite article is no part of
  // the body's name.
  if ((absl::StartsWith(text, "a ") || absl::StartsWith(text, "A ")) && text.size() > 2 &&
      absl::ascii_islower(static_cast<unsigned char>(text[2]))) {
    text = text.substr(2);
  }
  std::string title, name;
  if (!LooksLikeOrganization(text) && TitledPerson(text, title, name)) {
    if (const PersonInfo* known = ctx.people->Find(name)) return *known;
    return {name, title, "", false};
  }
  if (const PersonInfo* holder = OfficeHolder(text, ctx)) return *holder;
  std::vector<Word> words = Tokenize(text);
  bool org = LooksLikeOrganization(text) || ctx.orgs->IsAcronym(text) ||
             text.find(',') != std::string::npos ||
             (!words.empty() && IsBodyNoun(absl::AsciiStrToLower(words.back().text)));
  if (org) {
    // "the Tribunal" after "the Regional Human Rights Tribunal"; but a
    // State's organ named bare ("Parliament passed") is the country's own,
    // not the European Parliament named elsewhere.
    bool state_organ = !article && words.size() == 1 &&
                       (words[0].Is("parliament") || words[0].Is("government") ||
                        words[0].Is("senate") || words[0].Is("congress") ||
                        words[0].Is("cabinet"));
    std::string full = words.size() == 1 && !state_organ ? ctx.orgs->ByHead(text) : "";
    if (full.empty()) full = ctx.orgs->FullName(text);
    if (full.empty()) full = text;
    return {full, "", full, true};
  }
  SplitTitle(text, title, name);
  if (name.empty()) name = text;
  if (ModifiesANoun(title, name)) {
    std::string full = ctx.orgs->FullName(text);
    if (full.empty()) full = text;
    return {full, "", full, true};
  }
  if (const PersonInfo* known = ctx.people->Find(name)) return *known;
  if (const PersonInfo* holder = OfficeHolder(text, ctx)) return *holder;
  return {name, title, "", false};
}

// Whether a part of a coordinated subject names someone on its own.
bool StandsAlone(absl::string_view part, const EventContext& ctx) {
  absl::string_view bare = absl::StripPrefix(absl::StripPrefix(part, "the "), "The ");
  return LooksLikeOrganization(bare) || ctx.orgs->IsAcronym(bare) ||
         ctx.people->Find(bare) != nullptr;
}

// A coordinated subject ("the ACLU, ICJ and ISHR") whose every part names
// someone is one actor named as written, speaking for the organizations
// in full; anything else is one actor resolved as a whole.
std::vector<PersonInfo> ToActors(std::string text, const EventContext& ctx) {
  if (text.empty()) return {};
  std::vector<std::string> parts;
  for (absl::string_view piece : absl::StrSplit(text, absl::ByAnyChar(","))) {
    for (absl::string_view part : absl::StrSplit(piece, " and ")) {
      part = absl::StripAsciiWhitespace(part);
      if (!part.empty()) parts.emplace_back(part);
    }
  }
  bool split = parts.size() > 1 &&
               std::all_of(parts.begin(), parts.end(), [&](const std::string& p) {
                 return StandsAlone(p, ctx);
               });
  if (!split) return {ToActor(text, ctx)};
  std::vector<std::string> full;
  for (const std::string& part : parts) full.push_back(ToActor(part, ctx).name);
  std::string head =
      full.size() > 1 ? absl::StrJoin(full.begin(), full.end() - 1, ", ") : "";
  std::string name(absl::StripPrefix(absl::StripPrefix(text, "the "), "The "));
  return {{name, "", absl::StrCat(head, " and ", full.back()), true}};
}

bool HasStem(const std::vector<Word>& words, size_t b, size_t e,
             std::initializer_list<absl::string_view> stems) {
  for (size_t k = b; k < e; ++k) {
    if (!words[k].is_word) continue;
    for (absl::string_view s : stems) {
      if (absl::StartsWithIgnoreCase(words[k].text, s)) return true;
    }
  }
  return false;
}

// Verbs of reacting to what someone else did ("condemned the arrest").
bool IsReaction(const Word& w) {
  static const auto* kReactions = new absl::flat_hash_set<std::string>{
      "condemned", "condemns", "condemn", "denounced", "denounces", "deplored",
      "deplores", "protested", "protests", "criticised", "criticized", "decried",
      "decries", "welcomed", "welcomes", "expressed", "expresses", "express",
      // "We are deeply concerned about the arrest of X on 4 May": the
      // feeling the issuers state about it.
      "concerned", "alarmed", "appalled", "dismayed", "outraged", "shocked",
      "disturbed", "troubled", "saddened", "worried"};
  return w.is_word && !w.capitalized() && kReactions->contains(absl::AsciiStrToLower(w.text));
}

// The token of a participle of detention or violence that follows a noun
// in [b, e) with no comma after it ("activists detained during a
// protest"), or e. A participle after an auxiliary or an adverb belongs to
// the clause's own verb ("has detained", "were brutally beaten").
size_t ReducedRelative(const std::vector<Word>& words, size_t b, size_t e) {
  for (size_t k = e; k > b + 1; --k) {
    const Word& w = words[k - 1];
    if (IsPunct(w, ",") || IsPunct(w, ";")) return e;
    if (!IsParticiple(w) || !HasStem(words, k - 1, k, {"detain", "arrest", "abduct", "jail",
                                                        "imprison", "kill", "murder",
                                                        "attack", "assault", "beaten"})) {
      continue;
    }
    const Word& before = words[k - 2];
    if (!before.is_word || IsBe(before) || IsAdverb(before) || before.Is("to") ||
        before.Is("have") || before.Is("has") || before.Is("had") || IsPronoun(before)) {
      return e;
    }
    return k - 1;
  }
  return e;
}

// The body a clause's verb implies when the clause names no agent.
std::vector<PersonInfo> Implied(const std::vector<Word>& words, size_t b, size_t e,
                                const EventContext& ctx, const ImpliedBodies& bodies) {
  // "the three were released on bail": a court grants bail, the one the
  // document names if it names one. "The report was released" implies
  // no one.
  if (HasStem(words, b, e, {"released", "freed"}) && HasStem(words, b, e, {"bail"})) {
    std::string court = ctx.orgs == nullptr ? "" : ctx.orgs->ByHead("Court");
    if (court.empty()) court = "court";
    return {{court, "", court, true}};
  }
  bool arrest = false;
  for (size_t k = b; k < e; ++k) {
    // "arrest warrants" are issued by judges, not made by police.
    if (absl::StartsWithIgnoreCase(words[k].text, "arrest") && k + 1 < words.size() &&
        absl::StartsWithIgnoreCase(words[k + 1].text, "warrant")) {
      continue;
    }
    arrest = arrest || HasStem(words, k, k + 1, {"arrest", "detain", "detention", "detainment",
                                                  "seiz", "raid", "summon", "custody",
                                                  "abduct", "interrogat"});
  }
  if (arrest) {
    std::string body = bodies.authorities.empty() ? "police" : bodies.authorities;
    return {{body, "", body, true}};
  }
  // "was charged with treason", "was indicted": prosecutors charge, not
  // the police who made the arrest.
  if (HasStem(words, b, e, {"charged", "indicted"})) {
    std::string office = ctx.orgs == nullptr ? "" : ctx.orgs->ByHead("Office");
    if (!absl::StrContains(office, "Prosecut")) office = "prosecutors";
    return {{office, "", office, true}};
  }
  // "was sentenced to five years": only a court sentences, the one the
  // document names if it names one.
  // "the hearing was postponed", "the trial was adjourned": a court's
  // step too.
  // "The verdict was announced on 8 June": a verdict is the court's; so
  // is an appeal rejected or dismissed, and a trial or hearing that
  // opened or resumed.
  bool appeal = HasStem(words, b, e, {"appeal"}) &&
                HasStem(words, b, e, {"rejected", "dismissed", "upheld", "granted"});
  bool trial = HasStem(words, b, e, {"trial", "hearing"}) &&
               HasStem(words, b, e, {"opened", "began", "started", "resumed"});
  if (appeal || trial ||
      HasStem(words, b, e, {"sentenc", "convict", "acquit", "postpon", "adjourn", "verdict"})) {
    std::string court = ctx.orgs == nullptr ? "" : ctx.orgs->ByHead("Court");
    if (court.empty()) court = "court";
    return {{court, "", court, true}};
  }
  // "was deported", "was extradited", "were expelled": the State's
  // authorities remove people.
  if (HasStem(words, b, e, {"deport", "extradit", "expel"}) ||
      // "the internet was shut down", "access was blocked": no one but
      // the authorities does that to a country's network.
      (HasStem(words, b, e, {"shut", "blocked", "throttled"}) &&
       HasStem(words, b, e, {"internet", "access", "network", "messaging", "mobile"}))) {
    return {{"authorities", "", "authorities", true}};
  }
  if (!bodies.perpetrators.empty() &&
      HasStem(words, b, e,
              {"kill", "murder", "slain", "attack", "hack", "assault", "stabb", "shot", "beaten"})) {
    return {{bodies.perpetrators, "", bodies.perpetrators, true}};
  }
  if (HasStem(words, b, e, {"published", "posted"})) return Issuers(ctx);
  return {};
}

// Whether the clause [b, e) holds a passive that states an attack on
// someone ("was violently assaulted", "were shot", "had been beaten").
bool ViolentPassive(const std::vector<Word>& words, size_t b, size_t e) {
  for (size_t k = b; k + 1 < e; ++k) {
    if (!IsBe(words[k])) continue;
    size_t p = k + 1;
    while (p < e && (IsAdverb(words[p]) || IsBe(words[p]))) ++p;
    if (p < e && HasStem(words, p, p + 1, {"attacked", "assaulted", "beaten", "stabbed",
                                           "shot", "killed", "murdered", "slain",
                                           "injured", "wounded", "hacked"})) {
      return true;
    }
  }
  return false;
}

// "X wrote on his blog and was murdered on 7 April": a passive predicate
// joined by "and" after the clause's verb and before its date; the
// subject suffered the dated happening.
bool CoordinatedPassive(const std::vector<Word>& words, size_t v, size_t date_begin) {
  for (size_t k = v + 1; k + 2 < date_begin && k + 2 < words.size(); ++k) {
    if (!words[k].Is("and") || !(words[k + 1].Is("was") || words[k + 1].Is("were"))) continue;
    size_t p = k + 2;
    while (p < date_begin && IsAdverb(words[p])) ++p;
    if (p < date_begin && IsParticiple(words[p])) return true;
  }
  return false;
}

// The body a passive's verb implies, and for an attack that the document
// pins on no one, "unknown attackers".
std::vector<PersonInfo> ImpliedByPassive(const std::vector<Word>& words, size_t b, size_t e,
                                         const EventContext& ctx, const ImpliedBodies& bodies) {
  std::vector<PersonInfo> out = Implied(words, b, e, ctx, bodies);
  if (out.empty() && ViolentPassive(words, b, e)) {
    out.push_back({kUnknownAttackers, "", "", false});
  }
  return out;
}

// A noun that names an act its possessor did ("announcement", "ruling",
// "decision", "letter"): "the union's offices on Friday" dates no act of
// the union's, nor "the activist's detention" one of the activist's.
bool IsActNoun(absl::string_view lower) {
  static const auto* kActs = new absl::flat_hash_set<std::string>{
      "letter", "statement", "order", "request", "call", "ban", "visit", "speech",
      "report", "verdict", "response", "remarks", "move", "plan", "threat", "warning",
      "attack", "raid", "vote", "bill", "law", "decree", "judgment", "judgement",
      "appeal", "complaint", "claim", "demand", "offer", "note", "reply", "tweet",
      "post", "address", "proposal", "refusal", "launch", "reform"};
  // What is done to the possessor: "the activist's arrest" is the
  // police's act.
  static const auto* kSuffered = new absl::flat_hash_set<std::string>{
      "detention", "killing", "murder", "abduction", "disappearance", "imprisonment",
      "conviction", "sentencing", "sentence", "trial", "release", "execution", "torture",
      "harassment", "prosecution", "deportation", "expulsion", "questioning", "beating",
      "shooting", "kidnapping", "assassination", "surveillance", "suspension", "dismissal",
      "removal", "extradition", "interrogation", "hearing"};
  if (kSuffered->contains(lower)) return false;
  if (kActs->contains(lower)) return true;
  // Bodies that end like acts: "Georgia's Parliament adopted" is the
  // Parliament's doing.
  if (lower == "parliament" || lower == "government" || lower == "department") return false;
  for (absl::string_view suffix : {"ment", "tion", "sion", "ing", "ance", "ence", "sal", "val"}) {
    if (absl::EndsWith(lower, suffix)) return true;
  }
  return false;
}

// "“Harassment has become routine,” Jonas Meyer said on Tuesday": a
// quotation opening the clause is what was said, not who said it; the
// subject follows it. Returns the first token after the quotation and its
// punctuation when the date lies outside it, else b.
size_t PastOpeningQuote(const std::vector<Word>& words, const std::vector<bool>& quoted,
                        size_t b, size_t date_begin) {
  if (b >= date_begin || !quoted[b] || quoted[date_begin]) return b;
  size_t k = b;
  while (k < date_begin && quoted[k]) ++k;
  while (k < date_begin && !words[k].is_word) ++k;
  return k < date_begin ? k : b;
}

// The possessor of a subject phrase [s, h) that opens "X’s <act noun>"
// ("the government’s decision", "Nigeria’s adoption"), or none.
std::vector<PersonInfo> PossessorOfAct(absl::string_view text, const std::vector<Word>& words,
                                       size_t s, size_t h, const EventContext& ctx) {
  constexpr size_t kMaxOwnerWords = 5;
  for (size_t k = s; k + 1 < h && k < s + kMaxOwnerWords; ++k) {
    const Word& w = words[k];
    if (!w.is_word) return {};
    if (StripPossessive(w.text).size() == w.text.size()) continue;
    if (!words[k + 1].is_word || !IsActNoun(absl::AsciiStrToLower(words[k + 1].text))) return {};
    size_t b = words[s].Is("the") ? s + 1 : s;
    if (b > k) return {};
    bool body = b == k && IsBodyNoun(absl::AsciiStrToLower(StripPossessive(w.text)));
    if (!words[b].capitalized() && !body) return {};
    std::string name(StripPossessive(SpanText(text, words, b, k + 1)));
    return name.empty() ? std::vector<PersonInfo>() : ToActors(name, ctx);
  }
  return {};
}

// Whether a subject phrase [s, h) names an actor: its head (the last
// word before a preposition) is a name or a body noun, or it counts a
// group ("17 victims of the hack", "the defendants"). "Pompeo’s
// announcement" and "Such a call" name no one.
bool NamesSomeone(const std::vector<Word>& words, size_t s, size_t h) {
  if (s >= h) return false;
  const Word& first = words[s];
  if (IsPronoun(first) || (IsDeterminer(first) && !first.Is("all") && !first.Is("both"))) {
    return false;
  }
  // "four of the defendants": the group counted.
  if (s + 2 < h && words[s + 1].Is("of") && words[s + 2].Is("the") &&
      (IsNumber(first) || first.Is("two") || first.Is("three") || first.Is("four") ||
       first.Is("five") || first.Is("some") || first.Is("several"))) {
    return NamesSomeone(words, s + 2, h);
  }
  size_t end = s;
  while (end < h && !(end > s && IsPreposition(words[end]))) ++end;
  // "Ministry of Foreign Affairs": a preposition inside a name is part of it.
  if (end < h && end > s && words[end - 1].capitalized() && end + 1 < h &&
      words[end + 1].capitalized()) {
    end = h;
  }
  const Word* head = nullptr;
  for (size_t k = end; k > s; --k) {
    if (words[k - 1].is_word) {
      head = &words[k - 1];
      break;
    }
  }
  if (head == nullptr) return false;
  if (head->capitalized()) return StripPossessive(head->text).size() == head->text.size();
  std::string l = absl::AsciiStrToLower(head->text);
  if (IsBodyNoun(l)) return true;
  for (size_t k = s; k < end; ++k) {
    if (StripPossessive(words[k].text).size() != words[k].text.size()) return false;
  }
  // People named by role in the plural: "defendants", "victims",
  // "activists", "lawyers", "students".
  bool plural = false;
  for (absl::string_view suffix : {"ants", "ents", "ists", "ers", "ors", "ims", "ees"}) {
    plural = plural || absl::EndsWith(l, suffix);
  }
  return plural && (IsNumber(first) || first.Is("the") || first.Is("two") ||
                    first.Is("three") || first.Is("four") || first.Is("five"));
}

// "US Secretary of State, Michael Pompeo, announced": the name in
// apposition to a title, when the subject opens with one.
bool BareName(const std::vector<Word>& words, size_t b, size_t e) {
  if (b >= e || e - b > 5) return false;
  for (size_t k = b; k < e; ++k) {
    const Word& w = words[k];
    if (!(w.capitalized() || (w.text.size() == 2 && w.text[1] == '.') ||
          (!w.is_word && w.text == "."))) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool IsBodyNoun(absl::string_view lowercase) {
  static const auto* kBodies = new absl::flat_hash_set<std::string>{
      "prosecutor", "prosecutors", "government", "governments", "senators",
      "judges", "judge", "lawmakers", "administration", "court", "organizations",
      "organisations", "ngos", "experts", "officials", "authorities", "states",
      "parliament", "congress", "senate", "president", "minister", "police",
      "army", "military", "council", "commission", "committee", "coalition",
      "groups", "members", "representatives", "delegation", "ministry",
      "tribunal", "network", "office", "agency", "board", "panel", "movement",
      "officers", "agents", "soldiers", "forces", "guards", "investigators",
      "men", "gunmen", "assailants", "attackers", "unit", "bureau", "service",
      "department", "chamber", "alliance", "activists", "partners", "regulator",
      "regulators", "watchdog", "judiciary", "prosecution", "censors",
      // "the National Guard", "the Republican Guard", "pro-government
      // militias": armed bodies.
      "guard", "gendarmerie", "militia", "militias", "troops"};
  return kBodies->contains(lowercase);
}

bool IsVerbish(const Word& w) {
  static const auto* kVerbs = new absl::flat_hash_set<std::string>{
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
      "could", "must", "should", "may", "might", "did", "does", "do", "said",
      "says", "sent", "wrote", "made", "told", "took", "gave", "met", "held",
      "began", "came", "comes", "became", "calls", "urges", "welcomes",
      "states", "follows", "recalls", "condemns", "expresses", "notes",
      "demands", "seeks", "requests", "warns", "threatens", "announces",
      "sought", "brought", "won", "lost", "spoke", "led", "left", "set",
      "put", "ran", "saw", "let", "kept", "struck", "chose", "writes",
      "sends", "issues", "imposes", "signs", "signed", "launches", "opens",
      "launch", "spends", "stand", "urge", "call", "write", "join", "joins",
      // the issuers' present-tense reactions ("We condemn the arrest of X
      // on 4 May by police")
      "condemn", "denounce", "deplore", "express", "welcome", "reject",
      // irregular past tenses ("the Ministry froze the assets")
      "froze", "withdrew", "drew", "threw", "swore", "forbade", "undertook",
      "bore", "fought", "caught", "sold", "found", "heard", "paid", "laid",
      "built", "spent", "knew", "drove", "broke", "stood", "got", "hit",
      "cut", "shut", "rose", "fell", "stole", "tore", "wore", "upheld",
      "withheld", "fled", "taught", "thought", "understood", "overthrew",
      "overcame", "forgave", "foresaw", "withstood", "dealt", "meant", "felt",
      "fed", "flew", "grew", "hid", "lent", "misled", "slew", "swept", "woke",
      "arose", "bought", "forgot", "shook", "wept", "went", "rode", "sank"};
  if (!w.is_word || w.capitalized()) return false;
  std::string l = absl::AsciiStrToLower(w.text);
  // "We, the undersigned organisations, condemn ...": the signers' own
  // word is no verb of theirs.
  if (l == "undersigned") return false;
  return kVerbs->contains(l) || (l.size() > 4 && absl::EndsWith(l, "ed"));
}

// Whether a line break stands between two words of one tokenizing: a
// name never runs across one (a page's "Share Email" links above a
// paragraph opening "Authorities in ...").
bool LineBreakBetween(const Word& before, const Word& after) {
  const char* from = before.text.data() + before.text.size();
  if (after.text.data() < from) return false;
  return absl::string_view(from, static_cast<size_t>(after.text.data() - from))
             .find('\n') != absl::string_view::npos;
}

ImpliedBodies LearnImpliedBodies(const std::vector<Word>& words) {
  ImpliedBodies out;
  for (size_t i = 1; i < words.size(); ++i) {
    const Word& w = words[i];
    if (out.authorities.empty() && (w.Is("authorities") || w.Is("police")) &&
        words[i - 1].capitalized() && !words[i - 1].Is("The") &&
        !LineBreakBetween(words[i - 1], w)) {
      size_t b = i - 1;
      while (b > 0 && i - b < 3 && words[b - 1].capitalized() && !words[b - 1].Is("The") &&
             !LineBreakBetween(words[b - 1], words[b])) {
        --b;
      }
      // "the General Police Directorate": the name runs on past "Police".
      size_t e = i + 1;
      while (w.capitalized() && e < words.size() && e < i + 3 && words[e].capitalized() &&
             LooksLikeOrganization(words[e].text) && !LineBreakBetween(words[e - 1], words[e])) {
        ++e;
      }
      out.authorities = absl::StrCat(
          absl::string_view(words[b].text.data(), words[e - 1].end - words[b].begin));
    }
    if (out.perpetrators.empty() && w.Is("by") && words[i - 1].Is("claimed")) {
      size_t b = i + 1 < words.size() && words[i + 1].Is("the") ? i + 2 : i + 1;
      size_t e = b;
      while (e < words.size() && e < b + 12 &&
             (words[e].capitalized() || words[e].Is("or") || words[e].Is("and") ||
              IsPunct(words[e], "(") || IsPunct(words[e], ")") ||
              (words[e].is_word && IsNameConnectorAnyCase(words[e].text)))) {
        ++e;
      }
      while (e > b && words[e - 1].is_word && !words[e - 1].capitalized()) --e;
      if (e > b && words[b].capitalized()) {
        out.perpetrators = std::string(
            absl::string_view(words[b].text.data(), words[e - 1].end - words[b].begin));
      }
    }
  }
  if (out.perpetrators.empty()) out.perpetrators = LearnPerpetrators(words);
  return out;
}

std::vector<bool> QuotedTokens(const std::vector<Word>& words) {
  std::vector<bool> out(words.size(), false);
  bool single = false, curly = false, straight = false;
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    bool was = single || curly || straight;
    // Quote marks are never word tokens: words skip the comparisons.
    if (w.is_word) {
      out[k] = was;
      continue;
    }
    if (w.text == "\xE2\x80\x98") single = true;
    if (w.text == "\xE2\x80\x99") single = false;
    if (w.text == "\xE2\x80\x9C") curly = true;
    if (w.text == "\xE2\x80\x9D") curly = false;
    if (w.text == "\"") straight = !straight;
    out[k] = was || single || curly || straight;
  }
  return out;
}

// Whether token k is the "that" of "..., and that": a second reported
// clause with a subject of its own.
bool CoordinatedThat(const std::vector<Word>& words, size_t k) {
  return k >= 1 && words[k].Is("that") && words[k - 1].Is("and");
}

// "Parliament passed the Bill, and the President signed it": at words[k]
// an ", and" that joins two clauses, each with its own subject and verb.
// A list of subjects ("A, B, and C signed") has no verb before the "and".
bool CoordinatedClause(const std::vector<Word>& words, size_t k) {
  if (k < 2 || !words[k].Is("and") || !IsPunct(words[k - 1], ",")) return false;
  size_t n = k + 1;
  // ", and on 24 February a court placed her ...": the second clause may
  // open with its own date.
  if (n + 1 < words.size() && (words[n].Is("on") || words[n].Is("in"))) {
    size_t d = n + 1;
    while (d < words.size() && d < n + 5 &&
           (IsNumber(words[d]) || MonthNumber(words[d].text) != 0)) {
      ++d;
    }
    if (d > n + 1) n = d < words.size() && IsPunct(words[d], ",") ? d + 1 : d;
  }
  if (n < words.size() && (words[n].Is("the") || words[n].Is("a"))) ++n;
  size_t subject = n;
  while (n < words.size() && n < subject + 4 &&
         (words[n].capitalized() ||
          (words[n].is_word && IsBodyNoun(absl::AsciiStrToLower(words[n].text))))) {
    ++n;
  }
  if (n == subject || n >= words.size() || !IsVerbish(words[n])) return false;
  for (size_t b = 0; b + 1 < k; ++b) {
    if (IsVerbish(words[b])) return true;
  }
  return false;
}

// Whether words[k] opens a reported clause's subject: "police had
// searched", "the court would", "she was": a pronoun, a body noun or a
// name of at most three words, then a verb, all before `at`. "said on 3
// June", "said in a statement", "said the searches were lawful" (no body)
// are not.
bool ReportedSubjectAt(const std::vector<Word>& words, size_t k, size_t at) {
  if (k >= at || !words[k].is_word) return false;
  size_t n = k;
  if (words[n].Is("the")) ++n;
  if (n >= at) return false;
  if (IsPronoun(words[n]) && !words[n].Is("that") && !words[n].Is("this") &&
      !words[n].Is("it")) {
    return n + 1 < at && IsVerbish(words[n + 1]);
  }
  size_t m = n;
  while (m < at && m < n + 3 && words[m].capitalized()) ++m;
  if (m < at && words[m].is_word && IsBodyNoun(absl::AsciiStrToLower(words[m].text))) ++m;
  bool body = m > n && (words[m - 1].capitalized() ||
                        IsBodyNoun(absl::AsciiStrToLower(words[m - 1].text)));
  return body && m < at && IsVerbish(words[m]);
}

// "since the Court opened its investigation in January 2016", "two
// months after the Philippine government surrendered X on 12 March": the
// date sits in a clause that a subordinating "since", "after", "before"
// or "until" opens with its own subject and verb; that subject did the
// dated act, so the clause's subject starts after the conjunction (read
// as an adverbial opener, the conjunction would swallow the clause up to
// a comma, or hand it the main clause's subject). "since 20 February"
// and "after his arrest on 3 May" have no subject and verb of their own
// and stay openers.
size_t PastSubordinatingConjunction(const std::vector<Word>& words, size_t b, size_t at) {
  for (size_t k = at; k-- > b;) {
    const Word& w = words[k];
    if (IsPunct(w, ",") || IsPunct(w, ";")) return b;
    if (!(w.Is("since") || w.Is("after") || w.Is("before") || w.Is("until"))) continue;
    return ReportedSubjectAt(words, k + 1, at) ? k + 1 : b;
  }
  return b;
}

// "The ICC has faced mounting pressure since it opened an investigation
// in March 2021": "it", "he" or "she" opening a since-clause stands for
// the subject of the clause "since" hangs on, the one the sentence is
// about. Empty unless that subject is a name or body ("There has been
// pressure since it opened ..." has none).
std::vector<PersonInfo> SinceClauseReferent(absl::string_view text,
                                            const std::vector<Word>& words, size_t b,
                                            size_t at, const Spans& dates,
                                            const EventContext& ctx) {
  if (b == 0 || b + 2 >= at || !words[b].Is("since")) return {};
  const Word& pronoun = words[b + 1];
  if (!(pronoun.Is("it") || pronoun.Is("he") || pronoun.Is("she")) || pronoun.all_caps() ||
      !IsVerbish(words[b + 2])) {
    return {};
  }
  size_t main_b = ClauseBegin(words, b);
  size_t opener_end = main_b;
  size_t s = SubjectStart(words, main_b, b, dates, ctx, opener_end);
  size_t v = VerbAt(words, s, b, dates);
  if (s >= v || v >= b) return {};
  size_t k = words[s].Is("the") ? s + 1 : s;
  if (k >= v || !words[k].capitalized() || IsPronoun(words[k]) || IsDeterminer(words[k])) return {};
  return ToActors(SpanText(text, words, s, v), ctx);
}

size_t ClauseBegin(const std::vector<Word>& words, size_t at) {
  static const auto* kSaying = new absl::flat_hash_set<std::string>{
      "said", "stated", "announced", "claimed", "noted", "found", "concluded",
      "reported", "affirmed", "ruled", "held", "argued", "confirmed", "revealed",
      "alleged", "declared", "warned", "says", "states", "noted", "ensure"};
  std::vector<bool> quoted = QuotedTokens(words);
  bool date_quoted = at < words.size() && quoted[at];
  for (size_t k = std::min(at, words.size()); k > 0; --k) {
    const Word& w = words[k - 1];
    if (quoted[k - 1] && !date_quoted) continue;
    if (IsPunct(w, ";")) return k;
    // "when he was assaulted on 17 August": a clause of its own.
    if ((w.Is("when") || w.Is("while") || w.Is("although") || w.Is("because")) && k > 1 &&
        !IsPunct(words[k - 2], ",")) {
      return k - 1;
    }
    // "since the Court opened its investigation in January 2016"
    if (w.Is("since") && k < at) {
      for (size_t n = k; n < at && n < k + 6; ++n) {
        if (IsVerbish(words[n])) return k - 1;
      }
    }
    if ((w.Is("which") || w.Is("who")) && k >= 2 && IsPunct(words[k - 2], ",")) return k - 1;
    // "lawyers who have been detained since 20 February": a restrictive
    // relative clause in the passive is a clause of its own.
    if ((w.Is("which") || w.Is("who")) && k < at && PassiveAt(words, k, at)) return k - 1;
    if (w.Is("but") || w.Is("whereas")) return k;
    if (w.Is("that") && k >= 2 && (InSet(*kSaying, words[k - 2]) || IsVerbish(words[k - 2]))) {
      return k;
    }
    // "Omar Vick said police had searched his office on 3 June": a
    // reported clause without "that" starts after the verb of saying.
    if (k < at && InSet(*kSaying, w) && ReportedSubjectAt(words, k, at)) return k;
    // "recalls that X opened ... in 2021, and that Y authorised ... in 2024"
    if (CoordinatedThat(words, k - 1)) return k;
    if (k - 1 < at && CoordinatedClause(words, k - 1)) return k;
  }
  return 0;
}

size_t ClauseEnd(const std::vector<Word>& words, size_t at) {
  std::vector<bool> quoted = QuotedTokens(words);
  for (size_t k = at + 1; k < words.size(); ++k) {
    const Word& w = words[k];
    if (quoted[k]) continue;
    if (IsPunct(w, ";") || w.Is("but") || w.Is("whereas")) return k;
    if (CoordinatedThat(words, k)) return k - 1;
    if (CoordinatedClause(words, k)) return k - 1;
  }
  return words.size();
}

// "Council Regulation (EC) No 2271/96 ... was adopted in November 1996",
// "Commission Decision 2023/41 was issued": an instrument named after
// the body that makes it, adopted in the passive, was made by that body.
// "The Regulation was adopted" names none.
std::string InstrumentsIssuer(const std::vector<Word>& words, size_t s, size_t head_end) {
  size_t k = s < head_end && words[s].Is("the") ? s + 1 : s;
  if (k + 1 >= head_end || !words[k].capitalized() || !words[k + 1].capitalized()) return "";
  static const auto* kBodies = new absl::flat_hash_set<std::string>{
      "council", "commission", "parliament", "assembly", "government", "cabinet"};
  static const auto* kInstruments = new absl::flat_hash_set<std::string>{
      "regulation", "decision", "directive", "resolution", "decree", "order"};
  if (!InSet(*kBodies, words[k]) || !InSet(*kInstruments, words[k + 1])) return "";
  return std::string(words[k].text);
}

WhenClause WhenClauseAfterDate(absl::string_view text, const std::vector<Word>& words,
                               size_t date_end, const Spans& dates, const EventContext& ctx) {
  WhenClause out;
  size_t k = date_end;
  if (k > 0 && k <= words.size() && IsPunct(words[k - 1], ",")) --k;  // a span's own comma
  if (k + 2 >= words.size() || !IsPunct(words[k], ",") || !words[k + 1].Is("when")) return out;
  size_t s = k + 2;
  size_t head = words[s].Is("the") ? s + 1 : s;
  if (head >= words.size() || IsPronoun(words[head])) return out;
  // "the federal government", "police", "the Supreme Court": a body
  // named, or a lowercase phrase ending in a body noun.
  size_t end = words[head].capitalized() ? head + NameLength(words, head)
                                         : LowercaseBodyEnd(words, head, words.size());
  while (end < words.size() && words[end].is_word &&
         IsBodyNoun(absl::AsciiStrToLower(words[end].text))) {
    ++end;
  }
  if (end <= head || end >= words.size() || !IsVerbish(words[end])) return out;
  size_t v = VerbAt(words, s, words.size(), dates);
  if (v != end || PassiveAt(words, v, words.size())) return out;
  out.actors = ToActors(SpanText(text, words, s, v), ctx);
  out.verb = v;
  out.comma = k;
  return out;
}

ActorFinding FindActor(absl::string_view text, const std::vector<Word>& words,
                       size_t date_begin, size_t date_end, const Spans& dates,
                       const EventContext& ctx, const ImpliedBodies& bodies) {
  ActorFinding out;
  out.verb = words.size();
  std::vector<bool> quoted = QuotedTokens(words);
  size_t b = ClauseBegin(words, date_begin);
  size_t e = ClauseEnd(words, date_begin);
  b = PastOpeningQuote(words, quoted, b, date_begin);
  size_t seg_b = b, seg_e = NextComma(words, date_end, e);
  for (size_t k = date_begin; k > b; --k) {
    if (IsPunct(words[k - 1], ",")) {
      seg_b = k;
      break;
    }
  }
  auto agent_in = [&](size_t from, size_t to) -> bool {
    auto [ab, ae] = FindAgent(words, from, to, std::max(to, e), quoted);
    if (ae <= ab) return false;
    if (OtherConjunctsAgent(words, ab, ae, date_begin, date_end)) return false;
    out.actors = ToActors(SpanText(text, words, ab, ae), ctx);
    out.source = ActorSource::kAgent;
    return true;
  };

  // "which decided ...": the antecedent acts.
  if (b > 0 && (words[b].Is("which") || words[b].Is("who")) &&
      (IsPunct(words[b - 1], ",") || PassiveAt(words, b + 1, e))) {
    auto [ab, ae] = Antecedent(words, b - 1);
    if (words[b].Is("which") && InThingsPhrase(words, ab)) ae = ab;
    size_t v = VerbAt(words, b + 1, e, dates);
    out.verb = v;
    if (v < e && PassiveAt(words, v, e)) {
      // "who were abducted over the weekend": the antecedent suffered it.
      out.passive = true;
      if (agent_in(v, e) || agent_in(0, words.size())) return out;
      out.actors = ImpliedByPassive(words, b, e, ctx, bodies);
      if (!out.actors.empty()) out.source = ActorSource::kImplied;
      return out;
    }
    // "which he announced": the clause has a subject of its own.
    bool own_subject = b + 1 < e && (IsPronoun(words[b + 1]) || words[b + 1].capitalized());
    if (ae > ab && !own_subject) {
      out.actors = ToActors(SpanText(text, words, ab, ae), ctx);
      out.source = ActorSource::kSubject;
      return out;
    }
    ++b;  // "which President X signed": the clause's own subject
  }

  if (std::vector<PersonInfo> main = SinceClauseReferent(text, words, b, date_begin, dates, ctx);
      !main.empty()) {
    out.actors = std::move(main);
    out.source = ActorSource::kSubject;
    out.verb = b + 2;
    return out;
  }
  b = PastSubordinatingConjunction(words, b, date_begin);
  size_t opener_end = b;
  size_t s = SubjectStart(words, b, e, dates, ctx, opener_end);
  size_t v = VerbAt(words, s, e, dates);
  out.verb = v;
  // The date sits in a phrase apart from the clause's verb that names its
  // own agent ("Responding to the arrest of two lawyers by police on 4
  // May, X said").
  if (date_begin < date_end && (date_end <= s || v < seg_b || v >= seg_e) &&
      agent_in(seg_b, seg_e)) {
    return out;
  }

  // "Three weeks after the arrest of X on 29 August, the authorities
  // have still not ...": a date in an opener before the subject dates the
  // act the opener names, done by the body that act implies, not the
  // main clause's subject.
  if (date_end <= s && date_begin > seg_b) {
    std::vector<PersonInfo> implied = Implied(words, seg_b, date_begin, ctx, bodies);
    if (!implied.empty()) {
      out.actors = std::move(implied);
      out.source = ActorSource::kImplied;
      out.act_end = date_end;
      return out;
    }
  }

  // "X condemned the arrest of Y on 4 May": the subject reacts to the
  // dated happening, which someone else did (its agent, or the body it
  // implies).
  // "We are writing to express alarm at", "we wish to condemn": the
  // reaction a few words after the verb.
  size_t reaction = v;
  while (reaction < date_begin && reaction < v + 4 && !IsReaction(words[reaction]) &&
         words[reaction].is_word && !words[reaction].capitalized()) {
    ++reaction;
  }
  if (reaction < date_begin && IsReaction(words[reaction])) {
    v = reaction;
    if (agent_in(v + 1, e)) return out;
    std::vector<PersonInfo> implied = Implied(words, v + 1, date_begin, ctx, bodies);
    if (!implied.empty()) {
      out.actors = std::move(implied);
      out.source = ActorSource::kImplied;
      return out;
    }
  }

  // "called on the authorities to free activists detained during a protest
  // on 28 May": a participle after a noun dates a happening of its own,
  // done by its agent or the body it implies, not by the clause's subject.
  if (v < date_begin) {
    size_t p = ReducedRelative(words, v + 1, date_begin);
    if (p < date_begin) {
      if (agent_in(p, e)) return out;
      std::vector<PersonInfo> implied = Implied(words, p, p + 1, ctx, bodies);
      if (!implied.empty()) {
        out.actors = std::move(implied);
        out.source = ActorSource::kImplied;
        return out;
      }
    }
  }

  // "a warrant issued by the Chamber on 7 March": a participle's agent
  // just before the date names who did what the date dates.
  for (size_t k = date_begin; k > 0 && k + 10 > date_begin; --k) {
    if (IsPunct(words[k - 1], ",") || IsPunct(words[k - 1], ";")) break;
    if (!words[k - 1].Is("by") || k < 2 || !IsParticiple(words[k - 2])) continue;
    if (k >= 3 && (IsBe(words[k - 3]) || IsAdverb(words[k - 3]))) break;  // a passive clause
    if (agent_in(k - 1, date_begin)) return out;
    break;
  }
  // "the Bill introduced into the Federal Parliament last week", "a draft
  // law tabled on 3 May": a government puts bills before parliament, and
  // the participle names no one else ("tabled by three MPs" does).
  if (std::vector<PersonInfo> government = BillIntroducer(words, b, date_begin, ctx);
      !government.empty()) {
    if (agent_in(b, e)) return out;
    out.actors = std::move(government);
    out.source = ActorSource::kImplied;
    return out;
  }

  // "The government’s announcement on 3 April", "the Chamber’s ruling
  // of 1 March": the possessor made the dated act; in a letter, "your
  // announcement of 10 February" is the addressee's.
  if (date_begin >= 3 && (words[date_begin - 1].Is("on") || words[date_begin - 1].Is("of")) &&
      words[date_begin - 2].is_word && !words[date_begin - 2].capitalized()) {
    const Word& owner = words[date_begin - 3];
    if (owner.Is("your") && !ctx.addressee.empty()) {
      out.actors = ToActors(ctx.addressee, ctx);
      out.source = ActorSource::kSubject;
      return out;
    }
    if (owner.is_word && owner.text.size() > 3 &&
        StripPossessive(owner.text).size() != owner.text.size() &&
        IsActNoun(absl::AsciiStrToLower(words[date_begin - 2].text))) {
      size_t ob = date_begin - 3;
      while (ob > 0 && words[ob - 1].is_word && !words[ob - 1].Is("the") &&
             !IsPreposition(words[ob - 1]) && !IsVerbish(words[ob - 1]) &&
             date_begin - ob < 7) {
        --ob;
      }
      std::string name = SpanText(text, words, ob, date_begin - 2);
      name = std::string(StripPossessive(name));
      if (!name.empty()) {
        out.actors = ToActors(name, ctx);
        out.source = ActorSource::kSubject;
        return out;
      }
    }
  }

  // "a May 23 appeals court ruling": the body between an attributive
  // date and its noun.
  if (date_begin > 0 && (words[date_begin - 1].Is("a") || words[date_begin - 1].Is("the"))) {
    for (size_t k = date_end; k < e && k < date_end + 3; ++k) {
      if (!words[k].is_word || words[k].capitalized()) break;
      if (IsBodyNoun(absl::AsciiStrToLower(words[k].text))) {
        out.actors = ToActors(SpanText(text, words, date_end, k + 1), ctx);
        out.source = ActorSource::kSubject;
        return out;
      }
    }
  }

  bool passive = v < e && (PassiveAt(words, v, e) || CoordinatedPassive(words, v, date_begin));
  out.passive = passive;
  size_t head_end = std::min(v, NextComma(words, s, v));
  // "Police on 4 May arrested": a date between subject and verb is no
  // part of the subject, nor is the preposition that brings it.
  for (const auto& [db, de] : dates) {
    if (db <= s || db >= head_end) continue;
    head_end = db;
    while (head_end > s + 1 && IsPreposition(words[head_end - 1])) --head_end;
  }
  // "The government first suspended", "Police also detained": an adverb
  // before the verb is no part of the subject.
  while (head_end > s + 1 && IsAdverb(words[head_end - 1])) --head_end;
  // "the government’s Anti-Corruption Unit": the possessed body.
  // A State's organ named bare keeps its State ("Georgia's Parliament"):
  // "Parliament" alone says whose it is no more.
  bool state_owned = false;
  for (size_t k = s; k + 1 < head_end; ++k) {
    if (StripPossessive(words[k].text).size() != words[k].text.size() &&
        words[k + 1].capitalized()) {
      bool state_organ = k + 2 == head_end && words[k].capitalized() &&
                         (words[k + 1].Is("parliament") || words[k + 1].Is("government") ||
                          words[k + 1].Is("senate") || words[k + 1].Is("congress") ||
                          words[k + 1].Is("cabinet"));
      state_owned = state_organ;
      if (state_organ) break;
      s = k + 1;
      break;
    }
  }
  // "Independent journalist Nina Corr said", "Prominent lawyer Ana Ruiz
  // was": a capitalized adjective opening the sentence describes the
  // person named after the role; the person is the subject.
  if (!state_owned) s = PastCapitalizedDescription(text, words, s, head_end);
  // A name the verb list misses ("the Ministry of Finance froze ...")
  // ends the subject after the name and any body noun after it.
  if (!state_owned) {
    size_t k = s < e && (words[s].Is("the") || words[s].Is("a")) ? s + 1 : s;
    if (k < head_end && words[k].capitalized() && !IsDeterminer(words[k]) &&
        !IsPronoun(words[k])) {
      size_t n = NameLength(words, k);
      size_t end = k + n;
      while (end < head_end && words[end].is_word &&
             IsBodyNoun(absl::AsciiStrToLower(words[end].text)))
        ++end;
      // "the Phnom Penh municipal court"
      for (size_t a = end; n > 0 && a < head_end && a < end + 3; ++a) {
        if (!words[a].is_word || words[a].capitalized() || IsVerbish(words[a])) break;
        if (IsBodyNoun(absl::AsciiStrToLower(words[a].text))) {
          end = a + 1;
          break;
        }
      }
      if (n > 0 && end < head_end && !IsPreposition(words[end])) head_end = end;
    }
  }
  // "border officers at the northern crossing": a lowercase subject ends
  // at a place after its body noun ("of" names whose body they are). A
  // capitalized body noun heads a name that goes on ("the Committee on
  // Enforced Disappearances", "the Office on Missing Persons").
  if (s < head_end && !words[s].capitalized()) {
    for (size_t k = s; k + 1 < head_end; ++k) {
      const Word& next = words[k + 1];
      if (words[k].is_word && !words[k].capitalized() &&
          IsBodyNoun(absl::AsciiStrToLower(words[k].text)) &&
          (next.Is("at") || next.Is("in") || next.Is("from") || next.Is("on") || next.Is("near") ||
           next.Is("outside"))) {
        head_end = k + 1;
        break;
      }
    }
  }
  // "Nigeria’s adoption of the Act 2015 violates ...": the subject is an
  // act, and its possessor did it.
  if (std::vector<PersonInfo> owner =
          PossessorOfAct(text, words, s, std::min(v, NextComma(words, s, v)), ctx);
      !owner.empty()) {
    out.actors = std::move(owner);
    out.source = ActorSource::kSubject;
    return out;
  }
  bool subject_names = v < e && NamesSomeone(words, s, head_end) && !passive;
  // "A diverse group of NGOs has today joined forces under the banner X":
  // a collective that the sentence names only by the banner it forms
  // acts as that body.
  if (!subject_names && !passive && v < e) {
    if (std::string banner = BannerName(text, words, v, e); !banner.empty()) {
      // A body by what the sentence says of it, whatever words its name
      // holds ("Fair Homes for All").
      std::string full = ctx.orgs == nullptr ? "" : ctx.orgs->FullName(banner);
      if (full.empty()) full = banner;
      out.actors = {{full, "", full, true}};
      out.source = ActorSource::kSubject;
      return out;
    }
  }
  // "Her lawyer, Ivan Petrov, filed ...": a possessed role names no one,
  // the name in apposition to it does.
  if (!subject_names && !passive && v < e && head_end < v && IsDeterminer(words[s]) &&
      StripPossessive(words[s].text).size() == words[s].text.size() &&
      IsPunct(words[head_end], ",")) {
    size_t c = NextComma(words, head_end + 1, v + 1);
    if (c <= v && BareName(words, head_end + 1, c) &&
        LooksLikePersonName(SpanText(text, words, head_end + 1, c))) {
      out.actors = ToActors(SpanText(text, words, head_end + 1, c), ctx);
      out.source = ActorSource::kSubject;
      return out;
    }
  }

  bool we = s < e && (words[s].Is("we") || absl::StartsWithIgnoreCase(words[s].text, "we\xE2\x80\x99") ||
                      absl::StartsWithIgnoreCase(words[s].text, "we'"));
  if (we) {
    // "We are concerned by the letter sent on 24 April by X": X acts.
    if (date_begin > s + 1 && agent_in(seg_b, seg_e)) return out;
    // "We, A, B and C – today launch ...": the list as written.
    if (s + 1 < e && IsPunct(words[s + 1], ",")) {
      size_t k = s + 2;
      while (k < e && !(IsDash(words[k]) && words[k].text != "-") && !IsVerbish(words[k]) &&
             !words[k].Is("today")) {
        ++k;
      }
      std::string list = SpanText(text, words, s + 2, k);
      if (!list.empty() && words[s + 2].capitalized()) {
        out.actors = {{list, "", list, true}};
        out.source = ActorSource::kSubject;
        return out;
      }
    }
    out.actors = Issuers(ctx);
    out.source = ActorSource::kSubject;
    out.we = true;
    return out;
  }

  if (subject_names) {
    std::string subject = SpanText(text, words, s, head_end);
    if (head_end < v && IsPunct(words[head_end], ",")) {
      size_t c = NextComma(words, head_end + 1, v + 1);
      std::string title, name;
      SplitTitle(subject, title, name);
      // "the Registrar, Ana Lopes, said": a subject that ends in its
      // title word is a title only, as much as one SplitTitle empties.
      // So is "The UN Special Rapporteur on human rights defenders": an
      // office named by what it covers, and no person's name in it.
      bool office = false;
      for (size_t k = s; k < head_end && !office; ++k) {
        office = words[k].is_word && words[k].capitalized() &&
                 IsOfficeWord(absl::AsciiStrToLower(words[k].text));
      }
      bool title_only = name.empty() ||
                        (head_end > s && words[head_end - 1].is_word &&
                         IsTitleWord(absl::AsciiStrToLower(words[head_end - 1].text))) ||
                        (office && !LooksLikePersonName(name) &&
                         LooksLikePersonName(SpanText(text, words, head_end + 1, c)));
      if (c <= v && title_only && BareName(words, head_end + 1, c)) {
        subject = SpanText(text, words, head_end + 1, c);
        head_end = v;  // the appositive is the whole subject
      }
    }
    // "four of the defendants, A, B and C appealed": the names given.
    if (head_end < v && IsPunct(words[head_end], ",") && !words[s].capitalized() &&
        !words[s].Is("the")) {
      std::string all = SpanText(text, words, s, v);
      if (!HasMoreWordsThan(all, 16)) subject = all;
    }
    out.actors = ToActors(subject, ctx);
    out.source = ActorSource::kSubject;
    return out;
  }
  // A passive, or a subject that names no one ("Such a call made by X",
  // "news broke that ... developed by X"): the agent, nearest first.
  if (agent_in(seg_b, seg_e) || agent_in(b, e)) return out;
  if (passive && FoundingPassive(words, v, e) && NamesSomeone(words, s, head_end)) {
    out.actors = ToActors(SpanText(text, words, s, head_end), ctx);
    out.source = ActorSource::kSubject;
    return out;
  }
  out.personal_pronoun = !passive && v < e && head_end == s + 1 &&
                         (words[s].Is("he") || words[s].Is("she"));
  out.pronoun = s;
  if (!passive && v < e && head_end == s + 1 && words[s].Is("they")) out.they = s;
  if (passive || v == e || !NamesSomeone(words, s, head_end)) {
    // "was arrested on 3 April and charged on 5 April": the participle
    // nearest before the date names the act the date dates.
    for (size_t k = date_begin; passive && k > v + 1; --k) {
      if (!IsParticiple(words[k - 1])) continue;
      out.actors = Implied(words, k - 1, k, ctx, bodies);
      if (!out.actors.empty()) {
        out.source = ActorSource::kImplied;
        return out;
      }
      break;
    }
    out.actors = Implied(words, b, e, ctx, bodies);
    if (!out.actors.empty()) {
      out.source = ActorSource::kImplied;
      return out;
    }
    if (agent_in(0, words.size())) return out;
    if (passive) {
      if (std::string issuer = InstrumentsIssuer(words, s, head_end); !issuer.empty()) {
        out.actors = ToActors(issuer, ctx);
        out.source = ActorSource::kImplied;
        return out;
      }
    }
    if (passive || v == e) {
      out.actors = ImpliedByPassive(words, b, e, ctx, bodies);
      if (!out.actors.empty()) out.source = ActorSource::kImplied;
    }
  }
  return out;
}

}  // namespace amicus::extract
