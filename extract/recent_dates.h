#ifndef AMICUS_EXTRACT_RECENT_DATES_H_
#define AMICUS_EXTRACT_RECENT_DATES_H_

#include <cstddef>
#include <vector>

#include "extract/dates.h"

namespace amicus::extract {

// The dates told in the last few paragraphs, which sequel dates ("the
// following day") count from. FindSequelDates anchors on the latest date
// precise enough for its unit, so only the latest date with a day, the
// latest with a month and the latest with a year can ever be an anchor;
// keeping those three instead of every date told keeps a text of many
// thousand dated sentences linear.
class RecentDates {
 public:
  // Dates told in paragraph p still count in paragraphs up to p + window.
  explicit RecentDates(size_t window) : window_(window) {}

  void Clear();
  // Paragraphs come in order: `paragraph` never decreases between calls.
  void Add(size_t paragraph, const DateValue& date);
  // The candidate anchors for a sentence of `paragraph`, latest last:
  // FindSequelDates picks from them what it would pick from every date
  // told in the window.
  std::vector<DateValue> AnchorsFor(size_t paragraph) const;

 private:
  struct Told {
    bool set = false;
    size_t order = 0;  // position among the dates told
    size_t paragraph = 0;
    DateValue date;
  };
  size_t window_;
  size_t told_ = 0;
  Told latest_[3];  // the latest with a day, with a month, with a year
};

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_RECENT_DATES_H_
