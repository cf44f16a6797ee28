#ifndef AMICUS_CLI_RECORD_SUMMARY_H_
#define AMICUS_CLI_RECORD_SUMMARY_H_

#include <string>

#include "amicus/v1/records.pb.h"

namespace amicus::cli {

// One-line, human-readable renderings of records for terminal output; line
// breaks inside the text are flattened so each record stays on one line.
//   2019-03-15  threat  Michael Pompeo  "In remarks to the press ..."
std::string SummarizeEvent(const v1::Event& event);
//   2019-03-20  Sam Zarifi (Secretary General, ICJ)  "quoted words"
std::string SummarizeQuote(const v1::Quote& quote);
//   2019-04-02  to: UN Human Rights Council  3 signatories: ICJ; FIDH (France)
std::string SummarizeSignatorySet(const v1::SignatorySet& set);
//   <id>  2019-03-20  press_release  "Title"  events=2 quotes=1 ...  <uri>
std::string SummarizeDocument(const v1::Document& document);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_RECORD_SUMMARY_H_
