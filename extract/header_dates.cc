#include "extract/header_dates.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"

namespace amicus::extract {
namespace {

bool IsDigit(char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); }
bool IsAlnum(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

struct Part {
  size_t begin, end;
  int value;
  size_t digits() const { return end - begin; }
};

// Three digit runs joined by one separator, starting at s[i]: their
// parts, or false.
bool ReadTriple(absl::string_view s, size_t i, char& sep, Part parts[3]) {
  size_t at = i;
  for (int k = 0; k < 3; ++k) {
    size_t b = at;
    while (at < s.size() && IsDigit(s[at])) ++at;
    if (at == b || at - b > 4) return false;
    if (!absl::SimpleAtoi(s.substr(b, at - b), &parts[k].value)) return false;
    parts[k].begin = b;
    parts[k].end = at;
    if (k == 2) break;
    if (at >= s.size()) return false;
    char c = s[at];
    if (c != '/' && c != '.' && c != '-') return false;
    if (k == 0) sep = c;
    if (c != sep) return false;
    ++at;
  }
  // "1.2.3.4" and "12/03/2020/5" are something else.
  if (at < s.size() && (IsAlnum(s[at]) ||
                        (s[at] == sep && at + 1 < s.size() && IsDigit(s[at + 1])))) {
    return false;
  }
  return true;
}

bool Valid(int y, int m, int d) {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(y, m);
}

int FullYear(const Part& p) {
  if (p.digits() == 4) return p.value;
  if (p.digits() == 2) return p.value < 70 ? 2000 + p.value : 1900 + p.value;
  return 0;
}

absl::optional<DateValue> Interpret(char sep, const Part p[3]) {
  DateValue out;
  out.precision = amicus::v1::DATE_PRECISION_DAY;
  for (int k = 0; k < 3; ++k) {
    size_t n = p[k].digits();
    bool year_part = (k == 0 || k == 2);
    if (n > 2 && !(year_part && n == 4)) return absl::nullopt;
  }
  if (p[0].digits() == 4) {  // 2014/08/15
    out.year = p[0].value;
    out.month = p[1].value;
    out.day = p[2].value;
  } else {
    out.year = FullYear(p[2]);
    bool month_first = sep == '/' && p[0].value <= 12;
    out.month = month_first ? p[0].value : p[1].value;
    out.day = month_first ? p[1].value : p[0].value;
    if (month_first && out.day <= 12 && !Valid(out.year, out.month, out.day)) {
      std::swap(out.month, out.day);
    }
    if (month_first && p[1].value > 31) return absl::nullopt;
  }
  if (!Valid(out.year, out.month, out.day)) return absl::nullopt;
  return out;
}

}  // namespace

absl::optional<DateMention> FindNumericDate(absl::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsDigit(s[i]) || (i > 0 && (IsAlnum(s[i - 1]) || s[i - 1] == '/' ||
                                     s[i - 1] == '.' || s[i - 1] == '-'))) {
      continue;
    }
    char sep = 0;
    Part parts[3];
    if (!ReadTriple(s, i, sep, parts)) {
      while (i + 1 < s.size() && IsDigit(s[i + 1])) ++i;
      continue;
    }
    if (absl::optional<DateValue> d = Interpret(sep, parts)) {
      DateMention m;
      m.begin = i;
      m.end = parts[2].end;
      m.date = *d;
      return m;
    }
    i = parts[2].end;
  }
  return absl::nullopt;
}

absl::optional<DateMention> FirstHeaderDate(absl::string_view s) {
  absl::optional<DateMention> best;
  for (const DateMention& m : FindDates(s, absl::nullopt).mentions) {
    if (m.relative || m.date.precision == amicus::v1::DATE_PRECISION_YEAR) continue;
    best = m;
    break;
  }
  absl::optional<DateMention> numeric = FindNumericDate(s);
  if (numeric && (!best || numeric->begin < best->begin)) best = numeric;
  return best;
}

}  // namespace amicus::extract
