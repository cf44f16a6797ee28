#ifndef AMICUS_QUERY_SERVICE_STREAM_PLANS_H_
#define AMICUS_QUERY_SERVICE_STREAM_PLANS_H_

#include "absl/status/statusor.h"
#include "amicus/v1/query_service.pb.h"
#include "amicus/v1/records.pb.h"
#include "query_service/stream_plan.h"

namespace amicus::query {

// One planner per stream RPC: validates the request (INVALID_ARGUMENT) and
// picks the most selective index among its filters: document id, then
// names, then dates, then type or kind, else the whole record family.
absl::StatusOr<StreamPlan<amicus::v1::Event>> PlanEvents(
    const amicus::v1::StreamEventsRequest& request);
absl::StatusOr<StreamPlan<amicus::v1::Quote>> PlanQuotes(
    const amicus::v1::StreamQuotesRequest& request);
absl::StatusOr<StreamPlan<amicus::v1::SignatorySet>> PlanSignatorySets(
    const amicus::v1::StreamSignatorySetsRequest& request);
absl::StatusOr<StreamPlan<amicus::v1::Document>> PlanDocuments(
    const amicus::v1::ListDocumentsRequest& request);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_STREAM_PLANS_H_
