#include <optional>
#include <string>

#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/stream_plans.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::SignatorySet;

absl::StatusOr<StreamPlan<SignatorySet>> PlanSignatorySets(
    const amicus::v1::StreamSignatorySetsRequest& request) {
  auto organization =
      OrganizationFilterKey("organization", request.organization());
  if (!organization.ok()) return organization.status();

  StreamPlan<SignatorySet> plan;
  plan.stream = ResumeToken::Stream::kSignatorySets;
  plan.filter_digest = FilterDigest(request);
  plan.record_family = store::Cf::kSignatorySets;
  if (!request.document_id().empty()) {
    plan.stored_scan =
        DocumentRecords(store::Cf::kSignatorySets, request.document_id());
  } else if (organization->has_value()) {
    plan.stored_scan = PrefixRange(store::Cf::kSignatorySetsByOrganization,
                                   store::NameIndexPrefix(**organization));
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kSignatorySets);
  }

  plan.matches = [document_id = request.document_id(),
                  organization = *organization](const SignatorySet& set) {
    if (!document_id.empty() && set.document_id() != document_id) return false;
    if (!organization.has_value()) return true;
    for (const amicus::v1::Signatory& signatory : set.signatories()) {
      if (OrganizationMatches(signatory.name(), signatory.acronym(),
                              *organization)) {
        return true;
      }
    }
    return false;
  };
  return plan;
}

}  // namespace amicus::query
