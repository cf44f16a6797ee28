#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/stream_plans.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::Event;

absl::StatusOr<StreamPlan<Event>> PlanEvents(
    const amicus::v1::StreamEventsRequest& request) {
  auto dates = DateFilter(request.start_date(), request.end_date());
  if (!dates.ok()) return dates.status();
  auto actor = PersonFilterKey("actor", request.actor());
  if (!actor.ok()) return actor.status();
  if (!amicus::v1::EventType_IsValid(request.type())) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown event type ", request.type()));
  }

  StreamPlan<Event> plan;
  plan.stream = ResumeToken::Stream::kEvents;
  plan.filter_digest = FilterDigest(request);
  plan.record_family = store::Cf::kEvents;
  if (!request.document_id().empty()) {
    plan.stored_scan =
        DocumentRecords(store::Cf::kEvents, request.document_id());
  } else if (actor->has_value()) {
    plan.stored_scan = PrefixRange(store::Cf::kEventsByActor,
                                   store::NameIndexPrefix(**actor));
  } else if (dates->has_value()) {
    plan.stored_scan = DateRange(store::Cf::kEventsByDate, **dates);
  } else if (request.type() != amicus::v1::EVENT_TYPE_UNSPECIFIED) {
    plan.stored_scan = PrefixRange(store::Cf::kEventsByType,
                                   store::EventTypeIndexPrefix(request.type()));
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kEvents);
  }

  std::string text = absl::AsciiStrToLower(request.text_contains());
  plan.matches = [request, actor = *actor, dates = *dates,
                  text](const Event& event) {
    if (!request.document_id().empty() &&
        event.document_id() != request.document_id()) {
      return false;
    }
    if (request.type() != amicus::v1::EVENT_TYPE_UNSPECIFIED &&
        event.type() != request.type()) {
      return false;
    }
    if (dates.has_value() && !store::DateOverlaps(event.date(), *dates)) {
      return false;
    }
    if (actor.has_value()) {
      bool any = false;
      for (const amicus::v1::Person& person : event.actors()) {
        any = any || PersonMatches(person, *actor);
      }
      if (!any) return false;
    }
    return text.empty() || ContainsLowered(event.evidence().text(), text) ||
           ContainsLowered(event.summary(), text);
  };
  return plan;
}

}  // namespace amicus::query
