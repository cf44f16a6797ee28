#include <algorithm>
#include <optional>
#include <string>

#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/name_filter.h"
#include "query_service/stream_plans.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::SignatorySet;

absl::StatusOr<StreamPlan<SignatorySet>> PlanSignatorySets(
    const amicus::v1::StreamSignatorySetsRequest& request) {
  auto organization = NameFilter::Make("organization", request.organization(),
                                       NameFilter::Kind::kOrganization);
  if (!organization.ok()) return organization.status();

  StreamPlan<SignatorySet> plan;
  plan.stream = ResumeToken::Stream::kSignatorySets;
  plan.filter_digest = FilterDigest(request);
  plan.record_family = store::Cf::kSignatorySets;
  if (!request.document_id().empty()) {
    plan.stored_scan =
        DocumentRecords(store::Cf::kSignatorySets, request.document_id());
  } else if (*organization != nullptr) {
    plan.merged_scan = [organization = *organization](store::View&) {
      return organization->Scan(store::Cf::kSignatorySetsByOrganization);
    };
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kSignatorySets);
  }
  if (*organization != nullptr) {
    plan.resolve = [organization = *organization](store::View& view) {
      organization->Resolve(view);
    };
  }

  plan.matches = [document_id = request.document_id(),
                  organization = *organization](const SignatorySet& set) {
    if (!document_id.empty() && set.document_id() != document_id) return false;
    if (organization == nullptr) return true;
    return std::any_of(set.signatories().begin(), set.signatories().end(),
                       [&organization](const amicus::v1::Signatory& s) {
                         return organization->Matches(s.name(), s.acronym());
                       });
  };
  if (!HasFilters(request)) plan.matches = nullptr;
  return plan;
}

}  // namespace amicus::query
