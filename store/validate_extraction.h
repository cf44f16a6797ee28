#ifndef AMICUS_STORE_VALIDATE_EXTRACTION_H_
#define AMICUS_STORE_VALIDATE_EXTRACTION_H_

#include "absl/status/status.h"
#include "amicus/v1/records.pb.h"

namespace amicus::store {

// Checks what storage relies on before anything is written: a document id,
// records that belong to that document, and well-formed dates (the date
// index encodes them). INVALID_ARGUMENT names the offending record.
absl::Status ValidateExtraction(const amicus::v1::Extraction& extraction);

}  // namespace amicus::store

#endif  // AMICUS_STORE_VALIDATE_EXTRACTION_H_
