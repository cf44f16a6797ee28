#include "extract/quotes.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr absl::string_view kLeftDouble = "\xE2\x80\x9C";
constexpr absl::string_view kRightDouble = "\xE2\x80\x9D";
constexpr absl::string_view kLeftSingle = "\xE2\x80\x98";
constexpr absl::string_view kRightSingle = "\xE2\x80\x99";
constexpr size_t kMaxParagraphsPerQuote = 6;
constexpr size_t kMaxScareQuoteWords = 3;
constexpr size_t kNoMark = static_cast<size_t>(-1);
// Attributions sit close to their quotation: bytes searched on each side.
constexpr size_t kAttributionWindow = 400;
constexpr size_t kShortSentence = 200;

enum Family { kDouble = 0, kSingle = 1 };

struct Mark {
  size_t begin;
  size_t end;
  size_t paragraph;
  Family family;
  bool opener;
};

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

bool IsCue(absl::string_view lowercase) {
  static const auto* kCues = new absl::flat_hash_set<absl::string_view>{
      "said", "says", "added", "adds", "wrote", "writes", "stated", "states",
      "noted", "notes", "explained", "explains", "continued", "told", "tells",
      "warned", "warns", "declared", "declares", "commented", "remarked",
      "argued", "argues", "insisted", "insists", "emphasized", "emphasised",
      "stressed", "urged", "urges", "concluded", "asked", "asks", "tweeted",
      "announced", "called", "calls", "reads", "read", "recalled", "recalls",
      "observed", "affirmed", "affirms", "underlined", "highlighted"};
  return kCues->contains(lowercase);
}

// A cue is a lowercase verb: "States Parties" is no "states".
bool IsCueWord(const Word& w) {
  return w.is_word && !w.capitalized() && IsCue(Lower(w.text));
}

bool IsPronoun(const Word& w) {
  return w.Is("he") || w.Is("she") || w.Is("they");
}

bool IsSpaceAt(absl::string_view t, size_t i) {
  return i < t.size() && (t[i] == ' ' || t[i] == '\n');
}

// The start of the word after `pos` (skipping one space), lowercased.
std::string NextWord(absl::string_view t, size_t pos, size_t end) {
  if (pos >= end || t[pos] != ' ') return "";
  size_t b = pos + 1;
  size_t e = b;
  while (e < end && absl::ascii_isalpha(static_cast<unsigned char>(t[e]))) ++e;
  return Lower(t.substr(b, e - b));
}

// A right single quote (or straight ') after a word closes a quotation
// only where a quotation plausibly ends; "the US’ bullying" does not.
bool AcceptSingleCloser(absl::string_view t, size_t begin, size_t end,
                        size_t para_end) {
  char prev = begin > 0 ? t[begin - 1] : ' ';
  if (absl::StrContains(".,!?;:", std::string(1, prev))) return true;
  if (end >= para_end) return true;
  char next = t[end];
  if (absl::StrContains(",.;:!?)", std::string(1, next))) return true;
  std::string word = NextWord(t, end, para_end);
  if (IsCue(word) || word == "according" || word == "he" || word == "she") {
    return true;
  }
  absl::string_view rest = t.substr(end, para_end - end);
  return absl::StartsWith(rest, " \xE2\x80\x93") ||
         absl::StartsWith(rest, " \xE2\x80\x94") ||
         absl::StartsWith(rest, absl::StrCat(" ", kLeftSingle));
}

bool IsLetterOrDigit(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

void FindMarksIn(absl::string_view t, const Paragraph& p, size_t index,
                 std::vector<Mark>& out) {
  size_t b = p.range.begin;
  size_t e = p.range.end;
  for (size_t i = b; i < e; ++i) {
    // Every mark starts with '"', '\'' or the lead byte 0xE2 of a curly
    // quote; other bytes only need stepping over.
    unsigned char lead = static_cast<unsigned char>(t[i]);
    if (lead != 0xE2 && lead != '"' && lead != '\'') {
      if (lead >= 0xE0) i += 2;
      continue;
    }
    absl::string_view rest = t.substr(i, std::min<size_t>(3, e - i));
    bool space_before = i == b || IsSpaceAt(t, i - 1) || t[i - 1] == '(' ||
                        t[i - 1] == '[';
    if (rest == kLeftDouble) {
      out.push_back({i, i + 3, index, kDouble, true});
    } else if (rest == kRightDouble) {
      out.push_back({i, i + 3, index, kDouble, false});
    } else if (rest == kLeftSingle) {
      out.push_back({i, i + 3, index, kSingle, true});
    } else if (rest == kRightSingle) {
      bool apostrophe = i + 3 < e && IsLetterOrDigit(t[i + 3]);
      if (!apostrophe && !space_before && AcceptSingleCloser(t, i, i + 3, e)) {
        out.push_back({i, i + 3, index, kSingle, false});
      }
    } else if (t[i] == '"') {
      bool opens = space_before && i + 1 < e && !IsSpaceAt(t, i + 1);
      out.push_back({i, i + 1, index, kDouble, opens});
    } else if (t[i] == '\'') {
      if (space_before && i + 1 < e && IsLetterOrDigit(t[i + 1])) {
        out.push_back({i, i + 1, index, kSingle, true});
      } else if (!space_before && !(i + 1 < e && IsLetterOrDigit(t[i + 1])) &&
                 AcceptSingleCloser(t, i, i + 1, e)) {
        out.push_back({i, i + 1, index, kSingle, false});
      }
    }
    if (static_cast<unsigned char>(t[i]) >= 0xE0) i += 2;
  }
}

struct Attribution {
  std::string name;
  std::string appositive;
  std::string cue;
  bool previous_speaker = false;
  bool issuers = false;
  size_t end = 0;  // where the attribution ends in the text
};

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

absl::string_view Between(absl::string_view t, const Word& first,
                          const Word& last) {
  return t.substr(first.begin, last.end - first.begin);
}

bool IsClauseStart(const Word& w) {
  static const auto* kStarts = new absl::flat_hash_set<absl::string_view>{
      "who", "whom", "whose", "which", "that", "adding", "noting", "and", "but",
      "as", "in", "on", "at", "when", "while", "after", "before", "because",
      "referring", "speaking", "saying", "explaining", "calling", "urging",
      "according", "the", "a", "an", "it", "he", "she", "they", "this"};
  return kStarts->contains(Lower(w.text));
}

// The appositive after a name: ", Secretary General of the ICJ".
std::string Appositive(absl::string_view t, const std::vector<Word>& w,
                       size_t k, size_t stop) {
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
  return std::string(Between(t, w[k + 1], w[end - 1]));
}

// "“...,” said Sam Zarifi, Secretary General of the ICJ." / "“...,” Zarifi
// said." / "“...,” she added."
std::optional<Attribution> AfterQuote(absl::string_view t, size_t from,
                                      size_t to) {
  std::vector<Word> w = Tokenize(t.substr(from, to - from), from);
  size_t k = 0;
  while (k < w.size() && !w[k].is_word) ++k;
  if (k >= w.size() || k > 2) return std::nullopt;
  Attribution a;
  a.end = to;
  std::string first = Lower(w[k].text);
  if (IsCueWord(w[k]) || (first == "according" && k + 1 < w.size() && w[k + 1].Is("to"))) {
    a.cue = first == "according" ? "according to" : first;
    k += first == "according" ? 2 : 1;
    if (k < w.size() && w[k].Is("the")) ++k;
    k += HonorificLength(w, k);
    if (k < w.size() && IsPronoun(w[k])) {
      a.previous_speaker = true;
      return a;
    }
    size_t n = PossessiveNameLength(w, k);
    if (n == 0) return std::nullopt;
    a.name = std::string(Between(t, w[k], w[k + n - 1]));
    a.appositive = Appositive(t, w, k + n, to);
    return a;
  }
  if (IsPronoun(w[k]) && k + 1 < w.size() && IsCueWord(w[k + 1])) {
    a.cue = Lower(w[k + 1].text);
    a.previous_speaker = true;
    return a;
  }
  if (w[k].Is("the")) ++k;
  k += HonorificLength(w, k);
  size_t start = k;
  size_t n = NameLength(w, k);
  if (n == 0) return std::nullopt;
  size_t after = k + n;
  std::string appositive;
  if (after < w.size() && w[after].text == ",") {
    appositive = Appositive(t, w, after, to);
    while (after + 1 < w.size() && after - k < 20 && !IsCueWord(w[after])) {
      ++after;
    }
  }
  if (after >= w.size() || !IsCueWord(w[after])) return std::nullopt;
  a.cue = Lower(w[after].text);
  a.name = std::string(Between(t, w[start], w[k + n - 1]));
  a.appositive = appositive;
  return a;
}

bool IsAdverb(const Word& w) {
  return w.is_word && !w.capitalized() &&
         (absl::EndsWith(w.text, "ly") || w.Is("also") || w.Is("further") ||
          w.Is("again") || w.Is("then") || w.Is("has") || w.Is("have") ||
          w.Is("had"));
}

// "Israeli Prime Minister Benjamin Netanyahu called for “...", "According
// to X, “...", "The letter states that ‘...’".
std::optional<Attribution> BeforeQuote(absl::string_view t, size_t from,
                                       size_t to) {
  std::vector<Word> w = Tokenize(t.substr(from, to - from), from);
  if (w.empty()) return std::nullopt;
  Attribution a;
  a.end = to;
  if (w.size() > 2 && w[0].Is("according") && w[1].Is("to")) {
    size_t k = w[2].Is("the") ? 3 : 2;
    k += HonorificLength(w, k);
    size_t n = NameLength(w, k);
    if (n == 0) return std::nullopt;
    a.cue = "according to";
    a.name = std::string(Between(t, w[k], w[k + n - 1]));
    a.appositive = Appositive(t, w, k + n, to);
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
      if (IsCueWord(w[k])) {
        a.cue = Lower(w[k].text);
        a.issuers = true;
        return a;
      }
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
    size_t start = end;
    while (start > 0 && (w[start - 1].capitalized() ||
                         (w[start - 1].is_word && w[start - 1].text.size() == 2 &&
                          w[start - 1].text[1] == '.') ||
                         (start > 1 && w[start - 1].is_word &&
                          IsNameConnectorAnyCase(w[start - 1].text) &&
                          !w[start - 1].Is("and") && w[start - 2].capitalized()))) {
      --start;
    }
    if (start == end) continue;
    a.cue = Lower(w[c].text);
    a.name = std::string(Between(t, w[start], w[end - 1]));
    return a;
  }
  return std::nullopt;
}

// A paragraph that ends "X, Amnesty International's Y, said:" or "IBAHRI
// Director Z said:" introduces the quotation that opens the next one.
std::optional<Attribution> Introduction(absl::string_view t, Range sentence) {
  absl::string_view s = sentence.in(t);
  if (s.empty() || s.back() != ':') return std::nullopt;
  std::vector<Word> w = Tokenize(s.substr(0, s.size() - 1), sentence.begin);
  if (w.empty() || !IsCueWord(w.back())) return std::nullopt;
  size_t cue = w.size() - 1;
  if (cue == 0 || w[cue - 1].text != ",") {
    // "Forum Director Samuel Achieng said:": the title is a role, even
    // when it names the organization.
    std::optional<Attribution> a = BeforeQuote(t, sentence.begin, sentence.end - 1);
    std::string title, person;
    if (a && !a->name.empty()) SplitTitle(a->name, title, person);
    if (!title.empty() && CountWords(person) >= 2) {
      a->name = person;
      a->appositive = title;
    }
    return a;
  }
  // "..., Maria Okonjo, <role>, said:": the first comma-delimited bare
  // name, with what follows it up to the cue as the appositive.
  for (size_t k = 0; k + 1 < cue; ++k) {
    if (k > 0 && w[k - 1].text != ",") continue;
    size_t at = k + HonorificLength(w, k);
    size_t n = NameLength(w, at);
    if (n < 2 || at + n >= cue || w[at + n].text != ",") continue;
    absl::string_view name = Between(t, w[at], w[at + n - 1]);
    if (LooksLikeOrganization(name)) continue;
    Attribution a;
    a.cue = Lower(w[cue].text);
    a.name = std::string(name);
    if (at + n + 1 < cue - 1) {
      a.appositive = std::string(Between(t, w[at + n + 1], w[cue - 2]));
    }
    a.end = sentence.end;
    return a;
  }
  return std::nullopt;
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
  return w.is_word && !w.capitalized() && kWords->contains(Lower(w.text));
}

bool IsParticipleCue(const Word& w) { return absl::EndsWith(w.text, "ing"); }

// The speaker named at w[k]: "Senators", "ICC States Parties", "your
// administration".
std::string AgentAt(absl::string_view t, const std::vector<Word>& w, size_t k) {
  if (k < w.size() && (w[k].Is("the") || w[k].Is("its"))) ++k;
  if (k >= w.size()) return "";
  if (w[k].Is("your") && k + 1 < w.size() && w[k + 1].is_word &&
      !w[k + 1].capitalized()) {
    return std::string(Between(t, w[k], w[k + 1]));
  }
  size_t n = NameLength(w, k);
  if (n == 0) return "";
  return std::string(Between(t, w[k], w[k + n - 1]));
}

// A quotation embedded in a sentence with no speech verb; see quotes.h.
std::optional<Attribution> EmbeddedAttribution(absl::string_view t, size_t from,
                                               size_t to) {
  std::vector<Word> w = Tokenize(t.substr(from, to - from), from);
  size_t c = w.size();
  while (c > 0 && !IsReportingWord(w[c - 1])) --c;
  if (c == 0) return std::nullopt;
  const Word& cue = w[c - 1];
  Attribution a;
  a.cue = Lower(cue.text);
  a.end = to;
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

class QuoteFinder {
 public:
  QuoteFinder(absl::string_view t, const std::vector<Paragraph>& paras,
              const QuoteContext& ctx)
      : t_(t), paras_(paras), ctx_(ctx) {
    for (size_t p = 0; p < paras.size(); ++p) {
      first_mark_.push_back(marks_.size());
      FindMarksIn(t, paras[p], p, marks_);
    }
    first_mark_.push_back(marks_.size());
    for (int f = 0; f < 2; ++f) {
      next_closer_[f].assign(marks_.size() + 1, kNoMark);
      for (size_t k = marks_.size(); k > 0; --k) {
        const Mark& m = marks_[k - 1];
        next_closer_[f][k - 1] = (!m.opener && m.family == f) ? k - 1
                                                               : next_closer_[f][k];
      }
    }
  }

  std::vector<FoundQuote> Run() {
    size_t i = 0;
    while (i < marks_.size()) {
      const Mark& open = marks_[i];
      if (!open.opener) {
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
  // The closing mark of the opener at i, in its paragraph or in a later
  // paragraph each of which reopens the quotation; kNoMark if none.
  size_t Closer(size_t i) const {
    const Mark& open = marks_[i];
    size_t j = next_closer_[open.family][i + 1];
    size_t p = open.paragraph;
    while (true) {
      if (j != kNoMark && marks_[j].paragraph == p) return j;
      size_t q = p + 1;
      if (q >= paras_.size() || q - open.paragraph >= kMaxParagraphsPerQuote) {
        return kNoMark;
      }
      size_t first = first_mark_[q];
      if (first == first_mark_[q + 1]) return kNoMark;
      const Mark& reopen = marks_[first];
      if (!reopen.opener || reopen.family != open.family ||
          reopen.begin != paras_[q].range.begin) {
        return kNoMark;
      }
      p = q;
    }
  }

  std::string QuoteText(size_t i, size_t close) const {
    const Mark& open = marks_[i];
    std::string text;
    size_t from = open.end;
    for (size_t p = open.paragraph; p < marks_[close].paragraph; ++p) {
      text += std::string(t_.substr(from, paras_[p].range.end - from));
      text += " ";
      from = marks_[first_mark_[p + 1]].end;
    }
    text += std::string(t_.substr(from, marks_[close].begin - from));
    return std::string(absl::StripAsciiWhitespace(text));
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

  void Emit(size_t i, size_t close) {
    const Mark& open = marks_[i];
    const Mark& shut = marks_[close];
    std::string text = QuoteText(i, close);
    if (text.empty()) return;
    Range next_sentence;
    Range closing_sentence = SentenceAt(shut.paragraph, shut.begin, &next_sentence);
    Range opening_sentence = SentenceAt(open.paragraph, open.begin, nullptr);
    size_t after_end = closing_sentence.end;
    // Stop at the next quotation in the same sentence.
    size_t next_mark = close + 1 < marks_.size() ? marks_[close + 1].begin : t_.size();
    if (next_mark < after_end && marks_[close + 1].opener) after_end = next_mark;
    std::optional<Attribution> a;
    after_end = std::min(after_end, shut.end + kAttributionWindow);
    if (after_end > shut.end + 1) a = AfterQuote(t_, shut.end, after_end);
    bool attributed_after = a.has_value();
    if (!a && next_sentence.size() > 0 && next_sentence.size() < kShortSentence &&
        CountWords(next_sentence.in(t_)) <= 12) {
      a = AfterQuote(t_, next_sentence.begin, next_sentence.end);
      if (a && !a->previous_speaker && a->name.empty()) a.reset();
    }
    bool embedded = false;
    if (!a && open.begin > opening_sentence.begin) {
      size_t from = open.begin - opening_sentence.begin > kAttributionWindow
                        ? WordStart(open.begin - kAttributionWindow)
                        : opening_sentence.begin;
      a = BeforeQuote(t_, from, open.begin);
      if (!a) {
        a = EmbeddedAttribution(t_, from, open.begin);
        embedded = a.has_value();
      }
    }
    if (!a && open.paragraph > 0 && open.begin == paras_[open.paragraph].range.begin) {
      Range intro = SentenceAt(open.paragraph - 1, paras_[open.paragraph - 1].range.end - 1,
                               nullptr);
      a = Introduction(t_, intro);
      embedded = a.has_value();
    }
    PersonInfo speaker;
    std::string cue;
    if (a) {
      cue = a->cue;
      if (a->issuers) {
        speaker = ctx_.issuers;
      } else if (a->previous_speaker) {
        speaker = last_speaker_;
      } else {
        speaker = Resolve(a->name, a->appositive);
      }
    } else if (!found_.empty() && last_paragraph_ == open.paragraph) {
      speaker = last_speaker_;  // "“A,” said X. “B.”"
      cue = found_.back().cue;
    }
    if (speaker.name.empty()) return;
    // A short phrase is a quotation only when an attribution follows it
    // ("“Outrageous,” said X"), not when a sentence merely cites a word.
    if (CountWords(text) <= kMaxScareQuoteWords && !attributed_after && !embedded) {
      return;
    }
    // The evidence is the sentence around quote and attribution, cut to a
    // window when the "sentence" is an unbounded run of text.
    size_t begin = open.begin - opening_sentence.begin <= kAttributionWindow
                       ? opening_sentence.begin
                       : open.begin;
    size_t end = std::max(shut.end, a ? a->end : shut.end);
    if (closing_sentence.end <= end + kAttributionWindow) {
      end = std::max(end, closing_sentence.end);
    }
    found_.push_back({std::move(text), speaker, cue,
                      Range{begin, std::min(end, t_.size())}});
    last_speaker_ = speaker;
    last_paragraph_ = shut.paragraph;
  }

  size_t WordStart(size_t pos) const {
    while (pos < t_.size() && t_[pos] != ' ') ++pos;
    return pos;
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
    bool possessive_owner = false;
    for (const Word& w : Tokenize(clean)) {
      possessive_owner = possessive_owner ||
                         (StripPossessive(w.text).size() != w.text.size() && w.end < clean.size());
    }
    bool org = !possessive_owner &&
               (LooksLikeOrganization(clean) || orgs.IsAcronym(StripPossessive(clean)) ||
                absl::StartsWith(clean, "The ") || absl::StartsWith(clean, "the "));
    if (org) {
      std::string full = orgs.FullName(clean);
      return {full, "", full, true};
    }
    // "Amnesty International’s Secretary General Ana Lima"
    std::string owner;
    for (const Word& w : Tokenize(clean)) {
      if (StripPossessive(w.text).size() != w.text.size() && w.end < clean.size()) {
        owner = orgs.FullName(clean.substr(0, w.end));
        clean = std::string(absl::StripAsciiWhitespace(clean.substr(w.end)));
        break;
      }
    }
    std::string title, person;
    SplitTitle(clean, title, person);
    std::string role, organization;
    if (absl::StartsWith(appositive, "a ") || absl::StartsWith(appositive, "an ")) {
      SplitRole(appositive.substr(appositive.find(' ') + 1), orgs, role, organization);
      if (organization.empty()) role.clear();
    } else if (!appositive.empty()) {
      SplitRole(appositive, orgs, role, organization);
    }
    if (role.empty()) role = title;
    if (organization.empty()) organization = owner;
    if (const PersonInfo* known = ctx_.people->Find(person)) {
      PersonInfo out = *known;
      // An appositive given with the quote is more specific than a title.
      if (!appositive.empty() && !role.empty()) out.role = role;
      if (!role.empty() && out.role.empty()) out.role = role;
      if (!organization.empty()) out.organization = organization;
      ctx_.people->Add(out);
      return out;
    }
    PersonInfo out{person, role, organization, false};
    ctx_.people->Add(out);
    return out;
  }

  absl::string_view t_;
  const std::vector<Paragraph>& paras_;
  const QuoteContext& ctx_;
  std::vector<Mark> marks_;
  std::vector<size_t> first_mark_;
  std::vector<size_t> next_closer_[2];
  std::vector<FoundQuote> found_;
  PersonInfo last_speaker_;
  size_t last_paragraph_ = kNoMark;
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
