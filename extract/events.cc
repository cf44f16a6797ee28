#include "extract/events.h"

#include <algorithm>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/document_info.h"
#include "extract/event_actors.h"
#include "extract/organizations.h"
#include "extract/people.h"
#include "extract/plural_referent.h"
#include "extract/recent_dates.h"
#include "extract/sequel_dates.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

using amicus::v1::EventType;

constexpr size_t kMinEventWords = 5;
constexpr size_t kMaxSummaryBytes = 200;
// Evidence is a sentence, or in a longer sentence the clause around the
// date, of at most this many words (what an analyst quotes).
constexpr size_t kMaxEvidenceWords = 60;
constexpr size_t kClauseEvidenceWords = 45;
// A line of at most this many words that starts with a date heads the
// item after it on a listing page.
constexpr size_t kMaxDateLineWords = 10;
// A wrapped line is at least this long; shorter lines are headings.
constexpr size_t kMinWrappedLineWords = 6;
// An event cue states the dated happening when this close to the date
// (in tokens).
constexpr size_t kCueWindow = 10;
// A sentence longer than this (a text with no full stops, or wrapped
// lines that never end one) is read in windows of this size: each date in
// it is judged against its whole sentence, quadratic in the sentence.
// Real sentences, even a list of signatories, are far shorter.
constexpr size_t kMaxUnitBytes = 8192;
// "The following day" counts from an event told at most this many
// paragraphs before.
constexpr size_t kSequelParagraphs = 3;

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

std::string Summary(absl::string_view sentence) {
  if (sentence.size() <= kMaxSummaryBytes) return std::string(sentence);
  size_t cut = sentence.rfind(' ', kMaxSummaryBytes);
  if (cut == absl::string_view::npos) cut = kMaxSummaryBytes;
  return absl::StrCat(sentence.substr(0, cut), " ...");
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
  ActorFinding actor = FindActor(t, words, 0, 0, {}, ctx, ImpliedBodies{});
  if (actor.source == ActorSource::kSubject || actor.source == ActorSource::kAgent) {
    event.actors = std::move(actor.actors);
  }
  event.confidence = event.actors.empty() ? 0.4f : 0.7f;
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
  // A quotation opened after the date by a straight mark ("... in May
  // 2019 but officials said \"it was jargon.”") holds the close.
  size_t open = std::min(sentence.find(kOpen, m.end), sentence.find('"', m.end));
  return close != absl::string_view::npos && open > close;
}

// Stems of words that state something happened to or was done by
// someone; a date with none of them and no actor is background.
bool HasEventCue(const std::vector<Word>& words, size_t b, size_t e) {
  static constexpr absl::string_view kStems[] = {
      "arrest", "detain", "detention", "detainment", "charged", "convict", "sentenc",
      "ruling", "ruled", "upheld", "releas", "raid", "kill", "slain", "murder",
      "attack", "assault", "hacked", "suspend", "suspension", "launch", "publish",
      "wrote", "written", "letter", "petition", "establish", "vote", "voted",
      "adopt", "sanction", "visa", "threat", "warrant", "investigat", "seiz",
      "abduct", "tortur", "shutdown", "ordered", "appeal", "filed", "signed",
      "passed", "founded", "created", "joined", "delivered", "statement",
      "introduced", "designated", "issued", "announced", "banned", "blocked",
      // Removals, court steps and searches: "was deported", "extradited",
      // "the hearing was postponed", "dismissed the appeal".
      "deport", "extradit", "expel", "postpon", "adjourn", "searched", "acquit",
      "overturn", "quash", "dismissed", "rejected", "froze", "frozen", "imposed", "shut",
      // Prizes: "winner of the ... Award 2012", "won the Prize in 2021".
      "winner", "awarded", "laureate"};
  for (size_t k = b; k < e; ++k) {
    if (!words[k].is_word) continue;
    for (absl::string_view stem : kStems) {
      if (absl::StartsWithIgnoreCase(words[k].text, stem)) return true;
    }
  }
  return false;
}

bool HasVerb(const std::vector<Word>& words) {
  return std::any_of(words.begin(), words.end(), [](const Word& w) { return IsVerbish(w); });
}

// Whether `d` lies after `ref` at d's own precision.
bool After(const DateValue& d, const DateValue& ref) {
  if (d.year != ref.year) return d.year > ref.year;
  if (d.month == 0 || ref.month == 0 || d.month != ref.month) {
    return d.month > 0 && ref.month > 0 && d.month > ref.month;
  }
  return d.day > 0 && ref.day > 0 && d.day > ref.day;
}

// An announced event: dated after the document, or stated in the future
// or as under way ("will join on June 5th", "are planning a protest on
// ...", "is promoting ... on June 5th"). Reported speech ("announced that
// the US would ...") is judged by its own clause.
bool Announced(const std::vector<Word>& words, size_t b, size_t e, const DateValue& date,
               const absl::optional<DateValue>& reference) {
  if (reference && After(date, *reference)) return true;
  for (size_t k = b; k < e; ++k) {
    const Word& w = words[k];
    if (w.Is("that")) break;
    if (w.Is("will") || w.Is("shall") || w.Is("planning") || w.Is("plans") ||
        w.Is("scheduled") || w.Is("upcoming")) {
      return true;
    }
    if (w.Is("is") || w.Is("are")) {
      size_t n = k + 1;
      while (n < e && (words[n].Is("today") || words[n].Is("now") || words[n].Is("also") ||
                       words[n].Is("currently"))) {
        ++n;
      }
      // "We are writing to express alarm at the arrest on 8 May": a
      // letter's own writing is no plan.
      if (n < e && words[n].is_word && absl::EndsWith(words[n].text, "ing") &&
          !words[n].capitalized() && !words[n].Is("writing")) {
        return true;
      }
    }
  }
  return false;
}

// Whether words [b, e) name a happening the date can belong to ("the
// arrest of X on <date>"), rather than the speaking itself ("said in a
// statement on <date>").
bool NamesAHappening(const std::vector<Word>& words, size_t b, size_t e) {
  static const auto* kSpeaking = new absl::flat_hash_set<std::string>{
      "statement", "letter", "issued", "published", "announced", "delivered",
      "written", "wrote", "signed"};
  for (size_t k = b; k < e && k < words.size(); ++k) {
    if (words[k].is_word && !kSpeaking->contains(absl::AsciiStrToLower(words[k].text)) &&
        HasEventCue(words, k, k + 1)) {
      return true;
    }
  }
  return false;
}

// "Today, the ICJ condemned ...", "X said on <the document's date>",
// "Today, we stand in solidarity": the document's own publication, not an
// event it reports. Judged by the clause's verb and the word before the
// date; "condemned the arrest of X on <date>" reports the arrest.
bool Publication(const std::vector<Word>& words, size_t verb, size_t date_b, size_t date_e,
                 const DateValue& date, const absl::optional<DateValue>& document_date) {
  static const auto* kVerbs = new absl::flat_hash_set<std::string>{
      "said", "says", "condemned", "condemns", "called", "calls", "welcomed",
      "welcomes", "deplored", "deplores", "denounced", "denounces", "expressed",
      "expresses", "stated", "states", "reiterated", "reiterates", "stand", "stands",
      // "UN experts today urged Veloria to ...": the release's own appeal.
      "urged", "urges", "warned", "warns", "demanded", "demands", "appealed", "appeals"};
  if (!document_date || document_date->day == 0 || !(date == *document_date)) return false;
  auto saying = [&](size_t k) {
    return k < words.size() && words[k].is_word && !words[k].capitalized() &&
           kVerbs->contains(absl::AsciiStrToLower(words[k].text));
  };
  if (saying(verb)) return verb > date_b || !NamesAHappening(words, verb + 1, date_b);
  if (saying(date_e)) return true;  // "experts today called on ..."
  size_t before = date_b;
  if (before > 0 && words[before - 1].Is("on")) --before;
  return before > 0 && saying(before - 1);
}

// "sentenced them on 4 August for organising a strike in May": a date in
// the "for <-ing>" phrase after the verb dates what the sentence was for,
// which the clause's subject did not do.
bool DatesTheReason(const std::vector<Word>& words, size_t verb, size_t date_b,
                    const std::vector<std::pair<size_t, size_t>>& dates) {
  if (verb >= date_b) return false;
  for (size_t k = verb + 1; k + 1 < date_b; ++k) {
    if (words[k].text == "," || words[k].text == ";") return false;
    if (!words[k].Is("for") || !words[k + 1].is_word || words[k + 1].capitalized() ||
        !absl::EndsWith(words[k + 1].text, "ing")) {
      continue;
    }
    // Only when the clause is dated before the phrase: in "sentenced him
    // for insulting the president on 3 May" the date may be the
    // sentence's own.
    for (const auto& [b, e] : dates) {
      if (e > b && e <= k) return true;
    }
    return false;
  }
  return false;
}

// "We ... stand with X, as enshrined in the Declaration of 1948": the
// issuers' present-tense stance is no event, whatever date it mentions.
bool IssuersStance(const std::vector<Word>& words, const ActorFinding& actor) {
  if (!actor.we || actor.source != ActorSource::kSubject || actor.verb >= words.size()) {
    return false;
  }
  const Word& v = words[actor.verb];
  std::string l = absl::AsciiStrToLower(v.text);
  bool past = absl::EndsWith(l, "ed") || l == "wrote" || l == "sent" || l == "met" ||
              l == "held" || l == "made" || l == "had" || l == "were" || l == "was";
  return !past && !HasEventCue(words, actor.verb, actor.verb + 1);
}

// Words of prose: markup ("<sup>", "<a href=...>") and web addresses
// are not counted, as a reader of the rendered page would not.
size_t ProseWords(absl::string_view s) {
  size_t n = 0;
  bool in_word = false, in_tag = false, in_url = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '<') in_tag = true;
    if (in_tag) {
      if (c == '>') in_tag = false;
      in_word = false;
      continue;
    }
    if (!in_url && (absl::StartsWith(s.substr(i), "http://") ||
                    absl::StartsWith(s.substr(i), "https://"))) {
      in_url = true;
    }
    if (in_url) {
      if (c == ' ' || c == '\n' || c == ')' || c == '"') in_url = false;
      in_word = false;
      continue;
    }
    bool w = absl::ascii_isalnum(static_cast<unsigned char>(c));
    if (w && !in_word) ++n;
    in_word = w;
  }
  return n;
}

// A date inside quotation marks opened and closed in the sentence is the
// speaker's word ("Cheng continued, \"In the last year the public ...").
bool Quoted(absl::string_view sentence, const DateMention& m) {
  absl::string_view before = sentence.substr(0, m.begin);
  size_t straight = std::count(before.begin(), before.end(), '"');
  size_t open = 0, close = 0;
  for (size_t at = before.find("\xE2\x80\x9C"); at != absl::string_view::npos;
       at = before.find("\xE2\x80\x9C", at + 3)) {
    ++open;
  }
  for (size_t at = before.find("\xE2\x80\x9D"); at != absl::string_view::npos;
       at = before.find("\xE2\x80\x9D", at + 3)) {
    ++close;
  }
  return straight % 2 == 1 || open > close;
}

// "the Jan 18th SOPA blackout": a date that only qualifies a noun names
// no happening unless the noun is one ("a May 23 appeals court ruling",
// "a 10 September 2018 speech").
bool AttributiveBackground(const std::vector<Word>& words, size_t tb, size_t te) {
  static constexpr absl::string_view kNouns[] = {
      "speech", "remark", "decision", "judg", "order", "election", "uprising", "meeting",
      "hearing", "session", "visit", "report", "letter", "statement", "ruling", "verdict",
      "raid", "attack", "arrest", "shutdown", "vote", "law", "decree", "resolution"};
  if (tb == 0 || te >= words.size()) return false;
  const Word& det = words[tb - 1];
  if (!(det.Is("the") || det.Is("a") || det.Is("an") || det.Is("its") || det.Is("his") ||
        det.Is("her") || det.Is("their"))) {
    return false;
  }
  if (!words[te].is_word || words[te].Is("and") || words[te].Is("to")) return false;
  // "on the 3rd of March 2025 in Belmont": a day told, not a noun
  // qualified ("on the Jan 18th SOPA blackout").
  static constexpr absl::string_view kAfterDay[] = {"in", "at", "when", "after", "while",
                                                     "outside", "near", "during", "as"};
  if (tb >= 2 && words[tb - 2].Is("on")) {
    for (absl::string_view w : kAfterDay) {
      if (words[te].Is(w)) return false;
    }
  }
  for (size_t k = te; k < words.size() && k < te + 4; ++k) {
    if (!words[k].is_word) break;
    for (absl::string_view n : kNouns) {
      if (absl::StartsWithIgnoreCase(words[k].text, n)) return false;
    }
  }
  return !HasEventCue(words, te, std::min(words.size(), te + 4));
}

// "(Budapest, April 4, 2025) – ...": the dateline in parentheses.
bool InLeadingParentheses(const std::vector<Word>& words, size_t at) {
  if (words.empty() || words[0].text != "(") return false;
  for (size_t k = 1; k < words.size(); ++k) {
    if (words[k].text == ")") return at < k;
  }
  return false;
}

// Token span [first, last) of a date mention (byte offsets relative to
// the sentence start `base`).
std::pair<size_t, size_t> TokenSpan(const std::vector<Word>& words, size_t base,
                                    const DateMention& m) {
  size_t b = words.size(), e = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    if (words[k].end <= base + m.begin || words[k].begin >= base + m.end) continue;
    b = std::min(b, k);
    e = k + 1;
  }
  if (b >= e) return {0, 0};
  return {b, e};
}

// "arrested and detained ... since 9 July 2015": the start of a wave of
// arrests still going on is the date it happened.
bool StartOfWave(absl::string_view sentence, const DateMention& m,
                 const std::vector<Word>& words) {
  absl::string_view before = absl::StripTrailingAsciiWhitespace(sentence.substr(0, m.begin));
  if (!absl::EndsWithIgnoreCase(before, "since")) return false;
  bool been = std::any_of(words.begin(), words.end(), [](const Word& w) { return w.Is("been"); });
  return been && std::any_of(words.begin(), words.end(), [](const Word& w) {
           return absl::StartsWithIgnoreCase(w.text, "arrest") ||
                  absl::StartsWithIgnoreCase(w.text, "detain");
         });
}

// The evidence for an event: its sentence, or in a long sentence the
// clause around the date trimmed by comma segments to a quotable length.
Range Evidence(absl::string_view t, Range sentence, const std::vector<Word>& words,
               size_t clause_b, size_t clause_e, size_t date_b, size_t date_e) {
  // Addresses and markup count as words for a reader comparing spans, so
  // a sentence is short enough only by all its words; a sentence that is
  // one long clause stays whole unless its prose alone is too long.
  if (!HasMoreWordsThan(sentence.in(t), kMaxEvidenceWords) || words.empty()) return sentence;
  bool whole = clause_b == 0 && clause_e >= words.size();
  if (whole && ProseWords(sentence.in(t)) <= kMaxEvidenceWords) return sentence;
  size_t b = clause_b, e = std::min(clause_e, words.size());
  auto count = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t k = from; k < to; ++k) n += words[k].is_word ? 1 : 0;
    return n;
  };
  while (count(b, e) > kClauseEvidenceWords) {
    // Drop the outermost comma segment on the side farther from the date.
    bool cut_right = (e - date_e) >= (date_b - b);
    if (cut_right) {
      size_t k = e - 1;
      while (k > date_e && !(words[k].text == "," || words[k].text == ";")) --k;
      e = k > date_e ? k : std::max(date_e, e - (count(b, e) - kClauseEvidenceWords));
    } else {
      size_t k = b;
      while (k < date_b && !(words[k].text == "," || words[k].text == ";")) ++k;
      b = k < date_b ? k + 1 : std::min(date_b, b + (count(b, e) - kClauseEvidenceWords));
    }
  }
  if (b >= e) return sentence;
  return Trim(t, {words[b].begin, words[e - 1].end});
}

// "Following the August 2019 attack, ...": the date sits in a fronted
// "after"/"following"/"before" phrase.
bool InFrontedPhrase(const std::vector<Word>& words, size_t date_b) {
  return !words.empty() && date_b > 0 && date_b < 8 &&
         (words[0].Is("following") || words[0].Is("after") || words[0].Is("before"));
}

// Sure when the date is explicit, the actor named as subject or agent and
// the cue typed; less when the date is resolved, the actor implied or only
// "we", or the date sits in a fronted "after"/"following" phrase (the date
// of what the phrase names, not of the clause).
float Confidence(const DateMention& m, const ActorFinding& actor, EventType type,
                 const std::vector<Word>& words, size_t date_b) {
  float c = 0.3f;
  if (!m.relative) c += 0.2f;
  if (m.date.precision == amicus::v1::DATE_PRECISION_DAY) c += 0.05f;
  bool named = actor.source == ActorSource::kSubject || actor.source == ActorSource::kAgent;
  bool bare_we = actor.actors.size() == 1 && actor.actors[0].name == "we";
  if (named) c += bare_we ? 0.1f : 0.3f;
  if (InFrontedPhrase(words, date_b)) c -= 0.25f;
  if (actor.source == ActorSource::kImplied) c += 0.1f;
  if (type != amicus::v1::EVENT_TYPE_OTHER) c += 0.1f;
  return std::min(c, 0.95f);
}

// Whether `head` holds only the places a dateline names before its date:
// capitalized words, commas and dashes ("Lakeport, Norvale - ").
bool OnlyPlaces(absl::string_view head) {
  for (const Word& w : Tokenize(head)) {
    bool separator = w.text == "," || w.text == "-" || w.text == "\xE2\x80\x93" ||
                     w.text == "\xE2\x80\x94";
    if (w.is_word ? !w.capitalized() : !separator) return false;
  }
  return true;
}

// "Sep 16, 2021 | News" or "Lakeport, Norvale - 3 May 2024": a short line
// holding a full date, at most after its places, and stating nothing; on
// a listing page it dates the item below it, and no sentence runs on
// from it into the lead.
absl::optional<DateValue> DateLine(absl::string_view line) {
  if (HasMoreWordsThan(line, kMaxDateLineWords)) return absl::nullopt;
  DateScan scan = FindDates(line, absl::nullopt);
  if (scan.mentions.empty() ||
      (scan.mentions[0].begin > 2 && !OnlyPlaces(line.substr(0, scan.mentions[0].begin)))) {
    return absl::nullopt;
  }
  const DateMention& m = scan.mentions[0];
  if (m.date.precision != amicus::v1::DATE_PRECISION_DAY) return absl::nullopt;
  if (HasVerb(Tokenize(line))) return absl::nullopt;
  return m.date;
}

// A sentence of a paragraph, with the reference date for its relative
// dates (the document's, or the listing item's).
struct Unit {
  Range range;
  size_t paragraph;
  bool first_in_paragraph;
  absl::optional<DateValue> date_line;  // the unit is a listing's date line
};

// Whether a line stops where a sentence may stop: anything but a word,
// a number, a comma or a hyphen at its end ("... Ananta Bijoy" goes on).
bool EndsLine(absl::string_view line) {
  line = absl::StripTrailingAsciiWhitespace(line);
  if (line.empty()) return true;
  unsigned char c = static_cast<unsigned char>(line.back());
  return !(absl::ascii_isalnum(c) || c == ',' || c == '-');
}

bool ListItem(absl::string_view line) {
  line = absl::StripLeadingAsciiWhitespace(line);
  return absl::StartsWith(line, "- ") || absl::StartsWith(line, "* ") ||
         absl::StartsWith(line, "\xE2\x80\xA2") ||
         (!line.empty() && absl::ascii_isdigit(static_cast<unsigned char>(line[0])) &&
          line.size() > 2 && (line[1] == '.' || line[2] == '.'));
}

// "Veloria: Stop the raids on NGOs": the genre's headline, a place or a
// subject and a colon before the rest, on a line of its own. It does not
// run on into the lead below it (on a listing page, an item's lead),
// however many words it has.
bool Headline(absl::string_view line) {
  constexpr size_t kMaxHeadlineWords = 16;
  size_t colon = line.find(": ");
  if (colon == absl::string_view::npos || colon == 0 || colon > 40) return false;
  std::vector<Word> head = Tokenize(line.substr(0, colon));
  if (head.empty() || head.size() > 3) return false;
  for (const Word& w : head) {
    if (!w.is_word || !w.capitalized()) return false;
  }
  return !HasMoreWordsThan(line, kMaxHeadlineWords);
}

std::vector<Unit> CutLongUnits(absl::string_view t, std::vector<Unit> units) {
  auto is_long = [](const Unit& u) { return u.range.size() > kMaxUnitBytes; };
  if (std::none_of(units.begin(), units.end(), is_long)) return units;
  std::vector<Unit> out;
  for (const Unit& u : units) {
    if (!is_long(u)) {
      out.push_back(u);
      continue;
    }
    bool first = u.first_in_paragraph;
    for (Range piece : Windows(t, u.range, kMaxUnitBytes)) {
      out.push_back({piece, u.paragraph, first, u.date_line});
      first = false;
    }
  }
  return out;
}

// Sentences of the paragraphs, a sentence that a hard wrap cut across
// two lines joined again ("... Ananta Bijoy\nDas (May) and ...").
std::vector<Unit> Units(absl::string_view t, const std::vector<Paragraph>& paras,
                        size_t skip) {
  std::vector<Unit> out;
  bool open = false;  // the last unit continues on the next line
  for (size_t p = 0; p < paras.size(); ++p) {
    absl::string_view line = paras[p].range.in(t);
    // The document's date line states no happening; a dateline opening the
    // lead ("GENEVA, 9 June 2021 – X did Y on 8 June") does, after it.
    if (p == skip &&
        !HasMoreWordsThan(line.substr(DatelineLength(line, nullptr)), kMinEventWords - 1)) {
      open = false;
      continue;
    }
    if (absl::optional<DateValue> item = DateLine(line)) {
      out.push_back({paras[p].range, p, true, item});
      open = false;
      continue;
    }
    std::vector<Range> sentences = Sentences(t, paras[p].range);
    for (size_t s = 0; s < sentences.size(); ++s) {
      // A dateline opens the lead: it never continues the line above.
      if (s == 0 && open && !paras[p].blank_before && !ListItem(line) &&
          DatelineLength(line, nullptr) == 0) {
        out.back().range.end = sentences[0].end;
        continue;
      }
      out.push_back({sentences[s], p, s == 0, absl::nullopt});
    }
    open = !sentences.empty() && !EndsLine(line) && !ListItem(line) &&
           HasMoreWordsThan(line, kMinWrappedLineWords - 1) && !Headline(line);
  }
  return CutLongUnits(t, std::move(out));
}

// "In 2013, X was slain and Y was attacked.": a second passive clause
// joined by "and" is a second happening.
// "On 7 May, A, B and C were arrested" names one subject: the first
// clause needs a verb of its own before the "and".
bool SecondPassive(const std::vector<Word>& words, size_t from, size_t to) {
  bool verb = false;
  for (size_t k = from; k + 3 < to; ++k) {
    verb = verb || IsVerbish(words[k]);
    if (!words[k].Is("and") || !verb) continue;
    size_t n = NameLength(words, k + 1);
    if (n == 0 || k + 1 + n + 1 >= to) continue;
    const Word& be = words[k + 1 + n];
    const Word& verb = words[k + 2 + n];
    if ((be.Is("was") || be.Is("were")) && verb.is_word && !verb.capitalized() &&
        absl::EndsWith(verb.text, "ed")) {
      return true;
    }
  }
  return false;
}

// The person who opens `sentence` as its subject ("Rosa Quint leads
// ...", "Journalist Petr Holm has been ..."), or "": whom a later "she"
// or "he" of the same paragraph stands for.
std::string OpeningPerson(absl::string_view sentence, const EventContext& ctx) {
  constexpr size_t kOpeningBytes = 80;
  std::vector<Word> words = Tokenize(sentence.substr(0, kOpeningBytes));
  size_t n = NameLength(words, 0);
  if (n < 2 || n >= words.size()) return "";
  const Word& next = words[n];
  // A lowercase word after the name is its verb ("leads", "was"); a
  // comma opens its appositive.
  if (!((next.is_word && !next.capitalized()) || next.text == ",")) return "";
  std::string name(sentence.substr(words[0].begin,
                                   words[n - 1].end - words[0].begin));
  std::string title, bare;
  SplitTitle(name, title, bare);  // "Journalist Petr Holm"
  if (!bare.empty() && bare != name && LooksLikePersonName(bare)) name = bare;
  if (!LooksLikePersonName(name) || LooksLikeOrganization(name)) return "";
  if (const PersonInfo* known = ctx.people->Find(name)) return known->name;
  return name;
}

// "was detained on 5 October and released two days later", "arrested
// on 9 October and charged the next day": a predicate joined by "and"
// that a sequel phrase dates counts from the sentence's own date before
// it. "and, two days later, his family was told" has no predicate of the
// subject's after "and", and stays one event.
void AddCoordinatedSequels(absl::string_view s, std::vector<DateMention>& mentions) {
  std::vector<DateValue> own;
  size_t first_end = s.size();
  for (const DateMention& m : mentions) {
    own.push_back(m.date);
    first_end = std::min(first_end, m.end);
  }
  std::vector<DateMention> sequels = FindSequelDates(s, own);
  if (sequels.empty()) return;
  std::vector<Word> words = Tokenize(s);
  for (const DateMention& q : sequels) {
    if (q.begin < first_end) continue;
    // The words before the phrase: "and" then a participle, then at most
    // a few words of its object.
    size_t k = 0;
    while (k < words.size() && words[k].end <= q.begin) ++k;
    for (size_t back = 0; back < 4 && k >= 2; ++back, --k) {
      if (words[k - 2].Is("and") && IsVerbish(words[k - 1])) {
        mentions.push_back(q);
        break;
      }
    }
  }
}

// "Nabeel Rajab, BCHR – winner of the Advocacy Award at the Freedom
// Awards 2012": a caption that names a prize's winner after a dash
// states the award without a verb.
bool AwardCaption(const std::vector<Word>& words) {
  for (size_t k = 1; k + 1 < words.size() && k < 16; ++k) {
    bool winner = words[k].Is("winner") || words[k].Is("recipient") || words[k].Is("laureate");
    if (winner && words[k + 1].Is("of") && !words[k - 1].is_word) return true;
  }
  return false;
}

struct SentenceScan {
  absl::string_view text;
  const EventContext& ctx;
  const ImpliedBodies& bodies;
  const absl::optional<DateValue>& reference;
  // Dates the paragraphs just before stated, latest last.
  const std::vector<DateValue>& earlier;
  EventScan& scan;
  // Out: the dates this sentence states outright, in order.
  std::vector<DateValue>& stated;
  // The sentences of this paragraph before this one, in order.
  const std::vector<Range>& paragraph_before;
  // The sentences of the paragraph before this one.
  const std::vector<Range>& previous_paragraph;
};

// The person who last opened a sentence of `before`, or "": looked up
// only when a pronoun acts, so that other sentences cost nothing.
std::string ParagraphPerson(absl::string_view text, const std::vector<Range>& before,
                            const EventContext& ctx) {
  // A person is the paragraph's topic for a few sentences at most (and
  // a hostile paragraph of pronouns stays linear).
  constexpr size_t kMaxLookBack = 6;
  if (ctx.people == nullptr) return "";
  for (size_t k = before.size(); k > 0 && before.size() - k < kMaxLookBack; --k) {
    std::string person = OpeningPerson(before[k - 1].in(text), ctx);
    if (!person.empty()) return person;
  }
  return "";
}

// "the Prosecutor's applications for arrest warrants, which he announced
// on 20 May": with no person to be about, "he" or "she" stands for the
// office whose act the sentence named before it, by a possessive ("the
// Prosecutor's", "the Minister's"). "" when the sentence names none.
std::string PossessingOffice(const std::vector<Word>& words, size_t pronoun) {
  for (size_t k = std::min(pronoun, words.size()); k-- > 1;) {
    const Word& w = words[k];
    absl::string_view bare = StripPossessive(w.text);
    if (!w.is_word || !w.capitalized() || bare.size() == w.text.size()) continue;
    if (!words[k - 1].Is("the") || !IsOfficeWord(absl::AsciiStrToLower(bare))) return "";
    return std::string(bare);
  }
  return "";
}

// "UN experts ... They previously raised": "they" stands for the group
// or body named last before it, in its own sentence or the one before.
std::string TheyReferent(absl::string_view text, Range sentence, const Word& they,
                         const std::vector<Range>& before, const EventContext& ctx) {
  std::string group =
      PluralReferent(text.substr(sentence.begin, they.begin - sentence.begin), ctx);
  if (group.empty() && !before.empty()) group = PluralReferent(before.back().in(text), ctx);
  return group;
}

void ScanSentence(const SentenceScan& in, const Unit& unit);

}  // namespace

EventType ClassifyEvent(absl::string_view sentence) {
  std::vector<std::string> w;
  std::vector<Word> words = Tokenize(sentence);
  w.reserve(words.size());
  for (const Word& word : words) {
    if (word.is_word) w.push_back(absl::AsciiStrToLower(word.text));
  }
  // "a travel ban on X", "an entry ban": restrictions on movement are
  // visa bans' kin.
  // With asset freezes or sanctions ("asset freezes and entry bans"), the
  // measure is a sanction, as below.
  if ((Has(w, "travel") || Has(w, "entry")) && (Has(w, "ban") || Has(w, "bans")) &&
      !HasPrefix(w, "asset") && !HasPrefix(w, "sanction")) {
    return amicus::v1::EVENT_TYPE_VISA_RESTRICTION;
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
  if (Has(w, "letter") || Has(w, "letters") || Has(w, "wrote") || Has(w, "written") ||
      Has(w, "sent")) {
    return amicus::v1::EVENT_TYPE_LETTER;
  }
  if (Has(w, "remarks") || Has(w, "speech") || Has(w, "told") || Has(w, "addressed") ||
      Has(w, "spoke")) {
    return amicus::v1::EVENT_TYPE_SPEECH;
  }
  if (HasPrefix(w, "investigat") || Has(w, "probe") || Has(w, "examination")) {
    return amicus::v1::EVENT_TYPE_INVESTIGATION;
  }
  // "adopted a new Criminal Procedure Code", "signed the decree": a code
  // or decree only when made, not "charged under the Criminal Code".
  bool made = HasPrefix(w, "adopt") || HasPrefix(w, "enact") || HasPrefix(w, "promulgat") ||
              Has(w, "signed") || Has(w, "passed");
  if (made && (Has(w, "code") || Has(w, "decree") || Has(w, "amendments") ||
               Has(w, "constitution"))) {
    return amicus::v1::EVENT_TYPE_LEGISLATION;
  }
  if (Has(w, "bill") || Has(w, "act") || Has(w, "law") || HasSequence(w, "executive", "order") ||
      Has(w, "legislation") || Has(w, "passed") || Has(w, "introduced")) {
    return amicus::v1::EVENT_TYPE_LEGISLATION;
  }
  // Convictions, sentences and acquittals are court decisions too.
  if (Has(w, "ruled") || Has(w, "ruling") || Has(w, "decision") || Has(w, "judgment") ||
      Has(w, "judgement") || Has(w, "verdict") || HasPrefix(w, "convict") ||
      // Not "a sentence of up to twenty years" after a charge.
      Has(w, "sentenced") || Has(w, "sentencing") || HasPrefix(w, "acquit") || Has(w, "upheld") ||
      HasPrefix(w, "overturn") || HasPrefix(w, "quash")) {
    return amicus::v1::EVENT_TYPE_RULING;
  }
  // "The Court of Appeal rejected the appeal": a court disposing of an
  // appeal or a case rules.
  if ((Has(w, "appeal") || Has(w, "case") || Has(w, "charges") || Has(w, "petition")) &&
      (Has(w, "rejected") || Has(w, "dismissed") || Has(w, "granted") || Has(w, "allowed"))) {
    return amicus::v1::EVENT_TYPE_RULING;
  }
  if (Has(w, "statement") || Has(w, "said") || Has(w, "announced") || Has(w, "declared") ||
      Has(w, "stated")) {
    return amicus::v1::EVENT_TYPE_STATEMENT;
  }
  return amicus::v1::EVENT_TYPE_OTHER;
}

namespace {

// The type the verb of the date's clause states on its own, whatever
// nouns the rest of the sentence holds: "was detained on 11 October after
// publishing an investigation" is a detention, not an investigation.
absl::optional<EventType> TypeOfVerb(const std::vector<Word>& words, size_t verb) {
  static constexpr absl::string_view kOtherStems[] = {
      "arrest", "detain", "raid", "abduct", "kidnap", "releas", "kill", "murder",
      "assault", "beat", "disappear", "seiz", "hacked", "suspended", "deport", "extradit",
      "expel", "postpon", "adjourn", "raid", "search"};
  static constexpr absl::string_view kRulingStems[] = {"sentenc", "convict", "acquit"};
  // The verb group's last word: "was detained", "had been arrested", "was
  // brutally beaten".
  static const auto* kAuxiliaries = new absl::flat_hash_set<std::string>{
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "got"};
  size_t v = verb;
  while (v + 1 < words.size() && words[v].is_word && words[v + 1].is_word &&
         (kAuxiliaries->contains(absl::AsciiStrToLower(words[v].text)) ||
          absl::EndsWith(words[v].text, "ly"))) {
    ++v;
  }
  if (v >= words.size() || !words[v].is_word) return absl::nullopt;
  absl::string_view w = words[v].text;
  for (absl::string_view stem : kRulingStems) {
    if (absl::StartsWithIgnoreCase(w, stem)) return amicus::v1::EVENT_TYPE_RULING;
  }
  for (absl::string_view stem : kOtherStems) {
    if (absl::StartsWithIgnoreCase(w, stem)) return amicus::v1::EVENT_TYPE_OTHER;
  }
  if (absl::EqualsIgnoreCase(w, "reported") || absl::EqualsIgnoreCase(w, "testified")) {
    return amicus::v1::EVENT_TYPE_STATEMENT;
  }
  return absl::nullopt;
}

// The verb nearest before the date in its clause: the one the date
// modifies ("wrote on his page and was brutally murdered in Dhaka on 6
// April" dates the murder, not the writing); words.size() when none.
size_t DateVerb(const std::vector<Word>& words, size_t clause_begin, size_t date_begin) {
  // Only an adverbial date ("on 6 April") modifies a verb; "appealed a
  // May 23 ruling" dates the ruling.
  if (date_begin == 0 || !(words[date_begin - 1].Is("on") || words[date_begin - 1].Is("in"))) {
    return words.size();
  }
  for (size_t k = date_begin; k-- > clause_begin;) {
    if (IsVerbish(words[k])) return k;
  }
  return words.size();
}

// "was not charged on 12 November", "did not appear on 3 May", "has
// never been summoned": a negated verb the date modifies states that
// nothing happened that day. "was arrested on 3 May and has not been
// released" negates another verb, not the dated one.
bool NegatedVerb(const std::vector<Word>& words, size_t verb, size_t date_begin) {
  if (verb >= date_begin || date_begin > words.size()) return false;
  // Only a date right in the verb's phrase: "were not related to
  // "extremism" On 2016-02-02 his devices were seized" (a lost full
  // stop) dates the seizure after it.
  if (words[date_begin - 1].capitalized()) return false;
  for (size_t k = verb + 1; k < date_begin; ++k) {
    if (!words[k].is_word) return false;
  }
  auto negation = [](const Word& w) { return w.Is("not") || w.Is("never"); };
  if (verb + 1 < words.size() && negation(words[verb + 1])) return true;
  static const auto* kAuxiliaries = new absl::flat_hash_set<std::string>{
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "did", "does"};
  for (size_t k = verb; k > 0 && verb - k < 3;) {
    const Word& w = words[--k];
    if (negation(w)) return true;
    if (!w.is_word || !kAuxiliaries->contains(absl::AsciiStrToLower(w.text))) return false;
  }
  return false;
}

// "the student-led uprising in December 1990", "a police-led raid on 3
// May": the compound names who did what the phrase dates, when nothing
// but the noun phrase stands between it and the date. Lowercase leaders
// are a class ("students"); capitalized ones a name ("UN").
std::string LeaderOfDatedPhrase(const std::vector<Word>& words, size_t from, size_t date) {
  constexpr size_t kMaxPhraseWords = 5;
  for (size_t k = date; k-- > from && date - k <= kMaxPhraseWords;) {
    const Word& w = words[k];
    if (!w.is_word) return "";
    absl::string_view t = w.text;
    if (absl::EndsWithIgnoreCase(t, "-led") && t.size() > 4) {
      std::string leader(t.substr(0, t.size() - 4));
      if (!w.capitalized() && !absl::EndsWith(leader, "s")) leader += "s";
      return leader;
    }
    if (k + 1 < date && IsVerbish(w)) return "";
  }
  return "";
}

void ScanSentence(const SentenceScan& in, const Unit& unit) {
  absl::string_view t = in.text;
  const EventContext& ctx = in.ctx;
  Range sentence = unit.range;
  absl::string_view s = sentence.in(t);
  DateScan dates = FindDates(s, in.reference);
  in.scan.invalid_dates += dates.invalid;
  // "The day after the attack, ...": a sentence with no date of its own
  // may date itself by the happening told before it.
  for (const DateMention& m : dates.mentions) in.stated.push_back(m.date);
  bool sequel_dated = dates.mentions.empty();
  if (dates.mentions.empty()) {
    dates.mentions = FindSequelDates(s, in.earlier);
  } else {
    AddCoordinatedSequels(s, dates.mentions);
  }
  if (dates.mentions.empty() || !HasMoreWordsThan(s, kMinEventWords - 1)) return;
  size_t dateline = unit.first_in_paragraph ? DatelineLength(s, nullptr) : 0;
  std::vector<Word> words = Tokenize(s.substr(dateline), sentence.begin + dateline);
  // A date line, a title or a list of places states no happening.
  if (!HasVerb(words) && !AwardCaption(words)) return;
  std::vector<std::pair<size_t, size_t>> spans;
  for (const DateMention& m : dates.mentions) {
    // An offset ("one month after X did Y") opens an adverbial clause,
    // which the actor finder skips as a whole.
    spans.push_back(m.begin >= dateline && !m.anchored ? TokenSpan(words, sentence.begin, m)
                                                       : std::make_pair<size_t, size_t>(0, 0));
  }
  std::vector<DateValue> seen;
  for (size_t i = 0; i < dates.mentions.size(); ++i) {
    const DateMention& m = dates.mentions[i];
    if (m.bound && !StartOfWave(s, m, words)) continue;
    if (std::find(seen.begin(), seen.end(), m.date) != seen.end()) continue;
    if (!m.anchored && (CoarserThanAnother(m, dates.mentions) || InsideQuotation(s, m))) {
      continue;
    }
    DateMention absolute = m;
    absolute.begin += sentence.begin;
    absolute.end += sentence.begin;
    if (m.anchored) {
      seen.push_back(m.date);
      in.scan.events.push_back(AnchoredEvent(t, sentence, absolute, ctx));
      in.scan.events.back().paragraph = unit.paragraph;
      continue;
    }
    auto [tb, te] = spans[i];
    if (te <= tb || InLeadingParentheses(words, tb)) continue;  // a dateline
    size_t cb = ClauseBegin(words, tb), ce = ClauseEnd(words, tb);
    if (Announced(words, cb, ce, m.date, in.reference) || Quoted(s, m) ||
        AttributiveBackground(words, tb, te)) {
      continue;
    }
    ActorFinding actor = FindActor(t, words, tb, te, spans, ctx, in.bodies);
    // "Nabeel Rajab, BCHR – winner of ...": the caption's name won.
    if (actor.actors.empty() && !HasVerb(words)) {
      size_t n = NameLength(words, 0);
      std::string name = n == 0 ? "" : std::string(t.substr(words[0].begin, words[n - 1].end - words[0].begin));
      if (LooksLikePersonName(name)) {
        const PersonInfo* known = ctx.people == nullptr ? nullptr : ctx.people->Find(name);
        actor.actors = {known != nullptr ? *known : PersonInfo{name, "", "", false}};
        actor.source = ActorSource::kSubject;
      }
    }
    // "Rosa Quint leads the union. In 2021 she won ...": the paragraph's
    // person acts.
    if (actor.actors.empty() && actor.personal_pronoun) {
      // "Ana Ruiz coordinates the Forum. ... \n\n On 15 April, she
      // addressed ...": a paragraph opening with the pronoun goes on with
      // the person the paragraph before was about.
      const std::vector<Range>& told =
          in.paragraph_before.empty() ? in.previous_paragraph : in.paragraph_before;
      std::string person = ParagraphPerson(t, told, ctx);
      if (person.empty()) person = PossessingOffice(words, actor.pronoun);
      if (!person.empty()) {
        actor.actors = {{person, "", "", false}};
        actor.source = ActorSource::kSubject;
      }
    }
    if (actor.actors.empty() && actor.they < words.size()) {
      std::string group = TheyReferent(t, sentence, words[actor.they], in.paragraph_before, ctx);
      if (!group.empty()) {
        actor.actors = {{group, "", "", true}};
        actor.source = ActorSource::kSubject;
      }
    }
    if (std::string leader = LeaderOfDatedPhrase(words, cb, tb); !leader.empty()) {
      PersonInfo leaders;
      leaders.name = std::move(leader);
      actor.actors = {std::move(leaders)};
      actor.source = ActorSource::kAgent;
    }
    if (Publication(words, actor.verb, tb, te, m.date, ctx.document_date) ||
        IssuersStance(words, actor) || DatesTheReason(words, actor.verb, tb, spans)) {
      continue;
    }
    seen.push_back(m.date);
    // "Belmont, 14 May 2025 – The Ministry imposed ...": the dateline is
    // the document's, not the event's.
    Range body = dateline == 0 ? sentence : Trim(t, {sentence.begin + dateline, sentence.end});
    Range evidence = Evidence(t, body, words, cb, ce, tb, te);
    absl::string_view ev = evidence.in(t);
    FoundEvent event;
    event.date = m.date;
    size_t date_verb = DateVerb(words, cb, tb);
    if (NegatedVerb(words, date_verb, tb)) continue;
    absl::optional<EventType> dated = TypeOfVerb(words, date_verb);
    event.type = dated ? *dated : TypeOfVerb(words, actor.verb).value_or(ClassifyEvent(ev));
    // The act an opener names is the event, not the main clause's verb
    // ("... after the arrest of X on 29 August, the authorities told ...").
    if (actor.act_end > 0) {
      event.type = ClassifyEvent(
          t.substr(words[0].begin, words[actor.act_end - 1].end - words[0].begin));
    }
    event.summary = Summary(ev);
    event.evidence = evidence;
    event.actors = actor.actors;
    // A date in a sentence where no one acts and nothing is named as
    // happening ("protecting the Court is important today") is
    // background, not an event.
    if (event.actors.empty() && event.type == amicus::v1::EVENT_TYPE_OTHER &&
        !HasEventCue(words, std::max(cb, tb > kCueWindow ? tb - kCueWindow : 0),
                     std::min(ce, te + kCueWindow)) &&
        !HasEventCue(words, actor.verb, std::min(words.size(), actor.verb + 3))) {
      continue;
    }
    event.confidence = Confidence(m, actor, event.type, words, tb);
    event.fronted_date = InFrontedPhrase(words, tb);
    event.paragraph = unit.paragraph;
    event.sequel_dated = sequel_dated;
    if (SecondPassive(words, te, ce)) in.scan.events.push_back(event);
    if (WhenClause when = WhenClauseAfterDate(t, words, te, spans, ctx);
        !when.actors.empty() && !event.actors.empty() &&
        when.actors.front().name != event.actors.front().name) {
      // Each tells its own clause: the main one up to the comma, the
      // second from the date on.
      FoundEvent other = event;
      other.actors = std::move(when.actors);
      Range main_clause = Trim(t, {event.evidence.begin, words[when.comma].begin});
      Range when_clause = Trim(t, {words[tb].begin, event.evidence.end});
      if (main_clause.begin < main_clause.end && when_clause.begin >= event.evidence.begin &&
          when_clause.begin < when_clause.end) {
        event.evidence = main_clause;
        event.summary = Summary(main_clause.in(t));
        other.evidence = when_clause;
        other.summary = Summary(when_clause.in(t));
      }
      other.type = TypeOfVerb(words, when.verb).value_or(ClassifyEvent(other.evidence.in(t)));
      in.scan.events.push_back(std::move(other));
    }
    // "X announced that ..., and threatened to ...": two things the
    // same actor did on the same date.
    size_t split = CoordinatedPredicate(t, evidence, words);
    if (split != 0 && dates.mentions.size() == 1) {
      Range first = Trim(t, {evidence.begin, split});
      Range second = Trim(t, {split + 6, evidence.end});  // past ", and"
      EventType first_type = ClassifyEvent(first.in(t));
      EventType second_type = ClassifyEvent(second.in(t));
      // Only a measure taken against someone is a second happening; "and
      // seized his phones", "and called for analysis" tell the first.
      bool measure = second_type == amicus::v1::EVENT_TYPE_THREAT ||
                     second_type == amicus::v1::EVENT_TYPE_SANCTION ||
                     second_type == amicus::v1::EVENT_TYPE_VISA_RESTRICTION ||
                     second_type == amicus::v1::EVENT_TYPE_WARRANT;
      if (first_type != second_type && measure) {
        FoundEvent other = event;
        event.type = first_type;
        event.evidence = first;
        other.type = second_type;
        other.evidence = second;
        other.summary = Summary(second.in(t));
        in.scan.events.push_back(std::move(event));
        in.scan.events.push_back(std::move(other));
        continue;
      }
    }
    in.scan.events.push_back(std::move(event));
  }
}

}  // namespace

namespace {

// Whether four in five of the shorter text's distinct words, lowercased,
// are the longer one's (the same passage with a name spelled out, or
// cut short by the end of an excerpt).
bool SameWords(absl::string_view a, absl::string_view b) {
  auto bag = [](absl::string_view s) {
    absl::flat_hash_set<std::string> out;
    for (const Word& w : Tokenize(s)) {
      if (w.is_word) out.insert(absl::AsciiStrToLower(w.text));
    }
    return out;
  };
  absl::flat_hash_set<std::string> x = bag(a), y = bag(b);
  if (x.size() > y.size()) std::swap(x, y);
  // Short sentences share most words by chance ("In 2019, police
  // arrested him." and "... her.").
  constexpr size_t kMinWords = 10;
  if (x.size() < kMinWords) return false;
  size_t shared = 0;
  for (const std::string& w : x) shared += y.contains(w);
  return shared * 5 >= x.size() * 4;
}

// "The court yesterday upheld the ban. ... The ruling, issued on 17
// September, ...": a later sentence that names no actor for a day-dated
// happening of the same type as an earlier event with one retells it.
// Events with actors are always kept, so a set of their dates and types
// answers "told before?" without rescanning every event kept so far.
void DropRetellings(std::vector<FoundEvent>& events) {
  using Told = std::tuple<int, int, int, int>;  // year, month, day, type
  auto told = [](const FoundEvent& e) {
    return Told{e.date.year, e.date.month, e.date.day, e.type};
  };
  absl::flat_hash_set<Told> with_actors;
  // "... was detained by plain-clothes officers on 17 April. ... On 15
  // April she spoke. Two days later, plain-clothes officers stopped her
  // car ...": a sentence dated only by a sequel phrase that lands on the
  // day, type and actor of an event told before narrates that happening
  // again in detail.
  using Acted = std::tuple<int, int, int, int, std::string>;
  absl::flat_hash_set<Acted> acted;
  auto acted_key = [](const FoundEvent& e) {
    return Acted{e.date.year, e.date.month, e.date.day, e.type, e.actors.front().name};
  };
  std::vector<FoundEvent> kept;
  for (FoundEvent& event : events) {
    bool retold = event.actors.empty() && event.date.day > 0 &&
                  with_actors.contains(told(event));
    if (!event.actors.empty()) {
      retold = event.sequel_dated && event.date.day > 0 && acted.contains(acted_key(event));
      with_actors.insert(told(event));
      acted.insert(acted_key(event));
    }
    if (!retold) kept.push_back(std::move(event));
  }
  // "Following the August 2019 attack, X joined ...": a fronted phrase
  // that only recalls, by month or year, a happening the document dates
  // to the day elsewhere tells nothing new.
  auto recalls = [&kept](const FoundEvent& e) {
    return e.fronted_date && e.date.day == 0 &&
           std::any_of(kept.begin(), kept.end(), [&e](const FoundEvent& other) {
             return other.date.day > 0 && other.date.year == e.date.year &&
                    (e.date.month == 0 || other.date.month == e.date.month);
           });
  };
  // A passage the page repeats (a photo caption, a pull-out of the lead)
  // tells the same happening twice: same date, type and actor, and
  // nearly the same words.
  // Only another paragraph repeats a passage: one sentence may tell two
  // happenings with the same words ("X was slain and Y was attacked"),
  // and one paragraph the same act on the same day twice. Each event is
  // compared with the last few kept of its date, type and actor, so a
  // page of thousands of alike events stays linear.
  constexpr size_t kMaxCompared = 4;
  using Key = std::tuple<int, int, int, int, std::string>;
  absl::flat_hash_map<Key, std::vector<size_t>> alike;
  std::vector<FoundEvent> unique;
  for (FoundEvent& event : kept) {
    if (event.actors.empty()) {
      unique.push_back(std::move(event));
      continue;
    }
    std::vector<size_t>& same = alike[Key{event.date.year, event.date.month, event.date.day,
                                          event.type, event.actors[0].name}];
    bool repeated = false;
    for (size_t k = same.size(); k > 0 && same.size() - k < kMaxCompared && !repeated; --k) {
      const FoundEvent& u = unique[same[k - 1]];
      repeated = u.paragraph != event.paragraph && SameWords(u.summary, event.summary);
    }
    if (repeated) continue;
    same.push_back(unique.size());
    unique.push_back(std::move(event));
  }
  kept = std::move(unique);
  // "Police arrested her on 29 August. ... Following her arrest on 29
  // August, ...": a fronted phrase that names again, to the day, a
  // happening of the same type told before tells nothing new either.
  absl::flat_hash_set<Told> told_before;
  events.clear();
  for (FoundEvent& event : kept) {
    bool again = event.fronted_date && event.date.day > 0 && told_before.contains(told(event));
    told_before.insert(told(event));
    if (!recalls(event) && !again) events.push_back(event);
  }
}

}  // namespace

EventScan FindEvents(absl::string_view text, const std::vector<Paragraph>& paras,
                     const EventContext& ctx) {
  EventScan scan;
  std::vector<Word> own_words;
  ImpliedBodies bodies = LearnImpliedBodies(
      ctx.words != nullptr ? *ctx.words : (own_words = Tokenize(text)));
  absl::optional<DateValue> reference = ctx.document_date;
  // Dates of the last few paragraphs: what "the following day" counts from.
  RecentDates told(kSequelParagraphs);
  std::vector<DateValue> earlier, stated;
  std::vector<Range> paragraph_before;  // this paragraph's sentences so far
  std::vector<Range> previous_paragraph;
  size_t paragraph = static_cast<size_t>(-1);
  for (const Unit& unit : Units(text, paras, ctx.date_paragraph)) {
    if (unit.date_line) {
      reference = unit.date_line;  // the listing item below this line
      told.Clear();
      continue;
    }
    if (unit.paragraph != paragraph) {
      previous_paragraph.swap(paragraph_before);
      paragraph_before.clear();
    }
    paragraph = unit.paragraph;
    earlier = told.AnchorsFor(unit.paragraph);
    stated.clear();
    size_t before = scan.events.size();
    ScanSentence({text, ctx, bodies, reference, earlier, scan, stated, paragraph_before,
                  previous_paragraph},
                 unit);
    paragraph_before.push_back(unit.range);
    // A sequel date counts on only where it dated an event: "will resume
    // the following day" moves no clock.
    if (stated.empty()) {
      for (size_t k = before; k < scan.events.size(); ++k) stated.push_back(scan.events[k].date);
    }
    for (const DateValue& date : stated) told.Add(unit.paragraph, date);
  }
  DropRetellings(scan.events);
  return scan;
}

}  // namespace amicus::extract
