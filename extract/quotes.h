#ifndef AMICUS_EXTRACT_QUOTES_H_
#define AMICUS_EXTRACT_QUOTES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "extract/organizations.h"
#include "extract/people.h"
#include "extract/text_units.h"

namespace amicus::extract {

struct FoundQuote {
  std::string text;     // the quoted words, without the marks
  PersonInfo speaker;
  std::string cue;      // "said", "added", "according to", "wrote"
  Range evidence;       // the quotation with its attribution
  // 0..1, from the evidence the attributing rule had (Quote.confidence).
  float confidence = 0.5f;
};

// The document context quotes are attributed in.
struct QuoteContext {
  const OrgDirectory* orgs;
  PersonDirectory* people;
  // Speaker of "The letter states ..." in a document about its own letter.
  PersonInfo issuers;
  // Whom a letter is addressed to ("President Joseph R. Biden, Jr."), so
  // that "your administration" names someone; empty outside letters.
  std::string addressee;
};

// Every direct quotation of `text` (normalized) that is attributed to a
// speaker: straight and curly, double and single marks; quotes split
// around their attribution; quotes running over paragraphs. The cue may
// come before ("X said: “...”", "According to X, “...”") or after
// ("“...,” said X, Role of Org." / "“...,” X said." / "“...,” she added.").
// A quotation embedded in a sentence without a speech verb is attributed
// through the sentence's reporting word: "the letter sent by Senators,
// threatening ... “employees and associates”", "the reaffirmation of ICC
// States Parties to “uphold ...”", "X ..., noting that “...”". Other short
// quoted phrases (scare quotes) are skipped.
std::vector<FoundQuote> FindQuotes(absl::string_view text,
                                   const std::vector<Paragraph>& paragraphs,
                                   const QuoteContext& context);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_QUOTES_H_
