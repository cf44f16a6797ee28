#include "extract/dates.h"

#include <algorithm>
#include <array>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/time/civil_time.h"
#include "extract/byte_scan.h"

namespace amicus::extract {
namespace {

using amicus::v1::DATE_PRECISION_DAY;
using amicus::v1::DATE_PRECISION_MONTH;
using amicus::v1::DATE_PRECISION_YEAR;

struct Token {
  size_t begin;
  size_t end;
  absl::string_view text;
  bool number;
  bool word;
};

// Fields written in place, not through a temporary (see words.cc Push).
inline void Push(std::vector<Token>& out, size_t begin, size_t end,
                 absl::string_view text, bool number, bool word) {
  Token& t = out.emplace_back();
  t.begin = begin;
  t.end = end;
  t.text = text;
  t.number = number;
  t.word = word;
}

std::vector<Token> Tokenize(absl::string_view s) {
  std::vector<Token> out;
  // About one token per five bytes of prose; capped so that a huge
  // input with few tokens does not reserve memory it never uses.
  out.reserve(std::min<size_t>(s.size() / 5, 4096));
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // Hard-wrapped and tab-separated text ("On\n2016-02-02") dates as
    // spaced text does.
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    size_t b = i;
    if (absl::ascii_isdigit(c)) {
      while (i < s.size() && absl::ascii_isdigit(s[i])) ++i;
      Push(out, b, i, s.substr(b, i - b), true, false);
    } else if (absl::ascii_isalpha(c)) {
      while (i < s.size() && absl::ascii_isalpha(s[i])) ++i;
      Push(out, b, i, s.substr(b, i - b), false, true);
    } else {
      i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i > s.size()) i = s.size();
      Push(out, b, i, s.substr(b, i - b), false, false);
    }
  }
  return out;
}

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ParseInt(absl::string_view s, int& out) {
  return s.size() <= 4 && absl::SimpleAtoi(s, &out);
}

bool IsYear(const Token& t, int& year) {
  return t.number && t.text.size() == 4 && ParseInt(t.text, year) &&
         year >= 1800 && year <= 2200;
}

bool IsDayNumber(const Token& t, int& day) {
  return t.number && t.text.size() <= 2 && ParseInt(t.text, day) && day >= 1 &&
         day <= 31;
}

// The comparisons below run for every token of every sentence: they
// compare case-insensitively in place instead of building a lowercase copy.
bool IsOrdinalSuffix(const Token& t) {
  return t.word && t.text.size() == 2 &&
         (absl::EqualsIgnoreCase(t.text, "st") || absl::EqualsIgnoreCase(t.text, "nd") ||
          absl::EqualsIgnoreCase(t.text, "rd") || absl::EqualsIgnoreCase(t.text, "th"));
}

bool Capitalized(const Token& t) {
  return t.word && absl::ascii_isupper(static_cast<unsigned char>(t.text[0]));
}

// `w` is lowercase ASCII. Inline, length first: most tokens differ in
// length from the word asked about.
inline bool Lower(const Token& t, absl::string_view w) {
  if (!t.word || t.text.size() != w.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    if (absl::ascii_tolower(static_cast<unsigned char>(t.text[k])) != w[k]) return false;
  }
  return true;
}

// 0 (Monday) .. 6 (Sunday) for a capitalized English weekday name, as
// absl::Weekday counts, else -1.
int WeekdayNumber(const Token& t) {
  static constexpr absl::string_view kDays[] = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  if (!t.word) return -1;
  for (int d = 0; d < 7; ++d) {
    if (t.text == kDays[d]) return d;
  }
  return -1;
}

// How far after the document's date a year-less date may lie and still
// be read in the document's year.
constexpr int kMaxDaysAhead = 60;

class Scanner {
 public:
  Scanner(absl::string_view text, const absl::optional<DateValue>& doc)
      : text_(text), tokens_(Tokenize(text)), doc_(doc) {}

  DateScan Run() {
    size_t i = 0;
    while (i < tokens_.size()) {
      // Punctuation starts no date expression (every rule below wants a
      // number or a word first).
      if (!tokens_[i].word && !tokens_[i].number) {
        ++i;
        continue;
      }
      size_t used = Absolute(i);
      if (used == 0) used = YearLabel(i);
      if (used == 0) used = Relative(i);
      if (used == 0) used = Offset(i);
      i += used == 0 ? 1 : used;
    }
    ResolveOffsets();
    MarkDateRanges(text_);
    return std::move(scan_);
  }

 private:
  const Token* At(size_t i) const {
    return i < tokens_.size() ? &tokens_[i] : nullptr;
  }
  bool IsPunct(size_t i, char c) const {
    const Token* t = At(i);
    return t && !t->word && !t->number && t->text.size() == 1 && t->text[0] == c;
  }
  // Month name at i (with an optional abbreviation dot); returns tokens used.
  size_t MonthAt(size_t i, int& month) const {
    const Token* t = At(i);
    if (!t || !Capitalized(*t)) return 0;
    month = MonthNumber(t->text);
    if (month == 0) return 0;
    return IsPunct(i + 1, '.') && t->text.size() <= 4 ? 2 : 1;
  }
  // Day number at i with an optional ordinal suffix ("15th").
  size_t DayAt(size_t i, int& day) const {
    const Token* t = At(i);
    if (!t || !IsDayNumber(*t, day)) return 0;
    const Token* next = At(i + 1);
    return next && next->begin == t->end && IsOrdinalSuffix(*next) ? 2 : 1;
  }

  static bool IsPeriodEdge(const Token& t) {
    return Lower(t, "end") || Lower(t, "beginning") || Lower(t, "start") || Lower(t, "middle");
  }

  // Whether "between" opens the phrase whose "and" is token `and_at`: it
  // stands a few tokens before, with no sentence punctuation between.
  bool RangeOpensBefore(size_t and_at) const {
    constexpr size_t kMaxRangeStart = 6;
    for (size_t k = and_at; k > 0 && and_at - k < kMaxRangeStart; --k) {
      const Token* t = At(k - 1);
      if (!t || IsPunct(k - 1, ',') || IsPunct(k - 1, '.') || IsPunct(k - 1, ';')) return false;
      if (Lower(*t, "between")) return true;
    }
    return false;
  }

  bool BoundBefore(size_t i) const {
    const Token* t = i > 0 ? At(i - 1) : nullptr;
    // "as of March 31" (a statistic's cut-off), "Date: 2014-04-25" and
    // "date = 2020-11-02" (a metadata field, the document's own date).
    if (t && Lower(*t, "of") && i > 1 && Lower(*At(i - 2), "as")) return true;
    if (t && (IsPunct(i - 1, ':') || IsPunct(i - 1, '=')) && i > 1) t = At(i - 2);
    if (t && Lower(*t, "date")) return true;
    t = i > 0 ? At(i - 1) : nullptr;
    size_t before = i > 0 ? i - 1 : 0;  // the token t is
    // "since the end of November 2024", "from the beginning of 2023": the
    // bound of a period named by its edge.
    if (t && Lower(*t, "of") && i > 3 && At(i - 3) && Lower(*At(i - 3), "the") &&
        IsPeriodEdge(*At(i - 2))) {
      before = i - 4;
      t = At(before);
    }
    if (t && (Lower(*t, "on") || Lower(*t, "of") || Lower(*t, "the")) && before > 0) {
      t = At(--before);  // "since the 5 May", "until on ..."
    }
    if (!t) return false;
    // "between September 2024 and April 2025": a range's end is a bound
    // as its start is.
    if (Lower(*t, "and") && RangeOpensBefore(before)) return true;
    // "a Thunderclap for June 5th": the day something is meant for.
    static constexpr absl::string_view kBounds[] = {
        "since", "until", "till", "by", "from", "before", "through", "between", "for"};
    for (absl::string_view w : kBounds) {
      if (Lower(*t, w)) return true;
    }
    return false;
  }

  void Emit(size_t first, size_t last, DateValue d, bool relative) {
    if (d.day > 0 && (d.month < 1 || d.day > DaysIn(d.year, d.month))) {
      ++scan_.invalid;
      return;
    }
    scan_.mentions.push_back({tokens_[first].begin, tokens_[last].end, d,
                              relative, BoundBefore(first)});
  }

  // "- 2016: The Ministry refused ...", "* **2019** – Prosecutors
  // opened ...": a year that opens a list item or a line, before a
  // colon or a dash, labels what the line tells (a timeline's entry).
  // "2016 was a hard year" and "2016-2019" are no label.
  size_t YearLabel(size_t i) {
    int year = 0;
    if (!IsYear(tokens_[i], year)) return 0;
    for (size_t k = 0; k < i; ++k) {
      if (tokens_[k].word || tokens_[k].number) return 0;  // only list markers before
    }
    size_t n = i + 1;
    while (IsPunct(n, '*')) ++n;  // "**2016**"
    const Token* sep = At(n);
    bool label = sep != nullptr && (IsPunct(n, ':') || sep->text == "\xE2\x80\x93" ||
                                    sep->text == "\xE2\x80\x94" ||
                                    (IsPunct(n, '-') && At(n + 1) && !At(n + 1)->number));
    if (!label) return 0;
    Emit(i, i, {year, 0, 0, DATE_PRECISION_YEAR}, false);
    return n - i;
  }

  // "and", "to", "-" or "–" between the two ends of a range.
  bool IsRangeJoiner(size_t i) const {
    const Token* t = At(i);
    return t && (Lower(*t, "and") || Lower(*t, "to") || IsPunct(i, '-') ||
                 t->text == "\xE2\x80\x93");
  }

  // "between 3 and 5 May 2025", "3-5 May", "from 3 to 5 May": days of one
  // month, dated by the first, the range's start. The whole range is one
  // mention, and "between" or "from" makes it no bound of a period.
  size_t DayRange(size_t i) {
    int day = 0, last_day = 0, month = 0, year = 0;
    size_t d = DayAt(i, day);
    if (d == 0 || !IsRangeJoiner(i + d)) return 0;
    size_t k = i + d + 1;
    size_t d2 = DayAt(k, last_day);
    if (d2 == 0 || last_day <= day) return 0;
    k += d2;
    size_t m = MonthAt(k, month);
    if (m == 0) return 0;
    k += m;
    if (IsPunct(k, ',')) ++k;
    size_t before = scan_.mentions.size();
    if (At(k) && IsYear(*At(k), year)) {
      Emit(i, k, {year, month, day, DATE_PRECISION_DAY}, false);
      ++k;
    } else if (doc_) {
      Emit(i, k - 1, YearLess(month, day), true);
    }
    if (scan_.mentions.size() > before) scan_.mentions.back().bound = false;
    return k - i;
  }

  // "between 3 May and 5 May 2025", "from 3 May to 5 May": the first day
  // is the range's start and no bound; the second ends the range.
  void MarkDateRanges(absl::string_view text) {
    std::vector<DateMention>& m = scan_.mentions;
    for (size_t k = 0; k + 1 < m.size(); ++k) {
      if (!m[k].bound || m[k].date.day == 0 || m[k + 1].date.day == 0 ||
          m[k + 1].begin < m[k].end || m[k + 1].begin - m[k].end > 5) {
        continue;
      }
      absl::string_view gap =
          absl::StripAsciiWhitespace(text.substr(m[k].end, m[k + 1].begin - m[k].end));
      absl::string_view lead = absl::StripTrailingAsciiWhitespace(text.substr(0, m[k].begin));
      bool opened = absl::EndsWithIgnoreCase(lead, "between") ||
                    absl::EndsWithIgnoreCase(lead, "from");
      if (opened && (gap == "and" || gap == "to" || gap == "-" || gap == "\xE2\x80\x93")) {
        m[k].bound = false;
        m[k + 1].bound = true;
      }
    }
  }

  // "on 20 December" in a January document happened the year before; a
  // date a little after the document's is an announced one, kept in the
  // document's year for the events to recognize as future.
  DateValue YearLess(int month, int day) const {
    int year = doc_->year;
    if (doc_->month > 0) {
      int ahead = (month - doc_->month) * 31 + (day - std::max(doc_->day, 1));
      if (ahead > kMaxDaysAhead) --year;
    }
    return {year, month, day == 0 ? 0 : day,
            day == 0 ? DATE_PRECISION_MONTH : DATE_PRECISION_DAY};
  }

  size_t Absolute(size_t i) {
    int day = 0, month = 0, year = 0;
    const Token& t = tokens_[i];
    // 2019-03-15
    if (IsYear(t, year) && IsPunct(i + 1, '-') && At(i + 2) &&
        At(i + 2)->number && IsPunct(i + 3, '-') && At(i + 4) &&
        At(i + 4)->number && ParseInt(At(i + 2)->text, month) &&
        ParseInt(At(i + 4)->text, day) && month >= 1 && month <= 12) {
      Emit(i, i + 4, {year, month, day, DATE_PRECISION_DAY}, false);
      return 5;
    }
    // 15.03.2019, as European releases write the day first; two digits
    // for the month, so that "1.5 million" or a section "2.3" never is one.
    if (IsDayNumber(t, day) && IsPunct(i + 1, '.') && At(i + 2) && At(i + 2)->number &&
        At(i + 2)->text.size() == 2 && IsPunct(i + 3, '.') && At(i + 4) &&
        IsYear(*At(i + 4), year) && ParseInt(At(i + 2)->text, month) && month >= 1 &&
        month <= 12 && At(i + 1)->begin == t.end && At(i + 3)->end == At(i + 4)->begin) {
      Emit(i, i + 4, {year, month, day, DATE_PRECISION_DAY}, false);
      return 5;
    }
    if (size_t used = DayRange(i)) return used;
    // 15 March 2019 / 15th of March 2019 / 15 March
    if (size_t d = DayAt(i, day)) {
      size_t k = i + d;
      if (At(k) && Lower(*At(k), "of")) ++k;
      if (size_t m = MonthAt(k, month)) {
        k += m;
        if (IsPunct(k, ',')) ++k;
        if (At(k) && IsYear(*At(k), year)) {
          Emit(i, k, {year, month, day, DATE_PRECISION_DAY}, false);
          return k - i + 1;
        }
        if (doc_) Emit(i, k - 1, YearLess(month, day), true);
        return k - i;
      }
      return 0;
    }
    // March 27, 2020 / March 27 / March 2019
    if (size_t m = MonthAt(i, month)) {
      size_t k = i + m;
      if (size_t d = DayAt(k, day)) {
        size_t after_day = k + d;
        size_t y = after_day + (IsPunct(after_day, ',') ? 1 : 0);
        if (At(y) && IsYear(*At(y), year)) {
          Emit(i, y, {year, month, day, DATE_PRECISION_DAY}, false);
          return y - i + 1;
        }
        if (doc_) Emit(i, after_day - 1, YearLess(month, day), true);
        return after_day - i;
      }
      if (IsPunct(k, ',')) ++k;
      if (At(k) && IsYear(*At(k), year)) {
        Emit(i, k, {year, month, 0, DATE_PRECISION_MONTH}, false);
        return k - i + 1;
      }
      return 0;
    }
    // in 2019 / In 2024
    if (i + 1 < tokens_.size() && IsYear(tokens_[i + 1], year)) {
      static constexpr absl::string_view kOpeners[] = {
          "in", "during", "since", "until", "by", "early", "late", "mid", "throughout"};
      for (absl::string_view w : kOpeners) {
        if (Lower(t, w)) {
          Emit(i + 1, i + 1, {year, 0, 0, DATE_PRECISION_YEAR}, false);
          return 2;
        }
      }
      if (NamedYear(i)) {
        Emit(i + 1, i + 1, {year, 0, 0, DATE_PRECISION_YEAR}, false);
        return 2;
      }
    }
    return 0;
  }

  // "the adoption of the Cybercrimes Act 2015", "winner of the Press
  // Freedom Awards 2012": a law or an award whose name ends in its year,
  // adopted or won in that year. Only where a word of adopting or winning
  // comes before the name in the sentence: "charged under the Act 2015"
  // dates the charge, not the law.
  bool NamedYear(size_t head) const {
    constexpr size_t kMaxBack = 16;
    static constexpr absl::string_view kHeads[] = {"act",   "law",    "code",  "decree",
                                                   "award", "awards", "prize", "ordinance"};
    const Token& h = tokens_[head];
    if (!Capitalized(h)) return false;
    bool named = false;
    for (absl::string_view w : kHeads) named = named || Lower(h, w);
    if (!named) return false;
    static constexpr absl::string_view kActs[] = {
        "adoption", "adopted", "enactment", "enacted", "passage",  "passed", "promulgated",
        "winner",   "won",     "awarded",   "received", "recipient", "laureate"};
    for (size_t k = head; k > 0 && head - k < kMaxBack; --k) {
      const Token& w = tokens_[k - 1];
      if (IsPunct(k - 1, '.') || IsPunct(k - 1, ';')) return false;
      for (absl::string_view a : kActs) {
        if (Lower(w, a)) return true;
      }
    }
    return false;
  }

  size_t Relative(size_t i) {
    if (!doc_ || doc_->year == 0) return 0;
    const Token& t = tokens_[i];
    const DateValue& doc = *doc_;
    bool doc_has_day = doc.day > 0;
    // "the daily Torvia Today", "USA Today": a capitalized "Today" after
    // a capitalized word ends a name (a newspaper's, a programme's).
    bool in_name = i > 0 && Capitalized(t) && Capitalized(tokens_[i - 1]);
    if (Lower(t, "today") && doc_has_day && !in_name) {
      Emit(i, i, doc, true);
      return 1;
    }
    if (Lower(t, "yesterday") && doc_has_day) {
      absl::CivilDay day = absl::CivilDay(doc.year, doc.month, doc.day) - 1;
      Emit(i, i,
           {static_cast<int>(day.year()), day.month(), day.day(),
            DATE_PRECISION_DAY},
           true);
      return 1;
    }
    if (int weekday = WeekdayNumber(t); weekday >= 0 && doc_has_day) {
      return Weekday(i, weekday);
    }
    if (size_t n = BareMonth(i)) return n;
    if (size_t n = Weekend(i)) return n;
    const Token* next = At(i + 1);
    if (!next) return 0;
    bool last = Lower(t, "last");
    bool this_ = Lower(t, "this");
    int month = 0;
    // "this morning": the document's own day.
    if (this_ && doc_has_day &&
        (Lower(*next, "morning") || Lower(*next, "afternoon") || Lower(*next, "evening"))) {
      Emit(i, i + 1, doc, true);
      return 2;
    }
    if (last && Lower(*next, "week") && doc_has_day) {
      Emit(i, i + 1, LastWeek(doc), true);
      return 2;
    }
    if ((last || this_) && MonthAt(i + 1, month)) {
      int year = doc.year;
      if (doc.month > 0 && (last ? month >= doc.month : month > doc.month)) {
        --year;
      }
      if (doc.month == 0 && last) return 0;
      Emit(i, i + 1, {year, month, 0, DATE_PRECISION_MONTH}, true);
      return 2;
    }
    if ((this_ || last) && Lower(*next, "month") && doc.month > 0) {
      absl::CivilMonth m = absl::CivilMonth(doc.year, doc.month) - (last ? 1 : 0);
      Emit(i, i + 1,
           {static_cast<int>(m.year()), m.month(), 0, DATE_PRECISION_MONTH},
           true);
      return 2;
    }
    if ((this_ || last) && Lower(*next, "year")) {
      Emit(i, i + 1, {doc.year - (last ? 1 : 0), 0, 0, DATE_PRECISION_YEAR},
           true);
      return 2;
    }
    return 0;
  }

  // "last week": the calendar week (Monday to Sunday) before the
  // document's, dated as finely as the whole week allows: its month when
  // it lies in one month, else its year, else nothing finer than the
  // earlier year.
  static DateValue LastWeek(const DateValue& doc) {
    absl::CivilDay day(doc.year, doc.month, doc.day);
    int since_monday = static_cast<int>(absl::GetWeekday(day));  // Monday = 0
    absl::CivilDay first = day - since_monday - 7;
    absl::CivilDay last = first + 6;
    if (first.month() == last.month()) {
      return {static_cast<int>(first.year()), first.month(), 0, DATE_PRECISION_MONTH};
    }
    return {static_cast<int>(first.year()), 0, 0, DATE_PRECISION_YEAR};
  }

  // "over the weekend", "last weekend", "this weekend" in a weekday's
  // document: the weekend just past, dated by its first day (a range
  // takes its start).
  size_t Weekend(size_t i) {
    const Token& t = tokens_[i];
    bool lead = Lower(t, "last") || Lower(t, "this") || Lower(t, "the");
    const Token* next = At(i + 1);
    if (!lead || !next || !Lower(*next, "weekend") || doc_->day == 0) return 0;
    if (Lower(t, "the") && !(i > 0 && (Lower(tokens_[i - 1], "over") ||
                                        Lower(tokens_[i - 1], "at")))) {
      return 0;
    }
    absl::CivilDay doc(doc_->year, doc_->month, doc_->day);
    int back = (static_cast<int>(absl::GetWeekday(doc)) -
                static_cast<int>(absl::Weekday::saturday) + 7) % 7;
    if (back == 0) back = 7;
    absl::CivilDay saturday = doc - back;
    Emit(i, i + 1,
         {static_cast<int>(saturday.year()), saturday.month(), saturday.day(),
          DATE_PRECISION_DAY},
         true);
    return 2;
  }

  // A month named without day or year: "in mid-August", "early March",
  // "in May", and a month in parentheses after a name ("X (February), Y
  // (March)"), in the document's year (the year before when the month is
  // still to come).
  size_t BareMonth(size_t i) {
    int month = 0;
    size_t m = MonthAt(i, month);
    if (m == 0 || i == 0) return 0;
    const Token& before = tokens_[i - 1];
    bool paren = IsPunct(i - 1, '(') && IsPunct(i + m, ')');
    bool lead = Lower(before, "in") || Lower(before, "mid") || Lower(before, "early") ||
                Lower(before, "late") || Lower(before, "since") || Lower(before, "until");
    if (IsPunct(i - 1, '-') && i > 1 && Lower(tokens_[i - 2], "mid")) lead = true;
    if (!paren && !lead) return 0;
    // "May" is also the modal verb: only where a month is expected.
    if (month == 5 && !paren && !Lower(before, "in")) return 0;
    const Token* after = At(i + m);
    if (after && (after->number || (IsPunct(i + m, ',') && At(i + m + 1) &&
                                    At(i + m + 1)->number))) {
      return 0;  // a day or year follows: not bare
    }
    int year = doc_->year;
    if (doc_->month > 0 && month > doc_->month) --year;
    Emit(i, i + m - 1, {year, month, 0, DATE_PRECISION_MONTH}, true);
    return m;
  }

  // "on Thursday", "last Monday": the most recent such day on or before
  // the document's date (strictly before after "last"), as a press
  // release reports what happened that week. A bare weekday elsewhere
  // ("Monday's hearing", "every Friday") is left out.
  size_t Weekday(size_t i, int weekday) {
    size_t k = i;
    while (k > 0 && IsPunct(k - 1, '*')) --k;  // "on **Tuesday**"
    const Token* before = k > 0 ? At(k - 1) : nullptr;
    bool last = before && Lower(*before, "last");
    if (!before || !(Lower(*before, "on") || last)) return 0;
    const Token* after = At(i + 1);
    const Token* s = At(i + 2);
    if (after && !after->word && s && Lower(*s, "s")) return 0;  // "Monday's"
    // "on Monday 3 March", "on Monday, March 3": the weekday opens a date
    // stated in full, which says which Monday.
    const Token* stated = after && !after->word && !after->number && after->text == "," ? s : after;
    if (stated && (stated->number || MonthNumber(stated->text) != 0)) return 0;
    absl::CivilDay doc(doc_->year, doc_->month, doc_->day);
    int back = (static_cast<int>(absl::GetWeekday(doc)) - weekday + 7) % 7;
    if (back == 0 && last) back = 7;
    absl::CivilDay day = doc - back;
    Emit(last ? k - 1 : i, i,
         {static_cast<int>(day.year()), day.month(), day.day(), DATE_PRECISION_DAY},
         true);
    return 1;
  }

  // "one month after", "two weeks before": remembered, resolved against
  // the nearest absolute date once the whole text is scanned.
  size_t Offset(size_t i) {
    const Token* unit = At(i + 1);
    const Token* relation = At(i + 2);
    if (!unit || !relation) return 0;
    // The relation first: asked at every token, it rules out nearly all
    // of them in two compares, the amount in thirteen.
    bool after = Lower(*relation, "after");
    if (!after && !Lower(*relation, "before")) return 0;
    int amount = Amount(tokens_[i]);
    if (amount == 0) return 0;
    std::string u = absl::AsciiStrToLower(unit->text);
    if (!u.empty() && u.back() == 's') u.pop_back();
    if (u != "day" && u != "week" && u != "month" && u != "year") return 0;
    offsets_.push_back({i, i + 2, amount, u, after});
    return 3;
  }

  static int Amount(const Token& t) {
    static constexpr absl::string_view kWords[] = {
        "a",     "one", "two", "three", "four",   "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    int n = 0;
    if (t.number && ParseInt(t.text, n) && n > 0 && n < 100) return n;
    for (int k = 0; k < 13; ++k) {
      if (Lower(t, kWords[k])) return k == 0 ? 1 : k;
    }
    return 0;
  }

  void ResolveOffsets() {
    if (offsets_.empty()) return;
    // Absolute day dates in text order; each offset takes the nearest.
    std::vector<DateMention> anchors;
    for (const DateMention& m : scan_.mentions) {
      if (!m.relative && m.date.precision == DATE_PRECISION_DAY) anchors.push_back(m);
    }
    if (anchors.empty()) return;
    for (const PendingOffset& o : offsets_) {
      size_t at = tokens_[o.first].begin;
      auto next = std::lower_bound(anchors.begin(), anchors.end(), at,
                                   [](const DateMention& m, size_t p) { return m.begin < p; });
      const DateMention* anchor = next == anchors.end() ? &anchors.back() : &*next;
      if (next != anchors.begin() && Distance(*(next - 1), o) <= Distance(*anchor, o)) {
        anchor = &*(next - 1);
      }
      // "Three weeks after the arrest of X on 29 August, ...": a date in
      // the "after" phrase itself dates what the phrase names (the
      // arrest), not a happening three weeks from it.
      if (DatedPhrase(o)) continue;
      // X happened `amount` units before the anchor when the anchor is
      // "one month after X".
      int sign = o.after ? -1 : 1;
      const DateValue& a = anchor->date;
      DateValue d;
      if (o.unit == "year") {
        d = {a.year + sign * o.amount, 0, 0, DATE_PRECISION_YEAR};
      } else if (o.unit == "month") {
        absl::CivilMonth m = absl::CivilMonth(a.year, a.month) + sign * o.amount;
        d = {static_cast<int>(m.year()), m.month(), 0, DATE_PRECISION_MONTH};
      } else {
        int days = o.amount * (o.unit == "week" ? 7 : 1);
        absl::CivilDay day = absl::CivilDay(a.year, a.month, a.day) + sign * days;
        d = {static_cast<int>(day.year()), day.month(), day.day(), DATE_PRECISION_DAY};
      }
      DateMention m{tokens_[o.first].begin, tokens_[o.last].end, d, true, false};
      m.anchored = true;
      m.anchored_clause = tokens_[o.last].end;
      scan_.mentions.push_back(m);
    }
  }

  struct PendingOffset {
    size_t first;
    size_t last;
    int amount;
    std::string unit;
    bool after;
  };

  // Whether a date follows the offset with no comma or full stop
  // between: inside the phrase the offset opens, dating it.
  bool DatedPhrase(const PendingOffset& o) const {
    size_t from = tokens_[o.last].end, first = text_.size();
    for (const DateMention& m : scan_.mentions) {
      if (!m.anchored && m.begin >= from) first = std::min(first, m.begin);
    }
    if (first == text_.size()) return false;
    for (size_t k = o.last + 1; k < tokens_.size() && tokens_[k].begin < first; ++k) {
      if (IsPunct(k, ',') || IsPunct(k, '.') || IsPunct(k, ';')) return false;
    }
    return true;
  }

  size_t Distance(const DateMention& m, const PendingOffset& o) const {
    size_t at = tokens_[o.first].begin;
    return m.begin > at ? m.begin - at : at - m.begin;
  }

  absl::string_view text_;
  std::vector<Token> tokens_;
  std::vector<PendingOffset> offsets_;
  const absl::optional<DateValue>& doc_;
  DateScan scan_;
};

}  // namespace

int MonthNumber(absl::string_view word) {
  static constexpr absl::string_view kNames[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  // No month name is longer than "september"; skipping longer words
  // early keeps this allocation-free on every capitalized word.
  if (word.size() < 3 || word.size() > 9) return 0;
  // Lowercased once into a buffer: it is asked of every capitalized word,
  // and 25 case-insensitive library compares cost more than the copy.
  char buffer[9];
  for (size_t k = 0; k < word.size(); ++k) {
    buffer[k] = absl::ascii_tolower(static_cast<unsigned char>(word[k]));
  }
  absl::string_view lower(buffer, word.size());
  if (lower == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    absl::string_view name = kNames[m];
    if (lower == name || (lower.size() == 3 && name.substr(0, 3) == lower)) return m + 1;
  }
  return 0;
}

namespace {

// Whether text[i...] starts with `word` (lowercase ASCII) in any case.
inline bool StartsWithLower(absl::string_view text, size_t i, absl::string_view word) {
  if (text.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (absl::ascii_tolower(static_cast<unsigned char>(text[i + k])) != word[k]) {
      return false;
    }
  }
  return true;
}

// Whether `text` holds "day", "last", "this", "weekend" (any case) or a
// capitalized month name, in one pass.
bool HasRelativeCue(absl::string_view text) {
  // The bytes the tests below can start at: a capital (of a month) or
  // the first letter of a cue word, in either case.
  static constexpr auto kMayStart = [] {
    std::array<bool, 256> table{};
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
    for (char c : {'d', 'l', 't', 'w'}) table[static_cast<unsigned char>(c)] = true;
    return table;
  }();
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char raw = static_cast<unsigned char>(text[i]);
    if (!kMayStart[raw]) continue;
    if (absl::ascii_isupper(raw) && i + 3 <= text.size() &&
        MonthNumber(text.substr(i, 3)) > 0) {
      return true;
    }
    char c = absl::ascii_tolower(raw);
    if ((c == 'd' && StartsWithLower(text, i, "day")) ||
        (c == 'l' && StartsWithLower(text, i, "last")) ||
        (c == 't' && StartsWithLower(text, i, "this")) ||
        (c == 'w' && StartsWithLower(text, i, "weekend"))) {
      return true;
    }
  }
  return false;
}

// Every absolute date and every offset anchor has a digit; without one,
// only the relative words can date a sentence ("today", "yesterday", a
// weekday, "last ...", "this ...") and only against a document date.
// Most sentences of a document fail this test, and skip the tokenizer.
bool MayHoldDate(absl::string_view text, const absl::optional<DateValue>& doc) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (HasDigit(Load8(text.data() + i))) return true;
  }
  for (char c : text.substr(i)) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return true;
  }
  if (!doc || doc->year == 0) return false;
  return HasRelativeCue(text);
}

}  // namespace

DateScan FindDates(absl::string_view text,
                   const absl::optional<DateValue>& document_date) {
  if (!MayHoldDate(text, document_date)) return {};
  return Scanner(text, document_date).Run();
}

amicus::v1::Date ToProto(const DateValue& d) {
  amicus::v1::Date out;
  out.set_year(d.year);
  out.set_month(d.month);
  out.set_day(d.day);
  return out;
}

}  // namespace amicus::extract
