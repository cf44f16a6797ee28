#ifndef AMICUS_QUERY_SERVICE_RECORD_SIMILARITY_H_
#define AMICUS_QUERY_SERVICE_RECORD_SIMILARITY_H_

#include "amicus/v1/records.pb.h"

namespace amicus::query {

// Whether two documents' events report the same thing (see
// AnnotateEvent); the caller has already matched type and month.
bool SameEvent(const amicus::v1::Event& a, const amicus::v1::Event& b);

// Whether two quotes are the same words from the same speaker.
bool SameQuote(const amicus::v1::Quote& a, const amicus::v1::Quote& b);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_RECORD_SIMILARITY_H_
