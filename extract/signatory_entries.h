#ifndef AMICUS_EXTRACT_SIGNATORY_ENTRIES_H_
#define AMICUS_EXTRACT_SIGNATORY_ENTRIES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "extract/countries.h"
#include "extract/text_units.h"

namespace amicus::extract {

// One entry of a list of signers as found: a line, a cell, an item of a
// prose enumeration.
struct ListEntry {
  Range range;
  std::string text;
};

// A set of signers found in the text.
struct FoundSignatories {
  std::string addressee;
  std::vector<amicus::v1::Signatory> signatories;
  Range evidence;  // from the first entry to the last
  // 0..1: how surely this is a list of signers (SignatorySet.confidence);
  // each entry carries its own in Signatory.confidence.
  float confidence = 0.5f;
};

// `e` without list marker ("- ", "3. ", "•"), leading "and ", trailing
// "," ";" and footnote star.
absl::string_view CleanEntry(absl::string_view e);

// "Organisations:", "Individual signatories": the heading of one group of
// a signers' list, with or without its colon.
bool IsGroupHeading(absl::string_view line);

// `e` without the HTML tags left inside Markdown ("<strong>Name</strong>").
std::string StripInlineTags(absl::string_view e);

// The trailing "(...)" of an entry without its parentheses, or empty;
// `open_at` gets the position of "(".
absl::string_view TrailingParenthetical(absl::string_view e, size_t* open_at);

// The signatories of a list's entries: a trailing "(Country)" moved to
// `country` when it names a country in the style the list uses for
// countries ("Presbyterian Church (USA)" stays whole in a list that
// writes "(US)"; "(AHDIS)" is an acronym), a ", Country" / "– Country"
// column when most entries have it, and a person's role dropped when
// most entries are "Name - Role" / "Name, Role" / "Name of Outlet". Each
// entry's confidence is `list_confidence` lowered for entries that look
// little like a party.
std::vector<amicus::v1::Signatory> ParseEntries(const std::vector<ListEntry>& entries,
                                                const CountryNames& countries,
                                                float list_confidence);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_SIGNATORY_ENTRIES_H_
