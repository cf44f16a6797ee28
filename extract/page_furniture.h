#ifndef AMICUS_EXTRACT_PAGE_FURNITURE_H_
#define AMICUS_EXTRACT_PAGE_FURNITURE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "amicus/v1/records.pb.h"
#include "extract/dates.h"
#include "extract/text_units.h"

namespace amicus::extract {

// The lines a page puts around a document rather than in it: genre
// banners, date headers, listing labels. Title, date and kind all need
// to see past them.

// A line that is nothing but the document's genre: "PRESS RELEASE",
// "For immediate release", "JOINT STATEMENT", "Urgent appeal - <network>",
// "Open letter": the kind it declares, else UNSPECIFIED.
amicus::v1::DocumentKind BannerKind(absl::string_view line);

// The kind a site's filing label names: "Media releases", "Press release",
// "Statements", "Open letters"; "News" only when `news_counts`.
amicus::v1::DocumentKind LabelKind(absl::string_view label, bool news_counts);

// The label of a tag, category or search-results page ("Posts Tagged
// 'x'", "Category: x", "Search results for x", "Archives"), which names
// the listing, not the document.
bool IsListingLabel(absl::string_view line);

// A page header stamping the date: "Sep 11, 2020 | News", "posted on:
// 2014/08/15", "New York, 28 April 2020", "IBAHRI news Thursday 21 August
// 2025", "11/28/2024 | Press release | Distributed by ...", or a date
// label glued to the text ("date 2023-09-05 Responding to ...").
struct HeaderDate {
  DateMention mention;     // offsets in the line
  absl::string_view before;  // the header's words before the date
  std::string label;       // the category after a '|' ("News"), or empty
  bool glued = false;      // the line goes on with the document's text
};
absl::optional<HeaderDate> ReadHeaderDate(absl::string_view line);

// Where the first item of a listing page ends: a page of several items,
// each under a "date | category" header, is read as its first item
// (FORMAT.md). paragraphs.size() when the page is not such a listing.
size_t FirstItemEnd(absl::string_view text, const std::vector<Paragraph>& paragraphs);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PAGE_FURNITURE_H_
