#include "extract/recent_dates.h"

#include <algorithm>

namespace amicus::extract {

void RecentDates::Clear() {
  for (Told& slot : latest_) slot = Told{};
}

void RecentDates::Add(size_t paragraph, const DateValue& date) {
  const bool precise[3] = {date.day > 0, date.month > 0, date.year > 0};
  for (int k = 0; k < 3; ++k) {
    if (precise[k]) latest_[k] = {true, told_, paragraph, date};
  }
  ++told_;
}

std::vector<DateValue> RecentDates::AnchorsFor(size_t paragraph) const {
  std::vector<const Told*> live;
  for (const Told& slot : latest_) {
    if (slot.set && slot.paragraph + window_ >= paragraph) live.push_back(&slot);
  }
  std::sort(live.begin(), live.end(),
            [](const Told* a, const Told* b) { return a->order < b->order; });
  std::vector<DateValue> out;
  for (size_t i = 0; i < live.size(); ++i) {
    // One date can be the latest of two kinds (a day and a month).
    if (i > 0 && live[i]->order == live[i - 1]->order) continue;
    out.push_back(live[i]->date);
  }
  return out;
}

}  // namespace amicus::extract
