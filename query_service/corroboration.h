#ifndef AMICUS_QUERY_SERVICE_CORROBORATION_H_
#define AMICUS_QUERY_SERVICE_CORROBORATION_H_

#include <functional>

#include "absl/status/status.h"
#include "amicus/v1/records.pb.h"
#include "store/view.h"

namespace amicus::query {

// Corroboration is derived when a record is read, from the other documents
// stored in the same view: nothing about it is stored, so a deleted
// document disappears from every other record's sources at once, and
// documents ingested later corroborate records ingested earlier.

// For one stream: fills each event's corroborating_sources with the
// events of other documents that report the same event (same type, same
// month, the same day when both give a day, and an actor of the same
// entity or mostly the same evidence words), among the first 500 of that
// type and month. Neighbouring records share what was read for them while
// the view's state is the same.
std::function<absl::Status(store::View&, amicus::v1::Event*)>
EventStreamAnnotator();

// The same for quotes: the quotes of other documents with the same words
// (nearly) from a speaker of the same entity, among the first 500 of
// speakers with that surname.
std::function<absl::Status(store::View&, amicus::v1::Quote*)>
QuoteStreamAnnotator();

// Both, for every event and quote of an extraction; the document's own
// records do not count among the 500. RESOURCE_EXHAUSTED past 32 MiB of
// sources.
absl::Status AnnotateExtraction(store::View& view,
                                amicus::v1::Extraction* extraction);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_CORROBORATION_H_
