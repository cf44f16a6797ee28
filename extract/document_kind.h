#ifndef AMICUS_EXTRACT_DOCUMENT_KIND_H_
#define AMICUS_EXTRACT_DOCUMENT_KIND_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "extract/quotes.h"
#include "extract/signatories.h"
#include "extract/text_units.h"

namespace amicus::extract {

// What the rest of the extraction found that tells the kind apart.
struct KindEvidence {
  std::string title;
  std::vector<std::string> categories;  // the site's filing (DocumentMeta)
  const std::vector<FoundSignatories>* signatories = nullptr;
  const std::vector<FoundQuote>* quotes = nullptr;
  // How many organisations the lead names as issuing the text (FindIssuers,
  // when no signers' list was found): "A, B and C condemn ...".
  size_t lead_issuers = 0;
};

// FORMAT.md's kind, by sieves from the most explicit to the weakest:
//  1. a United Nations body leads ("UN experts today called ...",
//     "The Human Rights Council held ..."): statement (UN news releases
//     and meeting summaries are statements);
//  2. a genre banner line ("PRESS RELEASE", "JOINT STATEMENT", "Urgent
//     appeal", "Open letter"): the kind it declares;
//  3. the letter form: a salutation with signers or "the undersigned",
//     or a heading "Open letter ..." / "Joint letter ...": joint_letter;
//  4. the site's filing ("Media releases", "Statements"): its kind;
//  5. signed jointly: "We, A, B and C ..." or "the undersigned(ing)
//     organisations" leading, or a list of five or more signers with a
//     signing cue ("signed", "endorsed", "joint statement") or closing
//     the document: joint_letter; a signature block of one organisation's
//     officers ("Jane Doe - Co-Convener") is no joint list;
//  6. a heading calling itself a statement, unless the lead reports on
//     "the statement" as a thing apart: statement, or joint_letter when
//     the lead names two or more issuing organisations;
//  7. a "News" filing label: press_release;
//  8. quotes of spokespeople (a named person with a role or organization,
//     or whose quotation opens a sentence), officers signing for their
//     organisation, or a lead that reports in the past tense ("... wrote
//     to"): press_release; else the
//     organisation speaking in its own voice ("X condemns"): statement.
// A listing page is classified by its first item.
amicus::v1::DocumentKind Classify(absl::string_view text,
                                  const std::vector<Paragraph>& paragraphs,
                                  const KindEvidence& evidence);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_DOCUMENT_KIND_H_
