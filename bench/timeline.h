#ifndef AMICUS_BENCH_TIMELINE_H_
#define AMICUS_BENCH_TIMELINE_H_

#include <cstdint>

namespace amicus::bench {

// The corpus's calendar. Document i is dated day i (one document a day,
// from 1 January 1801), so a date range of fixed width selects the same
// number of events at every scale; the extractor reads years 1800..2200,
// so after kTimelineDays documents the calendar starts over.
inline constexpr int64_t kTimelineDays = 146000;  // ~400 years

// Events happen on the document's day or up to 6 days before it.
inline constexpr int kEventDaysBefore = 7;

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// The day a document is dated (0 .. kTimelineDays-1).
int64_t DocumentDay(int64_t index);

// Day number -> calendar date (day 0 = 1801-01-01; negative days are
// earlier).
CalendarDate DateOfDay(int64_t day);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_TIMELINE_H_
