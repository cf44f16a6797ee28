#ifndef AMICUS_EXTRACT_FRONT_MATTER_H_
#define AMICUS_EXTRACT_FRONT_MATTER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "extract/dates.h"

namespace amicus::extract {

// What a static-site generator's header says about the page it heads.
struct FrontMatter {
  size_t length = 0;  // bytes of the header, its closing line included
  std::string title;
  absl::optional<DateValue> date;
  // Lower-cased "categories", "category", "tags" and "type" values:
  // the site's own filing of the page ("media releases", "statement").
  std::vector<std::string> categories;
};

// The header at the very start of `text`: YAML between "---" lines (Jekyll,
// Hugo, Eleventy), TOML between "+++" lines (Hugo), or a block of
// "Key: value" lines ended by a blank line (Pelican, MultiMarkdown), the
// latter only when at least two of its keys are ones such headers use.
// Without a header, length is 0 and nothing is set.
FrontMatter ParseFrontMatter(absl::string_view text);

// FrontMatter.length alone, for stripping the header from the text.
size_t FrontMatterLength(absl::string_view text);

// A machine-written date at the start of `value`: "2019-10-04",
// "2019-10-04T13:08:06+00:00", "2014-06-04 17:31:00 GMT", else an
// English date ("October 4, 2019").
absl::optional<DateValue> ParseMetaDate(absl::string_view value);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_FRONT_MATTER_H_
