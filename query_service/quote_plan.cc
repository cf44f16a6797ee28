#include <optional>
#include <string>

#include "query_service/corroboration.h"
#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/name_filter.h"
#include "query_service/stream_plans.h"
#include "query_service/text_filter.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::Quote;

absl::StatusOr<StreamPlan<Quote>> PlanQuotes(
    const amicus::v1::StreamQuotesRequest& request) {
  auto dates = DateFilter(request.start_date(), request.end_date());
  if (!dates.ok()) return dates.status();
  auto speaker = NameFilter::Make("speaker", request.speaker(),
                                  NameFilter::Kind::kPersonOrOrganization);
  if (!speaker.ok()) return speaker.status();
  auto organization = NameFilter::Make("organization", request.organization(),
                                       NameFilter::Kind::kOrganization);
  if (!organization.ok()) return organization.status();
  auto text = TextFilter::Make("text_contains", request.text_contains());
  if (!text.ok()) return text.status();
  if (absl::Status s = CheckMinConfidence(request.min_confidence()); !s.ok()) {
    return s;
  }

  StreamPlan<Quote> plan;
  plan.stream = ResumeToken::Stream::kQuotes;
  // with_corroboration changes what is sent, not which records.
  amicus::v1::StreamQuotesRequest filters = request;
  filters.clear_with_corroboration();
  plan.filter_digest = FilterDigest(filters);
  plan.record_family = store::Cf::kQuotes;
  const bool names = *speaker != nullptr || *organization != nullptr;
  if (!request.document_id().empty()) {
    plan.stored_scan =
        DocumentRecords(store::Cf::kQuotes, request.document_id());
    plan.reads = PlanReads(store::Cf::kQuotes, {store::Cf::kDocumentIds}, names);
  } else if (*text != nullptr) {
    plan.reads = PlanReads(store::Cf::kQuotes, {store::Cf::kQuotesByWord}, names);
    if (*speaker != nullptr) {
      plan.reads.set(store::CfIndex(store::Cf::kQuotesBySpeaker));
    }
    if (*organization != nullptr) {
      plan.reads.set(store::CfIndex(store::Cf::kQuotesByOrganization));
    }
    plan.intersect_scan = [text = *text, speaker = *speaker,
                           organization = *organization](store::View&) {
      store::IntersectScanSpec spec;
      spec.terms = text->Terms(store::Cf::kQuotesByWord);
      if (speaker != nullptr) {
        spec.terms.push_back(
            {store::Cf::kQuotesBySpeaker,
             speaker->Scan(store::Cf::kQuotesBySpeaker).prefixes});
      }
      if (organization != nullptr) {
        spec.terms.push_back(
            {store::Cf::kQuotesByOrganization,
             organization->Scan(store::Cf::kQuotesByOrganization).prefixes});
      }
      return spec;
    };
  } else if (*speaker != nullptr) {
    plan.merged_scan = [speaker = *speaker](store::View&) {
      return speaker->Scan(store::Cf::kQuotesBySpeaker);
    };
    plan.reads = PlanReads(store::Cf::kQuotes, {store::Cf::kQuotesBySpeaker}, names);
  } else if (*organization != nullptr) {
    plan.merged_scan = [organization = *organization](store::View&) {
      return organization->Scan(store::Cf::kQuotesByOrganization);
    };
    plan.reads = PlanReads(store::Cf::kQuotes,
                           {store::Cf::kQuotesByOrganization}, names);
  } else if (dates->has_value()) {
    plan.stored_scan = DateRange(store::Cf::kQuotesByDate, **dates);
    plan.reads = PlanReads(store::Cf::kQuotes, {store::Cf::kQuotesByDate}, names);
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kQuotes);
    plan.reads = PlanReads(store::Cf::kQuotes, {}, names);
  }

  plan.resolve = [speaker = *speaker,
                  organization = *organization](store::View& view) {
    if (speaker != nullptr) speaker->Resolve(view);
    if (organization != nullptr) organization->Resolve(view);
  };
  if (request.with_corroboration()) plan.annotate = QuoteStreamAnnotator();

  std::function<bool(const Quote&)> others =
      [document_id = request.document_id(), speaker = *speaker,
       organization = *organization, dates = *dates,
       min_confidence = request.min_confidence()](const Quote& quote) {
    if (!document_id.empty() && quote.document_id() != document_id) {
      return false;
    }
    if (quote.confidence() < min_confidence) return false;
    if (speaker != nullptr && !speaker->Matches(quote.speaker())) {
      return false;
    }
    const amicus::v1::Organization& org = quote.speaker().organization();
    if (organization != nullptr &&
        !organization->Matches(org.name(), org.acronym())) {
      return false;
    }
    if (dates.has_value() && !store::DateOverlaps(quote.date(), *dates)) {
      return false;
    }
    return true;
  };
  plan.matches = [others, text = *text](const Quote& quote) {
    return others(quote) &&
           (text == nullptr || text->Matches(store::QuoteTexts(quote)));
  };
  if (!HasFilters(filters)) plan.matches = nullptr;
  if (plan.intersect_scan) {
    amicus::v1::StreamQuotesRequest rest = filters;
    rest.clear_text_contains();
    CheckWordsInIndexOnly<Quote>(**text, !HasFilters(rest), others, &plan);
  }
  amicus::v1::StreamQuotesRequest other_filters = filters;
  other_filters.clear_start_date();
  other_filters.clear_end_date();
  if (dates->has_value() && !HasFilters(other_filters)) {
    plan.matches_position = DateInPosition(**dates);
  }
  return plan;
}

}  // namespace amicus::query
