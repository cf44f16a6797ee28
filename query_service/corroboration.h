#ifndef AMICUS_QUERY_SERVICE_CORROBORATION_H_
#define AMICUS_QUERY_SERVICE_CORROBORATION_H_

#include "absl/status/status.h"
#include "amicus/v1/records.pb.h"
#include "store/view.h"

namespace amicus::query {

// Corroboration is derived when a record is read, from the other documents
// stored in the same view: nothing about it is stored, so a deleted
// document disappears from every other record's sources at once, and
// documents ingested later corroborate records ingested earlier.

// Fills event->corroborating_sources with the events of other documents
// that report the same event: same type, same month (same day when both
// give a day), and an actor of the same entity or mostly the same evidence
// words.
absl::Status AnnotateEvent(store::View& view, amicus::v1::Event* event);

// Fills quote->corroborating_sources with the quotes of other documents
// with the same words (nearly) from a speaker of the same entity.
absl::Status AnnotateQuote(store::View& view, amicus::v1::Quote* quote);

// Both, for every event and quote of an extraction.
absl::Status AnnotateExtraction(store::View& view,
                                amicus::v1::Extraction* extraction);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_CORROBORATION_H_
