#ifndef AMICUS_EXTRACT_EVENTS_H_
#define AMICUS_EXTRACT_EVENTS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "amicus/v1/records.pb.h"
#include "extract/dates.h"
#include "extract/organizations.h"
#include "extract/people.h"
#include "extract/text_units.h"

namespace amicus::extract {

struct FoundEvent {
  DateValue date;
  std::vector<PersonInfo> actors;
  amicus::v1::EventType type = amicus::v1::EVENT_TYPE_OTHER;
  std::string summary;
  Range evidence;
  // 0..1, from the evidence for the date, actor and cue (Event.confidence).
  float confidence = 0.5f;
  // Dated by a fronted phrase ("Following the August 2019 attack, X ..."):
  // the date is that of the happening the phrase names.
  bool fronted_date = false;
  // The paragraph the evidence sits in (a repeated passage is another's).
  size_t paragraph = 0;
  // Dated only by a sequel phrase counting from an earlier date ("Two
  // days later, ..."), the sentence having no date of its own.
  bool sequel_dated = false;
};

struct EventContext {
  absl::optional<DateValue> document_date;
  size_t date_paragraph = static_cast<size_t>(-1);  // the document's date line
  const OrgDirectory* orgs = nullptr;
  const PersonDirectory* people = nullptr;
  // Who "we" are: the document's issuers or signatories.
  std::vector<PersonInfo> issuers;
  // Who "you" are in a letter ("your announcement of 10 February"); empty
  // outside letters.
  std::string addressee;
  // Tokenize(text) when the caller has it (the extractor tokenizes the
  // document once for every module); FindEvents tokenizes it otherwise.
  const std::vector<Word>* words = nullptr;
};

struct EventScan {
  std::vector<FoundEvent> events;
  size_t invalid_dates = 0;
};

// One event per sentence and distinct date stated in it (absolute, or
// relative and resolvable against the document's date); bounds of periods
// ("since May 2018") and undated background are not events. The actor is
// the sentence's subject, or the agent of a passive ("threats made by X"),
// with people resolved to the full name first given.
EventScan FindEvents(absl::string_view text,
                     const std::vector<Paragraph>& paragraphs,
                     const EventContext& context);

// The kind of event a sentence states, from its cue words.
amicus::v1::EventType ClassifyEvent(absl::string_view sentence);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_EVENTS_H_
