#include "extract/quotes.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "extract/document_info.h"
#include "extract/quote_attribution.h"
#include "extract/quote_marks.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr size_t kMaxParagraphsPerQuote = 6;
constexpr size_t kMaxScareQuoteWords = 3;
// A short phrase a named person's cue brings stands this close to it
// ("described the reports as “…”"), quoted words apart.
constexpr size_t kMaxWordsAfterCue = 6;
// A reported clause that a short quoted phrase closes: its words between
// the speech verb and the phrase, and the words after the phrase before
// the sentence ends ("would have “no effect” there.").
constexpr size_t kMaxWordsOfReportedClause = 16;
constexpr size_t kMaxWordsAfterClosingPhrase = 1;
constexpr size_t kNoMark = static_cast<size_t>(-1);
// Attributions sit close to their quotation: bytes searched on each side.
constexpr size_t kAttributionWindow = 400;
constexpr size_t kShortSentence = 200;
// "— Pablo Ortega, director of the Free Press Union of Veloria"
constexpr size_t kMaxDashLineWords = 20;
// Marks and spaces a block quote sets around its quotation ("> “", "”.").
constexpr size_t kMaxMarkup = 8;
// How far back a pronoun's antecedent is looked for.
constexpr size_t kAntecedentWindow = 1500;
// A quotation whose speaker is only a surname, a given name or a pronoun
// is less sure than one naming the speaker in full; an unattributed
// paragraph continuing a speaker's quotation less still; an organization
// speaker is kept for documents that quote bodies, but is no person.
constexpr float kShortNameCap = 0.75f;
constexpr float kSameParagraph = 0.8f;
constexpr float kContinuation = 0.6f;
constexpr float kOrganizationSpeaker = 0.3f;

// "Freedom of Expression Act": every word capitalized, as titles are.
bool IsTitleCase(absl::string_view phrase) {
  bool any = false;
  for (const Word& w : Tokenize(phrase)) {
    if (!w.is_word || IsNameConnectorAnyCase(w.text)) continue;
    if (!w.capitalized()) return false;
    any = true;
  }
  return any;
}

// "President Joseph R. Biden, Jr." -> "Biden".
std::string AddresseeSurname(absl::string_view addressee) {
  std::vector<Word> words = Tokenize(addressee);
  for (size_t k = words.size(); k > 0; --k) {
    const Word& w = words[k - 1];
    if (!w.capitalized() || w.Is("jr.") || w.Is("jr") || w.Is("sr.") ||
        (w.text.size() == 2 && w.text[1] == '.')) {
      continue;
    }
    return std::string(w.text);
  }
  return "";
}

// The letters and digits of a quotation, lowercased: a pull-quote
// repeating a quotation has the same key however it is punctuated.
std::string RepeatKey(absl::string_view text) {
  std::string key;
  for (char c : text) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      key.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    }
  }
  return key;
}

// "ISHR Director", "Member of Parliament"; "Andrew Lee of" is none.
bool HasTitle(absl::string_view phrase) {
  for (const Word& w : Tokenize(phrase)) {
    if (w.capitalized() && !w.Is("the") && IsTitleWord(absl::AsciiStrToLower(w.text))) {
      return true;
    }
  }
  return false;
}

// Splits "Member of Parliament Lina Sato" into a title and the personal
// name that ends it (the longest of two to four words), when there are
// both.
bool TrailingPersonName(absl::string_view phrase, std::string& title, std::string& person) {
  constexpr size_t kMaxNameWords = 4;
  std::vector<Word> w = Tokenize(phrase);
  size_t n = w.size();
  for (size_t start = n > kMaxNameWords ? n - kMaxNameWords : 1; start + 1 < n; ++start) {
    // "Director for Europe Maria Santos": a word after a connector is the
    // title's.
    if (!w[start - 1].capitalized() && IsNameConnectorAnyCase(w[start - 1].text)) continue;
    absl::string_view name = phrase.substr(w[start].begin);
    absl::string_view head = phrase.substr(0, w[start - 1].end);
    if (LooksLikePersonName(name) && HasTitle(head)) {
      title = std::string(absl::StripSuffix(head, ","));
      person = std::string(name);
      return true;
    }
  }
  return false;
}

// One paragraph's share of a quotation: each is its own quote.
struct Segment {
  size_t begin;
  size_t end;
  size_t paragraph;
};

class QuoteFinder {
 public:
  QuoteFinder(absl::string_view t, const std::vector<Paragraph>& paras,
              const QuoteContext& ctx)
      : t_(t), paras_(paras), ctx_(ctx), marks_(FindQuoteMarks(t, paras)) {
    size_t k = 0;
    for (size_t p = 0; p <= paras.size(); ++p) {
      while (k < marks_.size() && marks_[k].paragraph < p) ++k;
      first_mark_.push_back(k);
    }
    for (int f = 0; f < 2; ++f) {
      next_closer_[f].assign(marks_.size() + 1, kNoMark);
      for (size_t m = marks_.size(); m > 0; --m) {
        const QuoteMark& mark = marks_[m - 1];
        next_closer_[f][m - 1] =
            (!mark.opener && static_cast<int>(mark.family) == f) ? m - 1 : next_closer_[f][m];
      }
    }
  }

  std::vector<FoundQuote> Run() {
    size_t i = 0;
    while (i < marks_.size()) {
      const QuoteMark& mark = marks_[i];
      if (!mark.opener) {
        if (IsFirstMarkOfParagraph(i)) LostOpening(i);
        ++i;
        continue;
      }
      size_t close = Closer(i);
      if (close == kNoMark) {
        ++i;
        continue;
      }
      Emit(i, close);
      i = close + 1;
    }
    return std::move(found_);
  }

 private:
  bool IsFirstMarkOfParagraph(size_t i) const {
    return first_mark_[marks_[i].paragraph] == i;
  }

  // The closing mark of the opener at i, in its paragraph or in a later
  // paragraph each of which reopens the quotation; kNoMark if none.
  size_t Closer(size_t i) const {
    const QuoteMark& open = marks_[i];
    size_t j = next_closer_[static_cast<int>(open.family)][i + 1];
    size_t p = open.paragraph;
    while (true) {
      if (j != kNoMark && marks_[j].paragraph == p) return j;
      if (p == open.paragraph && !MayRunOn(open)) return kNoMark;
      size_t q = p + 1;
      if (q >= paras_.size() || q - open.paragraph >= kMaxParagraphsPerQuote) {
        return kNoMark;
      }
      size_t first = first_mark_[q];
      if (first == first_mark_[q + 1]) return kNoMark;
      const QuoteMark& reopen = marks_[first];
      if (!reopen.opener || reopen.family != open.family ||
          reopen.begin != paras_[q].range.begin) {
        return kNoMark;
      }
      p = q;
    }
  }

  // A quotation runs over paragraphs only from where speech starts: a
  // paragraph's or sentence's start, after "said:" / "said," or after the
  // previous quotation; a mark left open in mid-sentence ("of ‘promoting
  // and") is no such start.
  bool MayRunOn(const QuoteMark& open) const {
    size_t start = paras_[open.paragraph].range.begin;
    size_t k = open.begin;
    while (k > start && t_[k - 1] == ' ') --k;
    if (k == start) return true;
    char c = t_[k - 1];
    return c == ':' || c == ',' || c == '.' || c == '!' || c == '?' || c == '"' ||
           absl::EndsWith(t_.substr(start, k - start), "\xE2\x80\x9D");
  }

  std::vector<Segment> Segments(size_t i, size_t close) const {
    std::vector<Segment> out;
    const QuoteMark& open = marks_[i];
    size_t from = open.end;
    for (size_t p = open.paragraph; p < marks_[close].paragraph; ++p) {
      out.push_back({from, paras_[p].range.end, p});
      from = marks_[first_mark_[p + 1]].end;
    }
    out.push_back({from, marks_[close].begin, marks_[close].paragraph});
    return out;
  }

  // Sentences are split once per paragraph, so a paragraph with a million
  // quotation marks stays linear.
  Range SentenceAt(size_t paragraph, size_t pos, Range* next) {
    if (cached_paragraph_ != paragraph) {
      cached_sentences_ = Sentences(t_, paras_[paragraph].range);
      cached_paragraph_ = paragraph;
    }
    const std::vector<Range>& sentences = cached_sentences_;
    if (sentences.empty()) return paras_[paragraph].range;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                               [](size_t p, const Range& r) { return p < r.end; });
    size_t k = it == sentences.end() ? sentences.size() - 1
                                     : static_cast<size_t>(it - sentences.begin());
    if (next) *next = k + 1 < sentences.size() ? sentences[k + 1] : Range{};
    return sentences[k];
  }

  // The sieves in order for the quotation marked [open, shut]; `after`
  // tells whether the attribution follows it.
  std::optional<Attribution> Attribute(const QuoteMark& open, const QuoteMark& shut,
                                       size_t close, bool& after, bool& embedded) {
    Range next_sentence;
    Range closing_sentence = SentenceAt(shut.paragraph, shut.begin, &next_sentence);
    size_t after_end = closing_sentence.end;
    // Stop at the next quotation in the same sentence.
    size_t next_mark = close + 1 < marks_.size() ? marks_[close + 1].begin : t_.size();
    if (next_mark < after_end && marks_[close + 1].opener) after_end = next_mark;
    after_end = std::min(after_end, shut.end + kAttributionWindow);
    std::optional<Attribution> a;
    if (after_end > shut.end + 1) a = AttributionAfter(t_, shut.end, after_end);
    if (!a && shut.paragraph + 1 == paras_.size() && after_end == paras_.back().range.end) {
      a = CutAttribution(t_, shut.end, after_end);
    }
    // "— Name, role" under a block quote, in its paragraph or the next.
    // Only a quotation that is its paragraph ("> “…”") takes one: a list
    // of people may follow a paragraph that ends in quoted words.
    bool whole = ParagraphOpensAt(open.paragraph, open.begin);
    if (!a && whole) {
      a = DashAttribution(t_, shut.end,
                          std::min(paras_[shut.paragraph].range.end, shut.end + kAttributionWindow));
    }
    if (!a && whole && shut.paragraph + 1 < paras_.size() &&
        ParagraphEndsAt(shut.paragraph, shut.end) &&
        !HasMoreWordsThan(paras_[shut.paragraph + 1].range.in(t_), kMaxDashLineWords)) {
      const Range& line = paras_[shut.paragraph + 1].range;
      a = DashAttribution(t_, line.begin, line.end);
    }
    // "“We will appeal,”" / "said Tomas Berg, ...": a paragraph break
    // inside the sentence (bad markup, a pull quote) leaves the
    // attribution at the start of the next paragraph, in lowercase.
    if (!a && whole && shut.paragraph + 1 < paras_.size() &&
        ParagraphEndsAt(shut.paragraph, shut.end)) {
      const Range& line = paras_[shut.paragraph + 1].range;
      if (line.size() > 0 && absl::ascii_islower(static_cast<unsigned char>(t_[line.begin]))) {
        a = AttributionAfter(t_, line.begin, std::min(line.end, line.begin + kAttributionWindow));
      }
    }
    after = a.has_value();
    if (!a && next_sentence.size() > 0 && next_sentence.size() < kShortSentence &&
        !HasMoreWordsThan(next_sentence.in(t_), 12)) {
      a = AttributionAfter(t_, next_sentence.begin, next_sentence.end);
      if (a && !a->previous_speaker && a->name.empty()) a.reset();
    }
    if (!a && next_sentence.size() > 0) {
      a = WordsOfNext(t_, next_sentence.begin, next_sentence.end);
    }
    Range opening_sentence = SentenceAt(open.paragraph, open.begin, nullptr);
    if (!a && open.begin > opening_sentence.begin) {
      size_t from = open.begin - opening_sentence.begin > kAttributionWindow
                        ? WordStart(open.begin - kAttributionWindow, open.begin)
                        : PastDateline(opening_sentence, open);
      a = AttributionBefore(t_, from, open.begin);
      if (!a) {
        a = EmbeddedAttribution(t_, from, open.begin);
        embedded = a.has_value();
      }
    }
    if (!a && open.paragraph > 0 && open.begin == paras_[open.paragraph].range.begin) {
      const Range& previous = paras_[open.paragraph - 1].range;
      a = Introduction(t_, SentenceAt(open.paragraph - 1, previous.end - 1, nullptr));
      embedded = a.has_value();
    }
    return a;
  }

  // "The Hague — The Coalition welcomed ..., describing it as “…”": a
  // paragraph's dateline is no part of the speaker's name; the sentence
  // is read from after it.
  size_t PastDateline(Range sentence, const QuoteMark& open) const {
    if (sentence.begin != paras_[open.paragraph].range.begin) return sentence.begin;
    size_t dateline = DatelineLength(t_.substr(sentence.begin, open.begin - sentence.begin),
                                     nullptr);
    return sentence.begin + dateline;
  }

  // text[from, to) without what quotation marks enclose in it.
  std::string Unquoted(size_t from, size_t to) const {
    std::string out;
    size_t at = from;
    bool inside = false;
    auto first = std::lower_bound(marks_.begin(), marks_.end(), from,
                                  [](const QuoteMark& m, size_t at) { return m.begin < at; });
    for (auto it = first; it != marks_.end() && it->begin < to; ++it) {
      const QuoteMark& m = *it;
      if (m.opener && !inside) {
        absl::StrAppend(&out, t_.substr(at, m.begin - at));
        inside = true;
      } else if (!m.opener && inside) {
        at = m.end;
        inside = false;
      }
    }
    if (!inside && at < to) absl::StrAppend(&out, t_.substr(at, to - at));
    return out;
  }

  // "said that other journalists were being “monitored”.", "asked that
  // ... its officials “cease immediately.”": a short phrase that ends the
  // clause a named speaker's verb reports, in the verb's own sentence, is
  // the speaker's words however far the verb is; a cited term mid-clause
  // ("said the “foreign agents” law was void") is not.
  bool ClosesReportedClause(const QuoteMark& open, const QuoteMark& shut, size_t cue_end) {
    Range sentence = SentenceAt(open.paragraph, open.begin, nullptr);
    if (cue_end < sentence.begin || shut.paragraph != open.paragraph) return false;
    if (HasMoreWordsThan(Unquoted(cue_end, open.begin), kMaxWordsOfReportedClause)) return false;
    size_t end = std::max(sentence.end, shut.end);
    absl::string_view after = t_.substr(shut.end, end - shut.end);
    if (HasMoreWordsThan(after, kMaxWordsAfterClosingPhrase)) return false;
    // The sentence must stop there: a full stop inside the marks or right
    // after them (past one word), not a run the sentence splitter could
    // not end ("related to “extremism” On 2016-02-02 his devices ...").
    if (shut.begin > open.end && absl::ascii_ispunct(static_cast<unsigned char>(t_[shut.begin - 1])) &&
        t_[shut.begin - 1] != ',') {
      return true;
    }
    after = absl::StripLeadingAsciiWhitespace(after);
    size_t word = 0;
    while (word < after.size() && absl::ascii_isalpha(static_cast<unsigned char>(after[word]))) ++word;
    after = absl::StripLeadingAsciiWhitespace(after.substr(word));
    return !after.empty() && (after[0] == '.' || after[0] == '!' || after[0] == '?');
  }

  // Whether the mark at `at` follows "so-called" or "the term".
  bool AfterSoCalled(size_t at) const {
    absl::string_view before = t_.substr(0, at);
    before = absl::StripTrailingAsciiWhitespace(before);
    return absl::EndsWithIgnoreCase(before, "so-called") ||
           absl::EndsWithIgnoreCase(before, "so called") ||
           absl::EndsWithIgnoreCase(before, " term") || absl::EndsWithIgnoreCase(before, " word");
  }

  void Emit(size_t i, size_t close) {
    const QuoteMark& open = marks_[i];
    const QuoteMark& shut = marks_[close];
    bool after = false;
    bool embedded = false;
    std::optional<Attribution> a = Attribute(open, shut, close, after, embedded);
    PersonInfo speaker;
    std::string cue;
    float confidence = 0;
    if (a) {
      cue = a->cue;
      confidence = a->confidence;
      speaker = Speaker(*a, open.begin, confidence);
    } else if (!found_.empty() && last_paragraph_ == open.paragraph) {
      speaker = last_speaker_;  // "“A,” said X. “B.”"
      cue = found_.back().cue;
      confidence = std::min(last_confidence_, kSameParagraph);
    } else if (ContinuesLastQuote(open, shut)) {
      speaker = last_speaker_;
      cue = found_.back().cue;
      confidence = std::min(last_confidence_, kContinuation);
    }
    if (speaker.name.empty()) return;
    if (speaker.is_organization) {
      // A body's words are quoted only where the document reports its own
      // issuers' letter or a reporting noun carries them; "the Center concluded
      // that “…”" quotes no person.
      bool reported = a && (a->issuers || embedded);
      if (!reported && !IsIssuer(speaker)) return;
      confidence = std::min(confidence, kOrganizationSpeaker);
    }
    std::vector<Segment> segments = Segments(i, close);
    // A short phrase is a quotation only when an attribution follows it
    // ("“Outrageous,” said X") or a named person's speech verb brings it
    // ("X described the reports as “fabricated propaganda”"), not when a
    // sentence merely cites a word, a title or a so-called term.
    if (segments.size() == 1) {
      absl::string_view phrase =
          t_.substr(segments[0].begin, segments[0].end - segments[0].begin);
      bool named = a && !a->name.empty() && !a->previous_speaker && !speaker.is_organization &&
                   a->cue_end > 0 && a->cue_end <= open.begin &&
                   (!HasMoreWordsThan(Unquoted(a->cue_end, open.begin), kMaxWordsAfterCue) ||
                    ClosesReportedClause(open, shut, a->cue_end));
      if (!HasMoreWordsThan(phrase, kMaxScareQuoteWords) && !after && !embedded &&
          (!named || IsTitleCase(phrase) || AfterSoCalled(open.begin))) {
        return;
      }
    }
    Range opening_sentence = SentenceAt(open.paragraph, open.begin, nullptr);
    Range closing_sentence = SentenceAt(shut.paragraph, shut.begin, nullptr);
    for (size_t s = 0; s < segments.size(); ++s) {
      const Segment& seg = segments[s];
      // The evidence is the sentence around quote and attribution, cut to
      // a window when the "sentence" is an unbounded run of text.
      size_t begin = seg.begin;
      if (s == 0 && open.begin - opening_sentence.begin <= kAttributionWindow) {
        begin = opening_sentence.begin;
      }
      size_t end = seg.end;
      if (s + 1 == segments.size()) {
        end = std::max(shut.end, a ? a->end : shut.end);
        if (closing_sentence.end <= end + kAttributionWindow) {
          end = std::max(end, closing_sentence.end);
        }
      }
      Add(seg.begin, seg.end, seg.paragraph, speaker, cue, Range{begin, std::min(end, t_.size())},
          confidence);
    }
    last_speaker_ = speaker;
    last_confidence_ = confidence;
    last_paragraph_ = shut.paragraph;
    last_end_ = std::max(shut.end, a ? a->end : shut.end);
  }

  // "Name, Title, Org: words…”": a closing mark with no opening one, in a
  // paragraph that starts with its speaker and a colon.
  void LostOpening(size_t i) {
    const QuoteMark& shut = marks_[i];
    const Range& para = paras_[shut.paragraph].range;
    size_t begin = 0;
    std::optional<Attribution> a = ColonLead(t_, Range{para.begin, shut.begin}, &begin);
    if (!a || begin >= shut.begin) return;
    float confidence = a->confidence;
    PersonInfo speaker = Speaker(*a, para.begin, confidence);
    if (speaker.name.empty() || speaker.is_organization) return;
    Add(begin, shut.begin, shut.paragraph, speaker, a->cue, Range{para.begin, shut.end}, confidence);
    last_speaker_ = speaker;
    last_confidence_ = confidence;
    last_paragraph_ = shut.paragraph;
    last_end_ = shut.end;
  }

  bool IsIssuer(const PersonInfo& body) const {
    return !body.name.empty() && !ctx_.issuers.organization.empty() &&
           absl::StrContains(ctx_.issuers.organization, body.name);
  }

  // An unattributed paragraph that is all quotation, right after a
  // paragraph that quoted a person: the same person goes on speaking.
  // Whether only punctuation and spaces follow `at` in the paragraph.
  bool ParagraphEndsAt(size_t paragraph, size_t at) const {
    size_t end = paras_[paragraph].range.end;
    if (end - at > kMaxMarkup) return false;  // bounded: this runs per quotation
    for (size_t k = at; k < end; ++k) {
      unsigned char c = static_cast<unsigned char>(t_[k]);
      if (absl::ascii_isalnum(c)) return false;
    }
    return true;
  }

  // Whether only punctuation and spaces stand before `at` in the paragraph.
  bool ParagraphOpensAt(size_t paragraph, size_t at) const {
    if (at - paras_[paragraph].range.begin > kMaxMarkup) return false;
    for (size_t k = paras_[paragraph].range.begin; k < at; ++k) {
      if (absl::ascii_isalnum(static_cast<unsigned char>(t_[k]))) return false;
    }
    return true;
  }

  bool ContinuesLastQuote(const QuoteMark& open, const QuoteMark& shut) const {
    if (found_.empty() || last_speaker_.is_organization) return false;
    if (open.paragraph == 0 || last_paragraph_ != open.paragraph - 1) return false;
    const Range& para = paras_[shut.paragraph].range;
    if (open.begin != paras_[open.paragraph].range.begin) return false;
    absl::string_view rest = absl::StripAsciiWhitespace(t_.substr(shut.end, para.end - shut.end));
    return rest.empty() || rest == "." || rest.size() <= 1;
  }

  void Add(size_t begin, size_t end, size_t paragraph, const PersonInfo& speaker,
           const std::string& cue, Range evidence, float confidence) {
    std::string text(absl::StripAsciiWhitespace(t_.substr(begin, end - begin)));
    if (text.empty()) return;
    // A pull-quote repeats, in a paragraph of its own, a quotation the
    // document gives elsewhere.
    auto [seen, first] = seen_.try_emplace(RepeatKey(text), paragraph);
    if (!first && seen->second != paragraph) return;
    FoundQuote q{std::move(text), speaker, cue, evidence};
    q.confidence = confidence;
    found_.push_back(std::move(q));
  }

  // The first space at or after pos, but never past `limit`: a run of
  // marks with no space ("“”“”…") would otherwise send each quotation's
  // search to the end of the text, and its window past its own mark.
  size_t WordStart(size_t pos, size_t limit) const {
    while (pos < limit && t_[pos] != ' ') ++pos;
    return pos;
  }

  // The person an attribution names, its confidence lowered when the name
  // is short or the speaker comes from the context.
  PersonInfo Speaker(const Attribution& a, size_t quote_begin, float& confidence) {
    if (a.issuers) return ctx_.issuers;
    if (a.previous_speaker) {
      PersonInfo antecedent = Antecedent(quote_begin);
      return antecedent.name.empty() ? last_speaker_ : antecedent;
    }
    if (a.name.empty()) return {};  // a sieve that found the words no one's
    PersonInfo speaker = Resolve(NearestNamesake(a.name, quote_begin), a.appositive);
    if (!speaker.is_organization && !HasMoreWordsThan(a.name, 1)) {
      confidence = std::min(confidence, kShortNameCap);
    }
    return speaker;
  }

  // "Ms Ruiz added" where Ana Ruiz and Marta Ruiz both speak: a bare
  // surname is the person of that surname named last before the
  // quotation, else the previous speaker when the surname is theirs; the
  // directory alone would give the first one named.
  std::string NearestNamesake(const std::string& mention, size_t quote_begin) const {
    std::string title, surname;
    SplitTitle(mention, title, surname);
    surname = std::string(StripPossessive(surname));
    if (surname.empty() || HasMoreWordsThan(surname, 1)) return mention;
    size_t from = quote_begin > kAntecedentWindow ? quote_begin - kAntecedentWindow : 0;
    std::vector<Word> w = Tokenize(t_.substr(from, quote_begin - from), from);
    std::string nearest;
    for (size_t k = 0; k < w.size();) {
      size_t n = NameLength(w, k);
      if (n == 0) {
        ++k;
        continue;
      }
      if (n >= 2 && StripPossessive(w[k + n - 1].text) == surname) {
        std::string person;
        SplitTitle(t_.substr(w[k].begin, w[k + n - 1].end - w[k].begin), title, person);
        person = std::string(StripPossessive(person));
        const PersonInfo* known = ctx_.people->Find(person);
        if (HasMoreWordsThan(person, 1) && known && !known->is_organization) nearest = person;
      }
      k += n;
    }
    if (!nearest.empty()) return nearest;
    if (!last_speaker_.is_organization && absl::EndsWith(last_speaker_.name, " " + surname)) {
      return last_speaker_.name;
    }
    return mention;
  }

  // The person a pronoun refers to: the first person named in the last
  // sentence since the previous quotation that reports speech ("X, also a
  // spokesperson, said the bill ..."); else the previous speaker; else
  // the last person named.
  PersonInfo Antecedent(size_t quote_begin) {
    size_t from = std::max(last_end_ == kNoMark ? 0 : last_end_,
                           quote_begin > kAntecedentWindow ? quote_begin - kAntecedentWindow : 0);
    if (from >= quote_begin) return last_speaker_;
    std::vector<Word> w = Tokenize(t_.substr(from, quote_begin - from), from);
    std::string reporting, sentence_first, last_named, subject;
    size_t subject_at = 0;
    size_t sentence_start = 0;
    bool speech = false;
    auto end_sentence = [&] {
      if (speech && !sentence_first.empty()) reporting = sentence_first;
      sentence_first.clear();
      speech = false;
    };
    for (size_t k = 0; k < w.size();) {
      if (w[k].text == "." || w[k].text == "!" || w[k].text == "?") {
        end_sentence();
        sentence_start = k + 1;
      }
      speech = speech || (w[k].is_word && !w[k].capitalized() &&
                          IsSpeechVerb(absl::AsciiStrToLower(w[k].text)));
      size_t n = NameLength(w, k);
      if (n == 0) {
        ++k;
        continue;
      }
      std::string title, person;
      SplitTitle(t_.substr(w[k].begin, w[k + n - 1].end - w[k].begin), title, person);
      person = std::string(StripPossessive(person));
      const PersonInfo* known = ctx_.people->Find(person);
      if (LooksLikePersonName(person) || (known && !known->is_organization)) {
        // "She recalled that police held Omar Castell": one named after
        // the speech verb is what was said, not who said it.
        if (sentence_first.empty() && !speech) sentence_first = person;
        last_named = person;
        if (k == sentence_start) {
          subject = person;
          subject_at = w[k].begin;
        }
      }
      k += n;
    }
    end_sentence();
    if (!reporting.empty()) return Resolve(reporting, "");
    // "Leila Haddad, a lawyer, spoke outside the court. “…,” she said.":
    // a person who opens a sentence of the quotation's own paragraph is
    // nearer than the previous speaker; one named inside a sentence
    // ("She said police held Omar Castell") is not the pronoun's.
    if (!subject.empty() && subject_at >= ParagraphBegin(quote_begin)) {
      return Resolve(subject, "");
    }
    if (!last_speaker_.name.empty()) return last_speaker_;
    return last_named.empty() ? PersonInfo{} : Resolve(last_named, "");
  }

  size_t ParagraphBegin(size_t pos) const {
    auto it = std::upper_bound(paras_.begin(), paras_.end(), pos,
                               [](size_t p, const Paragraph& para) { return p < para.range.end; });
    return it == paras_.end() ? pos : std::min(pos, it->range.begin);
  }

  // "a human rights lawyer", "a fellow campaigner": a short lowercase
  // phrase ending in an occupation is the person's role even with no
  // organization; "a mother of three" or "a vocal critic" is not.
  static bool IsLowercaseOccupation(absl::string_view phrase) {
    constexpr size_t kMaxWords = 4;
    std::vector<Word> words = Tokenize(phrase);
    if (words.empty() || words.size() > kMaxWords) return false;
    for (const Word& w : words) {
      if (!w.is_word || w.capitalized()) return false;
    }
    static const auto* kOccupations = new absl::flat_hash_set<absl::string_view>{
        "journalist", "activist", "defender", "blogger", "advocate", "academic",
        "professor", "economist", "writer", "poet", "artist", "doctor", "unionist",
        "photographer", "reporter", "filmmaker", "organiser", "organizer", "teacher",
        "student", "lecturer", "scholar"};
    std::string last = absl::AsciiStrToLower(words.back().text);
    return IsOfficeWord(last) || kOccupations->contains(last);
  }

  PersonInfo Resolve(absl::string_view name, absl::string_view appositive) const {
    std::string clean(absl::StripAsciiWhitespace(name));
    if (absl::StartsWith(clean, "your ") || absl::StartsWith(clean, "Your ")) {
      // "your administration" in a letter to President Biden.
      std::string surname = AddresseeSurname(ctx_.addressee);
      if (surname.empty()) return {};
      std::string body = absl::StrCat(surname, " ", clean.substr(5));
      return {body, "", body, true};
    }
    const OrgDirectory& orgs = *ctx_.orgs;
    std::string title, person;
    SplitTitle(clean, title, person);
    // "Party Board Member and Member of Parliament Lee Min" names a
    // person even though its title names a body.
    bool titled_person = TrailingPersonName(clean, title, person);
    std::string affiliation;
    if (!titled_person) SplitAffiliation(clean, person, affiliation);
    if (!affiliation.empty()) title.clear();
    bool possessive_owner = false;
    for (const Word& w : Tokenize(clean)) {
      possessive_owner = possessive_owner ||
                         (StripPossessive(w.text).size() != w.text.size() && w.end < clean.size());
    }
    bool org = !titled_person && affiliation.empty() && !possessive_owner &&
               (LooksLikeOrganization(clean) || orgs.IsAcronym(StripPossessive(clean)) ||
                absl::StartsWith(clean, "The ") || absl::StartsWith(clean, "the "));
    if (org) {
      std::string full = orgs.FullName(clean);
      return {full, "", full, true};
    }
    // "Amnesty International’s Secretary General Ana Lima"
    std::string owner;
    if (affiliation.empty()) {
      for (const Word& w : Tokenize(clean)) {
        if (StripPossessive(w.text).size() != w.text.size() && w.end < clean.size()) {
          owner = orgs.FullName(clean.substr(0, w.end));
          clean = std::string(absl::StripAsciiWhitespace(clean.substr(w.end)));
          break;
        }
      }
      if (!titled_person || !TrailingPersonName(clean, title, person)) {
        SplitTitle(clean, title, person);
      }
    }
    std::string role, organization;
    if (absl::StartsWith(appositive, "a ") || absl::StartsWith(appositive, "an ")) {
      SplitRole(appositive.substr(appositive.find(' ') + 1), orgs, role, organization);
      if (organization.empty() && !IsLowercaseOccupation(role)) role.clear();
    } else if (!appositive.empty()) {
      SplitRole(appositive, orgs, role, organization);
    }
    bool title_split = false;
    if (role.empty() && organization.empty() && owner.empty() && !title.empty()) {
      // "EADN Executive Director Grace Achieng": the title may name the
      // organization too.
      SplitRole(title, orgs, role, organization);
      if (organization.empty()) role.clear();
      title_split = !organization.empty();
    }
    if (role.empty()) role = title;
    if (organization.empty()) organization = owner;
    if (organization.empty() && !affiliation.empty()) organization = orgs.FullName(affiliation);
    if (const PersonInfo* known = ctx_.people->Find(person)) {
      PersonInfo out = *known;
      // An appositive given with the quote is more specific than a title.
      if (!appositive.empty() && !role.empty()) out.role = role;
      if (!role.empty() && (out.role.empty() || (title_split && out.role == title))) {
        out.role = role;
      }
      if (!organization.empty()) out.organization = organization;
      out.name = ctx_.people->FullestName(out.name);
      ctx_.people->Add(out);
      return out;
    }
    std::string full = ctx_.people->FullestName(person);
    // "On", "Mr" or "Previous" alone name no one.
    if (!HasMoreWordsThan(full, 1) && !LooksLikeSurname(full)) return {};
    PersonInfo out{full, role, organization, false};
    ctx_.people->Add(out);
    return out;
  }

  // "Andrew Lee of Example Networks" -> "Andrew Lee", "Example Networks".
  static void SplitAffiliation(const std::string& phrase, std::string& person,
                               std::string& affiliation) {
    for (absl::string_view sep : {" of ", " at ", " from "}) {
      size_t pos = phrase.find(std::string(sep));
      if (pos == std::string::npos) continue;
      std::string left = phrase.substr(0, pos);
      if (!LooksLikePersonName(left)) continue;
      person = left;
      affiliation = phrase.substr(pos + sep.size());
      return;
    }
  }

  absl::string_view t_;
  const std::vector<Paragraph>& paras_;
  const QuoteContext& ctx_;
  std::vector<QuoteMark> marks_;
  std::vector<size_t> first_mark_;
  std::vector<size_t> next_closer_[2];
  std::vector<FoundQuote> found_;
  // Each quotation's RepeatKey, with the paragraph it was first found in.
  absl::flat_hash_map<std::string, size_t> seen_;
  PersonInfo last_speaker_;
  float last_confidence_ = 0;
  size_t last_paragraph_ = kNoMark;
  size_t last_end_ = kNoMark;
  size_t cached_paragraph_ = kNoMark;
  std::vector<Range> cached_sentences_;
};

}  // namespace

std::vector<FoundQuote> FindQuotes(absl::string_view text,
                                   const std::vector<Paragraph>& paragraphs,
                                   const QuoteContext& context) {
  return QuoteFinder(text, paragraphs, context).Run();
}

}  // namespace amicus::extract
