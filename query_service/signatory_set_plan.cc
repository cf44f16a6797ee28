#include <algorithm>
#include <functional>
#include <optional>
#include <string>

#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/name_filter.h"
#include "query_service/stream_plans.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::SignatorySet;

namespace {

// A set that passes min_confidence is sent with only its entries that pass
// too: a user asking for sure records wants sure names, not a sure list
// with a doubtful entry in it.
std::function<void(SignatorySet*)> DropSignatoriesBelow(float min_confidence) {
  return [min_confidence](SignatorySet* set) {
    auto* entries = set->mutable_signatories();
    entries->erase(std::remove_if(entries->begin(), entries->end(),
                                  [min_confidence](const amicus::v1::Signatory& s) {
                                    return s.confidence() < min_confidence;
                                  }),
                   entries->end());
  };
}

}  // namespace

absl::StatusOr<StreamPlan<SignatorySet>> PlanSignatorySets(
    const amicus::v1::StreamSignatorySetsRequest& request) {
  auto organization = NameFilter::Make("organization", request.organization(),
                                       NameFilter::Kind::kOrganization);
  if (!organization.ok()) return organization.status();
  if (absl::Status s = CheckMinConfidence(request.min_confidence()); !s.ok()) {
    return s;
  }
  const float min_confidence = request.min_confidence();

  StreamPlan<SignatorySet> plan;
  plan.stream = ResumeToken::Stream::kSignatorySets;
  plan.filter_digest = FilterDigest(request);
  plan.record_family = store::Cf::kSignatorySets;
  const bool names = *organization != nullptr;
  if (!request.document_id().empty()) {
    plan.stored_scan =
        DocumentRecords(store::Cf::kSignatorySets, request.document_id());
    plan.reads = PlanReads(store::Cf::kSignatorySets, {store::Cf::kDocumentIds},
                           names);
  } else if (*organization != nullptr) {
    plan.merged_scan = [organization = *organization](store::View&) {
      return organization->Scan(store::Cf::kSignatorySetsByOrganization);
    };
    plan.reads = PlanReads(store::Cf::kSignatorySets,
                           {store::Cf::kSignatorySetsByOrganization}, names);
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kSignatorySets);
    plan.reads = PlanReads(store::Cf::kSignatorySets, {}, names);
  }
  if (*organization != nullptr) {
    plan.resolve = [organization = *organization](store::View& view) {
      organization->Resolve(view);
    };
  }

  if (min_confidence > 0) plan.finish = DropSignatoriesBelow(min_confidence);

  plan.matches = [document_id = request.document_id(), organization = *organization,
                  min_confidence](const SignatorySet& set) {
    if (!document_id.empty() && set.document_id() != document_id) return false;
    if (set.confidence() < min_confidence) return false;
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
