#include "extract/events.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/document_info.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

using amicus::v1::EventType;

constexpr size_t kMinEventWords = 5;
constexpr size_t kMaxEvidenceBytes = 1500;
constexpr size_t kEvidenceWindow = 300;
constexpr size_t kMaxSummaryBytes = 200;

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

bool HasPrefix(const std::vector<std::string>& words, absl::string_view prefix) {
  for (const std::string& w : words) {
    if (absl::StartsWith(w, prefix)) return true;
  }
  return false;
}

bool Has(const std::vector<std::string>& words, absl::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool HasSequence(const std::vector<std::string>& words, absl::string_view a,
                 absl::string_view b) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == a && words[i + 1] == b) return true;
  }
  return false;
}

// Sentence-opening words that start an adverbial, not the subject.
bool IsAdverbialOpener(const Word& w) {
  static const auto* kOpeners = new absl::flat_hash_set<std::string>{
      "in", "on", "at", "as", "after", "before", "since", "during", "following",
      "earlier", "later", "today", "yesterday", "last", "this", "meanwhile",
      "however", "also", "then", "additionally", "moreover", "furthermore",
      "regrettably", "when", "while", "although", "though", "despite",
      "because", "if", "accordingly", "according", "by", "with", "under",
      "for", "from", "between", "until", "once", "instead", "indeed", "yet",
      "notably", "specifically", "similarly", "recently", "previously"};
  return w.is_word && kOpeners->contains(Lower(w.text));
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
      "put", "ran", "saw", "let", "kept", "struck", "chose", "wrote", "writes",
      "sends", "issues", "imposes", "signs", "signed", "launches", "opens",
      // irregular past tenses ("the Ministry froze the assets")
      "froze", "withdrew", "drew", "threw", "swore", "forbade", "undertook",
      "bore", "fought", "caught", "sold", "found", "heard", "paid", "laid",
      "built", "spent", "knew", "drove", "broke", "stood", "got", "hit",
      "cut", "shut", "began", "rose", "fell", "stole", "tore", "wore"};
  if (!w.is_word || w.capitalized()) return false;
  std::string l = Lower(w.text);
  return kVerbs->contains(l) || (l.size() > 4 && absl::EndsWith(l, "ed"));
}

bool IsAdverb(const Word& w) {
  return w.is_word && !w.capitalized() &&
         (absl::EndsWith(w.text, "ly") || w.Is("also") || w.Is("further"));
}

bool IsPronoun(absl::string_view s) {
  static const auto* kPronouns = new absl::flat_hash_set<std::string>{
      "we", "it", "this", "that", "these", "those", "he", "she", "they", "i",
      "you", "there", "which", "who"};
  return kPronouns->contains(Lower(s));
}

// Lowercase heads that name acting bodies ("the ICC prosecutor", "121
// NGOs and civil society organizations", "U.S. lawmakers").
bool IsBodyNoun(absl::string_view lowercase) {
  static const auto* kBodies = new absl::flat_hash_set<std::string>{
      "prosecutor", "prosecutors", "government", "governments", "senators",
      "judges", "judge", "lawmakers", "administration", "court", "organizations",
      "organisations", "ngos", "experts", "officials", "authorities", "states",
      "parliament", "congress", "senate", "president", "minister", "police",
      "army", "military", "council", "commission", "committee", "coalition",
      "groups", "members", "representatives", "delegation", "ministry",
      "tribunal", "coalition", "network", "office", "agency", "board",
      "officers", "agents", "soldiers", "forces", "guards", "investigators"};
  return kBodies->contains(lowercase);
}

// Top-level comma segments of a sentence (commas inside quotation marks
// or parentheses do not split).
std::vector<std::vector<Word>> Segments(const std::vector<Word>& words) {
  std::vector<std::vector<Word>> out(1);
  int depth = 0;
  bool in_quote = false;
  for (const Word& w : words) {
    if (w.text == "(") ++depth;
    if (w.text == ")" && depth > 0) --depth;
    if (w.text == "\xE2\x80\x9C") in_quote = true;
    if (w.text == "\xE2\x80\x9D") in_quote = false;
    if (w.text == "," && depth == 0 && !in_quote) {
      if (!out.back().empty()) out.emplace_back();
      continue;
    }
    out.back().push_back(w);
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

absl::string_view Span(absl::string_view t, const Word& a, const Word& b) {
  return t.substr(a.begin, b.end - a.begin);
}

bool NameLike(absl::string_view t, const std::vector<Word>& subject) {
  if (subject.empty()) return false;
  const Word& last = subject.back();
  if (IsPronoun(last.text)) return false;
  // "Protecting the independence of the Court is ...": a gerund clause.
  if (absl::EndsWith(subject.front().text, "ing") && subject.front().capitalized() &&
      subject.size() > 1) {
    return false;
  }
  if (last.text == ")") return true;  // "... Court (CICC)"
  if (last.capitalized()) {
    return StripPossessive(last.text).size() == last.text.size();
  }
  (void)t;
  for (size_t k = 0; k + 1 < subject.size(); ++k) {
    if (StripPossessive(subject[k].text).size() != subject[k].text.size()) return false;
  }
  return last.is_word && IsBodyNoun(Lower(last.text));
}

// Whether the words before a clause's first verb end in a body noun or
// a name ("twelve United States Senators", "migration officers at the
// airport").
bool NamesBody(const std::vector<Word>& seg) {
  for (const Word& w : seg) {
    // "one month after the Prosecutor announced": itself an adverbial.
    if (IsVerbish(w) || IsAdverbialOpener(w)) return false;
    if (w.is_word && (w.capitalized() || IsBodyNoun(Lower(w.text)))) return true;
  }
  return false;
}

// "migration officers at the airport": a lowercase subject ends at a
// preposition after its body noun, except "of", which names the body the
// people belong to ("agents of the Intelligence Service").
size_t BodyPhraseEnd(const std::vector<Word>& seg) {
  for (size_t k = 0; k + 1 < seg.size(); ++k) {
    if (!seg[k].is_word || !IsBodyNoun(Lower(seg[k].text))) continue;
    const Word& next = seg[k + 1];
    if (next.Is("at") || next.Is("in") || next.Is("from") || next.Is("on") ||
        next.Is("near") || next.Is("outside")) {
      return k + 1;
    }
  }
  return seg.size();
}

// Where a subject that opens with a name ends: after the name and any
// lowercase head it qualifies ("the ICC prosecutor"), so that a verb the
// verb list misses ("the Ministry of Finance froze ...") is not taken into
// the subject. seg.size() when the segment does not open with a name.
size_t NamePhraseEnd(const std::vector<Word>& seg) {
  size_t k = !seg.empty() && (seg[0].Is("the") || seg[0].Is("a")) ? 1 : 0;
  if (k >= seg.size()) return seg.size();
  // "His remarks", "Protecting the Court": a capital that starts no name.
  std::string first = Lower(seg[k].text);
  if (IsPronoun(first) || first == "his" || first == "her" || first == "its" ||
      first == "their" || first == "our" || first == "my" || first == "your" ||
      absl::EndsWith(first, "ing")) {
    return seg.size();
  }
  size_t n = NameLength(seg, k);
  if (n == 0) return seg.size();
  size_t end = k + n;
  while (end < seg.size() && seg[end].is_word && IsBodyNoun(Lower(seg[end].text))) ++end;
  return end;
}

// The words before the first verb of the first clause that is not an
// adverbial; an appositive name after a title ("US Secretary of State,
// Michael Pompeo, announced") wins over the title.
std::vector<Word> Subject(const std::vector<Word>& words) {
  std::vector<std::vector<Word>> segments = Segments(words);
  for (size_t s = 0; s < segments.size(); ++s) {
    const std::vector<Word>& seg = segments[s];
    const Word& first = seg.front();
    bool lower_start = first.is_word && !first.capitalized() &&
                       !absl::ascii_isdigit(static_cast<unsigned char>(first.text[0])) &&
                       !first.Is("the") && !first.Is("a") && !first.Is("an");
    if (!first.is_word || IsAdverbialOpener(first)) continue;
    // "On 24 April, twelve United States Senators wrote ...", "Yesterday,
    // migration officers turned back ...": after an opening adverbial a
    // lowercase clause can still be the subject when it names a body.
    if (lower_start && !(s > 0 && IsAdverbialOpener(segments[s - 1].front()) &&
                         NamesBody(seg))) {
      continue;
    }
    size_t v = 0;
    while (v < seg.size() && !IsVerbish(seg[v])) ++v;
    v = std::min(v, NamePhraseEnd(seg));
    if (lower_start) v = std::min(v, BodyPhraseEnd(seg));
    std::vector<Word> subject;
    for (size_t k = 0; k < v; ++k) {
      if (!IsAdverb(seg[k])) subject.push_back(seg[k]);
    }
    if (v == seg.size() && s + 1 < segments.size()) {
      const std::vector<Word>& next = segments[s + 1];
      bool bare_name = next.size() <= 5 &&
                       std::all_of(next.begin(), next.end(), [](const Word& w) {
                         return w.capitalized() || (w.text.size() == 2 && w.text[1] == '.');
                       });
      if (bare_name) return next;
    }
    return subject;
  }
  return {};
}

// "threats made by U.S. National Security Advisor John Bolton", "a letter
// sent ... by the ACLU, ICJ and ISHR".
std::vector<Word> Agent(const std::vector<Word>& words) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!words[i].Is("by")) continue;
    size_t k = i + 1;
    if (words[k].Is("the") && k + 1 < words.size()) ++k;
    size_t n = NameLength(words, k);
    if (n == 0) continue;
    size_t end = k + n;
    // "the ACLU, ICJ and ISHR"
    while (end + 1 < words.size() && (words[end].text == "," || words[end].Is("and"))) {
      size_t m = NameLength(words, end + 1);
      if (m == 0) break;
      end = end + 1 + m;
    }
    return std::vector<Word>(words.begin() + k, words.begin() + end);
  }
  return {};
}

// "Prosecutor Amina Diallo": a title before a person's name, even when the
// title is also an office ("prosecutor").
bool TitledPerson(absl::string_view text, std::string& title, std::string& name) {
  SplitTitle(text, title, name);
  size_t words = CountWords(name);
  return !title.empty() && words >= 2 && words <= 4 && !LooksLikeOrganization(name);
}

PersonInfo ToActor(std::string text, const EventContext& ctx) {
  if (absl::StartsWith(text, "the ") || absl::StartsWith(text, "The ")) {
    text = text.substr(4);
  }
  std::string title, name;
  if (TitledPerson(text, title, name)) {
    if (const PersonInfo* known = ctx.people->Find(name)) return *known;
    return {name, title, "", false};
  }
  std::vector<Word> words = Tokenize(text);
  bool org = LooksLikeOrganization(text) || ctx.orgs->IsAcronym(text) ||
             text.find(',') != std::string::npos ||
             (!words.empty() && IsBodyNoun(Lower(words.back().text)));
  if (org) {
    // "the Tribunal" after "the Regional Human Rights Tribunal"
    std::string full = words.size() == 1 ? ctx.orgs->ByHead(text) : "";
    if (full.empty()) full = ctx.orgs->FullName(text);
    return {full, "", full, true};
  }
  SplitTitle(text, title, name);
  if (const PersonInfo* known = ctx.people->Find(name)) return *known;
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
std::vector<PersonInfo> ToActors(absl::string_view t, const std::vector<Word>& phrase,
                                 const EventContext& ctx) {
  std::string text(Span(t, phrase.front(), phrase.back()));
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
  std::string head = full.size() > 1
                         ? absl::StrJoin(full.begin(), full.end() - 1, ", ")
                         : "";
  std::string name(absl::StripPrefix(absl::StripPrefix(text, "the "), "The "));
  return {{name, "", absl::StrCat(head, " and ", full.back()), true}};
}

std::string Summary(absl::string_view sentence) {
  if (sentence.size() <= kMaxSummaryBytes) return std::string(sentence);
  size_t cut = sentence.rfind(' ', kMaxSummaryBytes);
  if (cut == absl::string_view::npos) cut = kMaxSummaryBytes;
  return absl::StrCat(sentence.substr(0, cut), " ...");
}

Range EvidenceRange(absl::string_view t, Range sentence, const DateMention& m) {
  if (sentence.size() <= kMaxEvidenceBytes) return sentence;
  size_t b = m.begin > sentence.begin + kEvidenceWindow ? m.begin - kEvidenceWindow
                                                        : sentence.begin;
  size_t e = std::min(sentence.end, m.end + kEvidenceWindow);
  while (b > sentence.begin && t[b] != ' ') --b;
  while (e < sentence.end && t[e] != ' ') ++e;
  return Trim(t, {b, e});
}

// Where ", and <verb>" joins a second predicate to the sentence's subject
// (offset of the comma), or 0.
size_t CoordinatedPredicate(absl::string_view t, Range evidence,
                            const std::vector<Word>& words) {
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    if (words[i].text != "," || !words[i + 1].Is("and") || !IsVerbish(words[i + 2])) {
      continue;
    }
    if (t.substr(words[i].begin, 6) != ", and " || words[i].begin <= evidence.begin) {
      continue;
    }
    return words[i].begin;
  }
  return 0;
}

// "one month after the Prosecutor announced that ...": the clause after
// "after" is its own event, dated from the sentence's other date.
FoundEvent AnchoredEvent(absl::string_view t, Range sentence, const DateMention& m,
                         const EventContext& ctx) {
  size_t clause_begin = sentence.begin + m.anchored_clause;
  size_t end = t.find(", ", clause_begin);
  if (end == absl::string_view::npos || end > sentence.end) end = sentence.end;
  FoundEvent event;
  event.date = m.date;
  event.evidence = Trim(t, {m.begin, end});
  absl::string_view clause = t.substr(clause_begin, end - clause_begin);
  event.type = ClassifyEvent(clause);
  event.summary = Summary(event.evidence.in(t));
  std::vector<Word> words = Tokenize(clause, clause_begin);
  std::vector<Word> actor = Subject(words);
  if (!actor.empty() && !IsPronoun(actor.front().text)) {
    event.actors = ToActors(t, actor, ctx);
  }
  return event;
}

// "Earlier this year, on 24 April, ...": a date that another date of the
// same sentence narrows down is the same event, not a second one.
bool CoarserThanAnother(const DateMention& m, const std::vector<DateMention>& all) {
  for (const DateMention& o : all) {
    if (o.bound || o.anchored || o.date.year != m.date.year) continue;
    bool finer = m.date.month == 0 ? o.date.month > 0
                                   : o.date.month == m.date.month && m.date.day == 0 &&
                                         o.date.day > 0;
    if (finer) return true;
  }
  return false;
}

// A date in a sentence that closes a quotation opened in an earlier one
// ("Today the mothers can look to a courtroom,” said X.") is the
// speaker's word, not the document's account of an event.
bool InsideQuotation(absl::string_view sentence, const DateMention& m) {
  constexpr absl::string_view kOpen = "\xE2\x80\x9C";
  constexpr absl::string_view kClose = "\xE2\x80\x9D";
  absl::string_view before = sentence.substr(0, m.begin);
  if (before.find(kOpen) != absl::string_view::npos ||
      before.find(kClose) != absl::string_view::npos) {
    return false;
  }
  size_t close = sentence.find(kClose, m.end);
  return close != absl::string_view::npos && sentence.find(kOpen, m.end) > close;
}

}  // namespace

EventType ClassifyEvent(absl::string_view sentence) {
  std::vector<std::string> w;
  for (const Word& word : Tokenize(sentence)) {
    if (word.is_word) w.push_back(Lower(word.text));
  }
  bool visa = HasPrefix(w, "visa");
  if (visa && (HasPrefix(w, "revok") || Has(w, "deny") || Has(w, "denied") ||
               Has(w, "denies") || HasPrefix(w, "restrict") || HasPrefix(w, "ban") ||
               HasPrefix(w, "bar"))) {
    return amicus::v1::EVENT_TYPE_VISA_RESTRICTION;
  }
  bool sanction = HasPrefix(w, "sanction");
  if (HasPrefix(w, "threaten") || HasPrefix(w, "intimidat") ||
      HasSequence(w, "threats", "made") || HasSequence(w, "threat", "made") ||
      (HasSequence(w, "called", "for") && sanction) ||
      (HasSequence(w, "calls", "for") && sanction)) {
    return amicus::v1::EVENT_TYPE_THREAT;
  }
  if (HasPrefix(w, "warrant")) return amicus::v1::EVENT_TYPE_WARRANT;
  bool assets = HasPrefix(w, "asset");
  if (Has(w, "sanctioned") || (assets && (HasPrefix(w, "froze") || HasPrefix(w, "freez"))) ||
      ((Has(w, "imposed") || Has(w, "impose") || Has(w, "imposes")) && sanction)) {
    return amicus::v1::EVENT_TYPE_SANCTION;
  }
  if (Has(w, "letter") || Has(w, "letters") || Has(w, "wrote") || Has(w, "sent")) {
    return amicus::v1::EVENT_TYPE_LETTER;
  }
  if (Has(w, "remarks") || Has(w, "speech") || Has(w, "told") || Has(w, "addressed") ||
      Has(w, "spoke")) {
    return amicus::v1::EVENT_TYPE_SPEECH;
  }
  if (HasPrefix(w, "investigat") || Has(w, "probe") || Has(w, "examination")) {
    return amicus::v1::EVENT_TYPE_INVESTIGATION;
  }
  if (Has(w, "bill") || Has(w, "act") || Has(w, "law") || HasSequence(w, "executive", "order") ||
      Has(w, "legislation") || Has(w, "passed") || Has(w, "introduced")) {
    return amicus::v1::EVENT_TYPE_LEGISLATION;
  }
  if (Has(w, "ruled") || Has(w, "ruling") || Has(w, "decision") || Has(w, "judgment") ||
      Has(w, "judgement") || Has(w, "verdict")) {
    return amicus::v1::EVENT_TYPE_RULING;
  }
  if (Has(w, "statement") || Has(w, "said") || Has(w, "announced") || Has(w, "declared") ||
      Has(w, "stated")) {
    return amicus::v1::EVENT_TYPE_STATEMENT;
  }
  return amicus::v1::EVENT_TYPE_OTHER;
}

EventScan FindEvents(absl::string_view text, const std::vector<Paragraph>& paras,
                     const EventContext& ctx) {
  EventScan scan;
  for (size_t p = 0; p < paras.size(); ++p) {
    if (p == ctx.date_paragraph) continue;
    for (Range sentence : Sentences(text, paras[p].range)) {
      absl::string_view s = sentence.in(text);
      DateScan dates = FindDates(s, ctx.document_date);
      scan.invalid_dates += dates.invalid;
      if (dates.mentions.empty() || CountWords(s) < kMinEventWords) continue;
      std::vector<DateValue> seen;
      for (const DateMention& m : dates.mentions) {
        if (m.bound || std::find(seen.begin(), seen.end(), m.date) != seen.end()) continue;
        if (!m.anchored && (CoarserThanAnother(m, dates.mentions) || InsideQuotation(s, m))) {
          continue;
        }
        seen.push_back(m.date);
        DateMention absolute = m;
        absolute.begin += sentence.begin;
        absolute.end += sentence.begin;
        if (m.anchored) {
          scan.events.push_back(AnchoredEvent(text, sentence, absolute, ctx));
          continue;
        }
        Range evidence = EvidenceRange(text, sentence, absolute);
        absl::string_view ev = evidence.in(text);
        size_t dateline = sentence.begin == paras[p].range.begin
                              ? DatelineLength(ev, nullptr) : 0;
        std::vector<Word> words = Tokenize(ev.substr(dateline), evidence.begin + dateline);
        FoundEvent event;
        event.date = m.date;
        event.type = ClassifyEvent(ev);
        event.summary = Summary(ev);
        event.evidence = evidence;
        std::vector<Word> actor = Subject(words);
        // A subject that names no one ("Pompeo’s announcement", "This")
        // gives way to the agent of a passive, or to no actor at all.
        bool we = actor.size() == 1 && actor[0].Is("we");
        if (!NameLike(text, actor)) actor = Agent(words);
        if (!actor.empty() && !IsPronoun(actor.front().text)) {
          event.actors = ToActors(text, actor, ctx);
        } else if (we && actor.empty()) {
          // "We, the undersigned organizations, write ...": the issuers.
          event.actors = ctx.issuers;
        }
        // A date in a sentence where no one acts and nothing is named as
        // happening ("protecting the Court is important today") is
        // background, not an event.
        if (event.actors.empty() && event.type == amicus::v1::EVENT_TYPE_OTHER) continue;
        // "X announced that ..., and threatened to ...": two things the
        // same actor did on the same date.
        size_t split = CoordinatedPredicate(text, evidence, words);
        if (split != 0 && dates.mentions.size() == 1) {
          Range first = Trim(text, {evidence.begin, split});
          Range second = Trim(text, {split + 6, evidence.end});  // past ", and"
          EventType first_type = ClassifyEvent(first.in(text));
          EventType second_type = ClassifyEvent(second.in(text));
          if (first_type != second_type) {
            FoundEvent other = event;
            event.type = first_type;
            event.evidence = first;
            other.type = second_type;
            other.evidence = second;
            other.summary = Summary(second.in(text));
            scan.events.push_back(std::move(event));
            scan.events.push_back(std::move(other));
            continue;
          }
        }
        scan.events.push_back(std::move(event));
      }
    }
  }
  return scan;
}

}  // namespace amicus::extract
