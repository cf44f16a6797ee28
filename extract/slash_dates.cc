#include "extract/slash_dates.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "extract/header_dates.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr size_t kHeadParagraphs = 15;
constexpr int kMaxDay = 31;

int DayNumber(const Word& w) {
  if (w.text.empty() || w.text.size() > 2) return 0;
  int n = 0;
  for (char c : w.text) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n >= 1 && n <= kMaxDay ? n : 0;
}

// The slash date `date` as a head paragraph writes it month first:
// "12/05/2024" or "12/5/2024" for the 5th of December.
bool StampedAsSlash(absl::string_view text, const std::vector<Paragraph>& paras,
                    const DateValue& date) {
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (p.find('/') == absl::string_view::npos) continue;
    for (const std::string& form :
         {absl::StrFormat("%02d/%02d/", date.month, date.day),
          absl::StrFormat("%d/%d/", date.month, date.day)}) {
      size_t at = p.find(form);
      bool starts = at != absl::string_view::npos &&
                    (at == 0 || !absl::ascii_isdigit(static_cast<unsigned char>(p[at - 1])));
      if (starts && FindNumericDate(p.substr(at, form.size() + 4))) return true;
    }
  }
  return false;
}

}  // namespace

bool WritesDayFirst(absl::string_view text) {
  int day_first = 0, month_first = 0;
  std::vector<Word> words = Tokenize(text);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!words[i].is_word || !words[i + 1].is_word) continue;
    if (DayNumber(words[i]) && MonthNumber(words[i + 1].text)) ++day_first;
    if (MonthNumber(words[i].text) && words[i].capitalized() && DayNumber(words[i + 1])) {
      ++month_first;
    }
  }
  return day_first > month_first;
}

DateValue SlashDateInTextOrder(absl::string_view text, const std::vector<Paragraph>& paras,
                               const DateValue& date) {
  if (date.precision != amicus::v1::DATE_PRECISION_DAY || date.day > 12 ||
      date.day == date.month) {
    return date;
  }
  if (!StampedAsSlash(text, paras, date) || !WritesDayFirst(text)) return date;
  DateValue out = date;
  out.day = date.month;
  out.month = date.day;
  return out;
}

}  // namespace amicus::extract
