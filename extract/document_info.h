#ifndef AMICUS_EXTRACT_DOCUMENT_INFO_H_
#define AMICUS_EXTRACT_DOCUMENT_INFO_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "amicus/v1/records.pb.h"
#include "extract/dates.h"
#include "extract/document_kind.h"
#include "extract/document_meta.h"
#include "extract/document_title.h"
#include "extract/organizations.h"
#include "extract/text_units.h"

namespace amicus::extract {

struct DocumentDate {
  absl::optional<DateValue> date;
  std::string place;       // dateline city, or empty
  size_t paragraph = static_cast<size_t>(-1);  // the date line, if any
};

// The document's own date and place, by sieves in order: a page header
// or date line near the top ("Sep 11, 2020 | News", "April 9, 2020",
// "New York, 28 April 2020", "posted on: 2014/08/15"), a dateline opening
// the body ("GENEVA (16 July 2015) – ...", "Bogotá, Paris, 25 February
// 2021. We ..."), the date a relaying lead gives the statement ("..., X
// said on 22 June 2022."), and last what `meta` (may be null) says: a
// front matter dates a repost, the text's own line the document. Never
// from a URL.
DocumentDate FindDocumentDate(absl::string_view text,
                              const std::vector<Paragraph>& paragraphs,
                              const DocumentMeta* meta = nullptr);

// The first paragraph of running text near the top (the lead), or
// paragraphs.size().
size_t LeadParagraph(absl::string_view text, const std::vector<Paragraph>& paragraphs);

// Organizations that issue the document: the subject of its first
// sentence ("The ICJ, the ACLU and ISHR call on ..."), full names.
std::vector<amicus::v1::Organization> FindIssuers(
    absl::string_view text, const std::vector<Paragraph>& paragraphs,
    const OrgDirectory& orgs);

// A dateline prefix of a paragraph ("The Hague — ", "GENEVA, 15 March
// 2019 – "): its length in bytes, 0 if none; `place` receives the city.
size_t DatelineLength(absl::string_view paragraph, std::string* place);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_DOCUMENT_INFO_H_
