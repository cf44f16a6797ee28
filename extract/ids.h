#ifndef AMICUS_EXTRACT_IDS_H_
#define AMICUS_EXTRACT_IDS_H_

#include <string>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"

namespace amicus::extract {

// Lowercase hex SHA-256 of `text`.
std::string Sha256Hex(absl::string_view text);

// Sets the document id (digest of the normalized text), every record's id
// ("<doc>/events/<n>", "<doc>/quotes/<n>", "<doc>/signatorySets/<n>",
// numbered from 1 in document order), document_id, and the counts.
void AssignIds(amicus::v1::Extraction& extraction);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_IDS_H_
