#ifndef AMICUS_EXTRACT_BOILERPLATE_H_
#define AMICUS_EXTRACT_BOILERPLATE_H_

#include <cstddef>

#include "extract/mapped_text.h"

namespace amicus::extract {

struct BoilerplateRemoval {
  MappedText text;
  size_t dropped_paragraphs = 0;
};

// Drops web-page furniture from normalized text: "click here" / "download"
// / "share this" / "read more" lines, contact blocks (phone and e-mail
// lines, a "Contacts" heading and the short lines under it), rules of
// underscores or dashes, and a teaser paragraph that a page repeats
// verbatim at the top and bottom (both copies, and the related-content
// links that follow the bottom copy).
BoilerplateRemoval RemoveBoilerplate(const MappedText& in);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_BOILERPLATE_H_
