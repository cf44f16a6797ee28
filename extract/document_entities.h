#ifndef AMICUS_EXTRACT_DOCUMENT_ENTITIES_H_
#define AMICUS_EXTRACT_DOCUMENT_ENTITIES_H_

#include "amicus/v1/records.pb.h"
#include "extract/organizations.h"
#include "extract/people.h"

namespace amicus::extract {

// Fills Document.organizations and Document.people of an extraction whose
// records are complete: every organization the document names (issuers,
// signatories, defined acronyms, named bodies, speakers' and actors'
// organizations) and every person (speakers, actors, people introduced
// with a title or an appositive), each once, by the full name first given.
void FillDocumentEntities(const OrgDirectory& orgs, PersonDirectory& people,
                          amicus::v1::Extraction& extraction);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_DOCUMENT_ENTITIES_H_
