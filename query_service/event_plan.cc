#include <algorithm>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "query_service/corroboration.h"
#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/name_filter.h"
#include "query_service/stream_plans.h"
#include "query_service/text_filter.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::Event;

absl::StatusOr<StreamPlan<Event>> PlanEvents(
    const amicus::v1::StreamEventsRequest& request) {
  auto dates = DateFilter(request.start_date(), request.end_date());
  if (!dates.ok()) return dates.status();
  auto actor = NameFilter::Make("actor", request.actor(),
                                NameFilter::Kind::kPersonOrOrganization);
  if (!actor.ok()) return actor.status();
  auto text = TextFilter::Make("text_contains", request.text_contains());
  if (!text.ok()) return text.status();
  if (absl::Status s = CheckMinConfidence(request.min_confidence()); !s.ok()) {
    return s;
  }
  if (!amicus::v1::EventType_IsValid(request.type())) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown event type ", request.type()));
  }

  StreamPlan<Event> plan;
  plan.stream = ResumeToken::Stream::kEvents;
  // with_corroboration changes what is sent, not which records.
  amicus::v1::StreamEventsRequest filters = request;
  filters.clear_with_corroboration();
  plan.filter_digest = FilterDigest(filters);
  plan.record_family = store::Cf::kEvents;
  const bool names = *actor != nullptr;
  if (!request.document_id().empty()) {
    plan.stored_scan =
        DocumentRecords(store::Cf::kEvents, request.document_id());
    plan.reads = PlanReads(store::Cf::kEvents, {store::Cf::kDocumentIds}, names);
  } else if (*text != nullptr) {
    plan.reads = PlanReads(store::Cf::kEvents, {store::Cf::kEventsByWord}, names);
    if (names) plan.reads.set(store::CfIndex(store::Cf::kEventsByActor));
    if (request.type() != amicus::v1::EVENT_TYPE_UNSPECIFIED) {
      plan.reads.set(store::CfIndex(store::Cf::kEventsByType));
    }
    plan.intersect_scan = [text = *text, actor = *actor,
                           type = request.type()](store::View&) {
      store::IntersectScanSpec spec;
      spec.terms = text->Terms(store::Cf::kEventsByWord);
      if (actor != nullptr) {
        spec.terms.push_back(
            {store::Cf::kEventsByActor,
             actor->Scan(store::Cf::kEventsByActor).prefixes});
      }
      if (type != amicus::v1::EVENT_TYPE_UNSPECIFIED) {
        spec.terms.push_back({store::Cf::kEventsByType,
                              {store::EventTypeIndexPrefix(type)}});
      }
      return spec;
    };
  } else if (*actor != nullptr) {
    plan.merged_scan = [actor = *actor](store::View&) {
      return actor->Scan(store::Cf::kEventsByActor);
    };
    plan.reads = PlanReads(store::Cf::kEvents, {store::Cf::kEventsByActor}, names);
  } else if (dates->has_value()) {
    plan.stored_scan = DateRange(store::Cf::kEventsByDate, **dates);
    plan.reads = PlanReads(store::Cf::kEvents, {store::Cf::kEventsByDate}, names);
  } else if (request.type() != amicus::v1::EVENT_TYPE_UNSPECIFIED) {
    plan.stored_scan = PrefixRange(store::Cf::kEventsByType,
                                   store::EventTypeIndexPrefix(request.type()));
    plan.reads = PlanReads(store::Cf::kEvents, {store::Cf::kEventsByType}, names);
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kEvents);
    plan.reads = PlanReads(store::Cf::kEvents, {}, names);
  }

  if (*actor != nullptr) {
    plan.resolve = [actor = *actor](store::View& view) { actor->Resolve(view); };
  }
  if (request.with_corroboration()) plan.annotate = EventStreamAnnotator();

  std::function<bool(const Event&)> others = [request, actor = *actor,
                                              dates = *dates](const Event& event) {
    if (!request.document_id().empty() &&
        event.document_id() != request.document_id()) {
      return false;
    }
    if (request.type() != amicus::v1::EVENT_TYPE_UNSPECIFIED &&
        event.type() != request.type()) {
      return false;
    }
    if (event.confidence() < request.min_confidence()) return false;
    if (dates.has_value() && !store::DateOverlaps(event.date(), *dates)) {
      return false;
    }
    if (actor != nullptr &&
        std::none_of(event.actors().begin(), event.actors().end(),
                     [&actor](const amicus::v1::Person& person) {
                       return actor->Matches(person);
                     })) {
      return false;
    }
    return true;
  };
  plan.matches = [others, text = *text](const Event& event) {
    return others(event) &&
           (text == nullptr || text->Matches(store::EventTexts(event)));
  };
  if (!HasFilters(filters)) plan.matches = nullptr;
  if (plan.intersect_scan) {
    // The intersection answers the type exactly, names only nearly.
    amicus::v1::StreamEventsRequest rest = filters;
    rest.clear_text_contains();
    rest.clear_type();
    CheckWordsInIndexOnly<Event>(**text, !HasFilters(rest), others, &plan);
  }
  amicus::v1::StreamEventsRequest other_filters = filters;
  other_filters.clear_start_date();
  other_filters.clear_end_date();
  if (dates->has_value() && !HasFilters(other_filters)) {
    plan.matches_position = DateInPosition(**dates);
  }
  return plan;
}

}  // namespace amicus::query
