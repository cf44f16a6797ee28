#ifndef AMICUS_QUERY_SERVICE_DOCUMENT_LOOKUP_H_
#define AMICUS_QUERY_SERVICE_DOCUMENT_LOOKUP_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "store/reader.h"
#include "store/view.h"

namespace amicus::query {

// One stored document by id, as stored: a serialized amicus.v1.Document,
// to send without parsing and serializing it again. Two point reads of the
// reader's newest state (id to seq, seq to document). INVALID_ARGUMENT for
// an empty id, NOT_FOUND (with the id) if it is not stored.
absl::StatusOr<std::string> LookupDocumentBytes(store::Reader& reader,
                                                absl::string_view document_id);

// The document with all its records, in document order.
absl::StatusOr<amicus::v1::Extraction> LookupExtraction(
    store::View& view, absl::string_view document_id);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_DOCUMENT_LOOKUP_H_
