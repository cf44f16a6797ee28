#ifndef AMICUS_EXTRACT_ABOUT_SECTION_H_
#define AMICUS_EXTRACT_ABOUT_SECTION_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "amicus/v1/records.pb.h"
#include "extract/organizations.h"
#include "extract/text_units.h"

namespace amicus::extract {

// The organization a press release describes in its closing "About X"
// section ("About Fight for the Future" and a paragraph that opens with
// the name or speaks as "we"): the release's issuer, by the genre's
// convention. The first such section only: a second one ("About the
// Court") describes the subject. Nothing when the text has none.
absl::optional<amicus::v1::Organization> AboutSectionIssuer(
    absl::string_view text, const std::vector<Paragraph>& paragraphs,
    const OrgDirectory& orgs);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_ABOUT_SECTION_H_
