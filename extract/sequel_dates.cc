#include "extract/sequel_dates.h"

#include <string>

#include "absl/strings/numbers.h"
#include "absl/time/civil_time.h"
#include "extract/literal_gate.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

using amicus::v1::DATE_PRECISION_DAY;
using amicus::v1::DATE_PRECISION_MONTH;
using amicus::v1::DATE_PRECISION_YEAR;

// "The day after the attack, X did Y": the fronted phrase ends at its
// comma when one comes within this many tokens.
constexpr size_t kMaxFrontedTokens = 10;

enum class Unit { kNone, kDay, kWeek, kMonth, kYear };

Unit UnitOf(const Word& w) {
  if (w.Is("day") || w.Is("days") || w.Is("morning") || w.Is("evening")) return Unit::kDay;
  if (w.Is("week") || w.Is("weeks")) return Unit::kWeek;
  if (w.Is("month") || w.Is("months")) return Unit::kMonth;
  if (w.Is("year") || w.Is("years")) return Unit::kYear;
  return Unit::kNone;
}

int Amount(const Word& w) {
  static constexpr absl::string_view kWords[] = {"a",    "one",  "two", "three", "four",
                                                 "five", "six",  "seven", "eight", "nine",
                                                 "ten"};
  int n = 0;
  if (absl::SimpleAtoi(w.text, &n) && n > 0 && n < 100) return n;
  for (int k = 0; k < 11; ++k) {
    if (w.Is(kWords[k])) return k == 0 ? 1 : k;
  }
  return 0;
}

// One sequel expression: tokens [first, last], `amount` units after the
// earlier happening (negative: before it).
struct Sequel {
  size_t first = 0;
  size_t last = 0;
  Unit unit = Unit::kNone;
  int amount = 0;
};

// Whether token i is a word equal to `lowercase` (bounds-checked).
bool IsAt(const std::vector<Word>& w, size_t i, absl::string_view lowercase) {
  return i < w.size() && w[i].Is(lowercase);
}

bool SequelAt(const std::vector<Word>& w, size_t i, Sequel& out) {
  if (i + 1 >= w.size()) return false;
  // "the following day", "the next morning", "the following month"
  if (w[i].Is("the") && (IsAt(w, i + 1, "following") || IsAt(w, i + 1, "next")) &&
      i + 2 < w.size()) {
    Unit u = UnitOf(w[i + 2]);
    if (u == Unit::kNone) return false;
    out = {i, i + 2, u, 1};
    return true;
  }
  // "the day after the attack", "the day before"
  if (w[i].Is("the") && IsAt(w, i + 1, "day") &&
      (IsAt(w, i + 2, "after") || IsAt(w, i + 2, "before"))) {
    out = {i, i + 2, Unit::kDay, w[i + 2].Is("after") ? 1 : -1};
    return true;
  }
  // "the same day", "that same month", "that very day"
  if ((w[i].Is("the") || w[i].Is("that")) &&
      (IsAt(w, i + 1, "same") || (w[i].Is("that") && IsAt(w, i + 1, "very"))) &&
      i + 2 < w.size() && UnitOf(w[i + 2]) != Unit::kNone && UnitOf(w[i + 2]) != Unit::kWeek) {
    out = {i, i + 2, UnitOf(w[i + 2]), 0};
    return true;
  }
  // "later that day", "earlier that year", "on that day"
  if ((w[i].Is("later") || w[i].Is("earlier") || w[i].Is("on")) && IsAt(w, i + 1, "that") &&
      i + 2 < w.size()) {
    Unit u = UnitOf(w[i + 2]);
    if (u == Unit::kNone || u == Unit::kWeek || (w[i].Is("on") && u != Unit::kDay)) return false;
    out = {i, i + 2, u, 0};
    return true;
  }
  // "two days later", "a week later"
  if (int n = Amount(w[i]); n > 0 && i + 2 < w.size() && IsAt(w, i + 2, "later")) {
    Unit u = UnitOf(w[i + 1]);
    if (u == Unit::kNone || w[i + 1].Is("morning") || w[i + 1].Is("evening")) return false;
    out = {i, i + 2, u, n};
    return true;
  }
  return false;
}

// Whether `d` is precise enough to count `unit`s from.
bool PreciseFor(const DateValue& d, Unit unit) {
  switch (unit) {
    case Unit::kDay:
    case Unit::kWeek:
      return d.day > 0;
    case Unit::kMonth:
      return d.month > 0;
    case Unit::kYear:
      return d.year > 0;
    case Unit::kNone:
      break;
  }
  return false;
}

DateValue Shift(const DateValue& a, Unit unit, int amount) {
  switch (unit) {
    case Unit::kDay:
    case Unit::kWeek: {
      int days = amount * (unit == Unit::kWeek ? 7 : 1);
      absl::CivilDay d = absl::CivilDay(a.year, a.month, a.day) + days;
      return {static_cast<int>(d.year()), d.month(), d.day(), DATE_PRECISION_DAY};
    }
    case Unit::kMonth: {
      absl::CivilMonth m = absl::CivilMonth(a.year, a.month) + amount;
      return {static_cast<int>(m.year()), m.month(), 0, DATE_PRECISION_MONTH};
    }
    default:
      return {a.year + amount, 0, 0, DATE_PRECISION_YEAR};
  }
}

// Most sentences hold none of the cue words (in any ASCII case) and skip
// the tokenizer. One pass, in place: a lowercase copy searched once per
// cue cost more than the rest of the sequel scan.
bool MayHoldSequel(absl::string_view s) {
  static const LiteralGate* cues = new LiteralGate(
      {"following ", "next ", "same ", "very ", "later", "earlier", "day after", "day before",
       "that day"},
      /*word_start=*/false, /*re2_folds=*/false);
  return cues->MayMatch(s);
}

}  // namespace

std::vector<DateMention> FindSequelDates(absl::string_view sentence,
                                         const std::vector<DateValue>& earlier) {
  std::vector<DateMention> out;
  if (earlier.empty() || !MayHoldSequel(sentence)) return out;
  std::vector<Word> w = Tokenize(sentence);
  for (size_t i = 0; i < w.size(); ++i) {
    Sequel s;
    if (!w[i].is_word || !SequelAt(w, i, s)) continue;
    const DateValue* anchor = nullptr;
    for (auto it = earlier.rbegin(); it != earlier.rend() && !anchor; ++it) {
      if (PreciseFor(*it, s.unit)) anchor = &*it;
    }
    if (anchor == nullptr) continue;
    size_t last = s.last;
    if (s.first == 0 && s.unit == Unit::kDay && s.amount != 0 && w[s.last].Is("after")) {
      for (size_t k = s.last + 1; k < w.size() && k <= s.last + kMaxFrontedTokens; ++k) {
        if (!w[k].is_word && w[k].text == ",") {
          last = k - 1;
          break;
        }
      }
    }
    DateMention m;
    m.begin = w[s.first].begin;
    m.end = w[last].end;
    m.date = Shift(*anchor, s.unit, s.amount);
    m.relative = true;
    out.push_back(m);
    i = last;
  }
  return out;
}

}  // namespace amicus::extract
