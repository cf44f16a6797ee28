#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/stream_plans.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::Quote;

absl::StatusOr<StreamPlan<Quote>> PlanQuotes(
    const amicus::v1::StreamQuotesRequest& request) {
  auto dates = DateFilter(request.start_date(), request.end_date());
  if (!dates.ok()) return dates.status();
  auto speaker = PersonFilterKey("speaker", request.speaker());
  if (!speaker.ok()) return speaker.status();
  auto organization =
      OrganizationFilterKey("organization", request.organization());
  if (!organization.ok()) return organization.status();

  StreamPlan<Quote> plan;
  plan.stream = ResumeToken::Stream::kQuotes;
  plan.filter_digest = FilterDigest(request);
  plan.record_family = store::Cf::kQuotes;
  if (!request.document_id().empty()) {
    plan.stored_scan =
        DocumentRecords(store::Cf::kQuotes, request.document_id());
  } else if (speaker->has_value()) {
    plan.stored_scan = PrefixRange(store::Cf::kQuotesBySpeaker,
                                   store::NameIndexPrefix(**speaker));
  } else if (organization->has_value()) {
    plan.stored_scan = PrefixRange(store::Cf::kQuotesByOrganization,
                                   store::NameIndexPrefix(**organization));
  } else if (dates->has_value()) {
    plan.stored_scan = DateRange(store::Cf::kQuotesByDate, **dates);
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kQuotes);
  }

  std::string text = absl::AsciiStrToLower(request.text_contains());
  plan.matches = [document_id = request.document_id(), speaker = *speaker,
                  organization = *organization, dates = *dates,
                  text](const Quote& quote) {
    if (!document_id.empty() && quote.document_id() != document_id) {
      return false;
    }
    if (speaker.has_value() && !PersonMatches(quote.speaker(), *speaker)) {
      return false;
    }
    const amicus::v1::Organization& org = quote.speaker().organization();
    if (organization.has_value() &&
        !OrganizationMatches(org.name(), org.acronym(), *organization)) {
      return false;
    }
    if (dates.has_value() && !store::DateOverlaps(quote.date(), *dates)) {
      return false;
    }
    return text.empty() || ContainsLowered(quote.text(), text);
  };
  return plan;
}

}  // namespace amicus::query
