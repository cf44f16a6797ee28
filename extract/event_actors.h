#ifndef AMICUS_EXTRACT_EVENT_ACTORS_H_
#define AMICUS_EXTRACT_EVENT_ACTORS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/events.h"
#include "extract/people.h"
#include "extract/words.h"

namespace amicus::extract {

// Bodies a document names once that its sentences then imply: who makes
// arrests ("the Velorian authorities", "Veloria police") and who
// carries out attacks ("claimed by X").
struct ImpliedBodies {
  std::string authorities;
  std::string perpetrators;
};
ImpliedBodies LearnImpliedBodies(const std::vector<Word>& document_words);

// Where the clause holding token `at` of a sentence's words begins and
// ends (token indices): at "; ", ", which", ", who", "but", ", and" before
// a new subject, "that" after a verb of saying or finding.
size_t ClauseBegin(const std::vector<Word>& words, size_t at);
size_t ClauseEnd(const std::vector<Word>& words, size_t at);

// How an event's actor was found; the later sources are weaker evidence.
enum class ActorSource { kNone, kSubject, kAgent, kImplied };

struct ActorFinding {
  std::vector<PersonInfo> actors;
  ActorSource source = ActorSource::kNone;
  bool passive = false;
  size_t verb = 0;  // token of the clause's verb (words.size() when none)
  bool we = false;  // the subject is "we"
  // The date sits in an opener before the subject that names the act
  // ("After the arrest of X on 29 August, ..."): tokens [0, act_end) state it.
  size_t act_end = 0;
  // The clause's subject is "he" or "she" and no one else acts: the
  // caller resolves the pronoun to the person the paragraph is about.
  bool personal_pronoun = false;
  size_t pronoun = 0;  // its token, when personal_pronoun
  // The clause's subject is "they" (token `they`) and no one else acts:
  // the caller resolves it to the group or body named last before it.
  size_t they = static_cast<size_t>(-1);
};

// Tokens inside quotation marks ("‘We ask the Committee ...’", “...”),
// titles and quoted words that no clause of the sentence starts in.
std::vector<bool> QuotedTokens(const std::vector<Word>& words);

// The actor of the event a date states. `words` are the sentence's
// words; the date spans tokens [date_begin, date_end); `dates` are the
// token spans of every date of the sentence (skipped as adverbials). In
// order: an agent ("by X") where the subject names no one, the verb is
// passive or the date sits in a fronted phrase; a body named before an
// attributive date's event noun ("a May 23 appeals court ruling"); the
// clause's subject (past openers, participles, determiners; a relative
// pronoun stands for its antecedent, "we" for the issuers); the body the
// event's verb implies ("arrested" -> the authorities).
ActorFinding FindActor(absl::string_view text, const std::vector<Word>& words,
                       size_t date_begin, size_t date_end,
                       const std::vector<std::pair<size_t, size_t>>& dates,
                       const EventContext& ctx, const ImpliedBodies& bodies);

// "ordered the internet cut in August 2023, when the federal government
// declared a state of emergency": a ", when" clause right after the date
// [date_begin, date_end), with its own named subject and verb in the
// active, tells a second happening of that date. Its actor and the
// token of its verb; no actors when there is no such clause.
struct WhenClause {
  std::vector<PersonInfo> actors;
  size_t verb = 0;
  size_t comma = 0;  // the token of the comma before "when"
};
WhenClause WhenClauseAfterDate(absl::string_view text, const std::vector<Word>& words,
                               size_t date_end,
                               const std::vector<std::pair<size_t, size_t>>& dates,
                               const EventContext& ctx);

// Whether a lowercase word heads a noun phrase that names an acting body
// ("court", "police", "government", "panel").
bool IsBodyNoun(absl::string_view lowercase);

// Verb forms (lowercase, not capitalized in the text) that can end a
// subject: finite verbs, auxiliaries, regular past tenses.
bool IsVerbish(const Word& w);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_EVENT_ACTORS_H_
