#ifndef AMICUS_EXTRACT_QUOTE_ATTRIBUTION_H_
#define AMICUS_EXTRACT_QUOTE_ATTRIBUTION_H_

#include <cstddef>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "extract/text_units.h"

namespace amicus::extract {

// Who a quotation's attribution names, as the text writes it; the quote
// finder resolves it to a person.
struct Attribution {
  std::string name;        // "Sam Zarifi", "Zarifi", "Forum Director Paul Byrne"
  std::string appositive;  // "Secretary General of the ICJ", or empty
  std::string cue;         // "said", "according to", "wrote"
  bool previous_speaker = false;  // "he added": resolved from the context
  bool issuers = false;           // "The letter states": the document's issuers
  size_t end = 0;                 // where the attribution ends in the text
  // Before a quotation: where its cue word ends (0 when not found so).
  size_t cue_end = 0;
  // How sure the rule that matched is, before the name is resolved.
  float confidence = 0.5f;
};

// Whether `lowercase` is a verb that reports speech ("said", "added",
// "wrote", "urged", "concluded"...).
bool IsSpeechVerb(absl::string_view lowercase);

// The sieves, from the most precise down. Each reads one stretch of text
// next to a quotation and returns what it names, or nothing.

// Right after the closing mark: "…,” said Sam Zarifi, Secretary General
// of the ICJ." / "…,” Zarifi said." / "…,” she added." / "…,” said the
// head of the Forum, Jonas Weber."
std::optional<Attribution> AttributionAfter(absl::string_view text, size_t from,
                                            size_t to);

// Between the sentence start and the opening mark: "Maria Okonjo,
// Director of X, said, “…" / "Interior Minister Karl Brandt called for
// “…" / "According to X, “…" / "The letter states that “…".
std::optional<Attribution> AttributionBefore(absl::string_view text, size_t from,
                                             size_t to);

// A sentence closing the paragraph before a quotation that opens its own
// paragraph: "…, Thandi Moyo, Amnesty International’s Director, said:" or
// "Lena Ortiz issued a statement through her lawyer:".
std::optional<Attribution> Introduction(absl::string_view text, Range sentence);

// A quotation embedded in a sentence with no speech verb, through the
// sentence's reporting word: "the letter sent by Senators, threatening
// “…”", "the reaffirmation of ICC States Parties to “…”".
std::optional<Attribution> EmbeddedAttribution(absl::string_view text, size_t from,
                                               size_t to);

// The end of an excerpt cut inside the attribution: nothing but a name
// follows the closing mark ("…,’ Mr Byrne" and the text ends).
std::optional<Attribution> CutAttribution(absl::string_view text, size_t from,
                                          size_t to);

// The sentence after a quotation naming whose words they were: "Those
// were the words of Ilse Marten, director of X." / "The warning came from
// Tomas Berg." t[from, to) is that sentence.
std::optional<Attribution> WordsOfNext(absl::string_view text, size_t from, size_t to);

// An attribution line after a quotation, as block quotes and pull quotes
// set it: "— Pablo Ortega, director of Free Press Union" right after the
// closing mark or as the next paragraph. t[from, to) is that stretch.
std::optional<Attribution> DashAttribution(absl::string_view text, size_t from, size_t to);

// A paragraph that opens with its speaker and a colon and whose opening
// mark was lost: "Sayed Rahim, Director of Advocacy, BRG: The state …”".
// `lead` is the paragraph up to the closing mark; on success `*quote_begin`
// is where the quotation starts.
std::optional<Attribution> ColonLead(absl::string_view text, Range lead,
                                     size_t* quote_begin);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_QUOTE_ATTRIBUTION_H_
