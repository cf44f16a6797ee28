#ifndef AMICUS_EXTRACT_DOCUMENT_INFO_H_
#define AMICUS_EXTRACT_DOCUMENT_INFO_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "amicus/v1/records.pb.h"
#include "extract/dates.h"
#include "extract/organizations.h"
#include "extract/text_units.h"

namespace amicus::extract {

struct DocumentDate {
  absl::optional<DateValue> date;
  std::string place;       // dateline city, or empty
  size_t paragraph = static_cast<size_t>(-1);  // the date line, if any
};

// The document's own date and place: a short date line near the top
// ("April 9, 2020", "New York, 28 April 2020") or a dateline opening the
// body ("GENEVA, 15 March 2019 – ...", "The Hague — ...").
DocumentDate FindDocumentDate(absl::string_view text,
                              const std::vector<Paragraph>& paragraphs);

// The heading: a letter's subject line ("Re: ..."), else the first short
// line that is not a release banner or a date line, else the first line.
std::string FindTitle(absl::string_view text,
                      const std::vector<Paragraph>& paragraphs);

// joint_letter: a salutation and a signatory list (or "we, the
// undersigned"); statement: a heading calling itself a statement;
// otherwise press_release.
amicus::v1::DocumentKind Classify(absl::string_view text,
                                  const std::vector<Paragraph>& paragraphs,
                                  bool has_signatories);

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
