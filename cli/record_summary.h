#ifndef AMICUS_CLI_RECORD_SUMMARY_H_
#define AMICUS_CLI_RECORD_SUMMARY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
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

// Terminal tables, one record per line. Columns have fixed widths so a
// stream (and --follow) can print each row as it arrives; the last column
// takes the rest of the line.
struct Column {
  const char* name;
  int width;  // in characters; 0 for the last column
};

const std::vector<Column>& EventColumns();
const std::vector<Column>& QuoteColumns();
const std::vector<Column>& SignatorySetColumns();
const std::vector<Column>& DocumentColumns();

std::vector<std::string> EventRow(const v1::Event& event);
std::vector<std::string> QuoteRow(const v1::Quote& quote);
std::vector<std::string> SignatorySetRow(const v1::SignatorySet& set);
std::vector<std::string> DocumentRow(const v1::Document& document);

// The header line of a table with `columns`.
std::string TableHeader(const std::vector<Column>& columns);
// One row: each cell flattened to one line, padded or cut (with "…") to its
// column's width, columns two spaces apart.
std::string TableRow(const std::vector<Column>& columns,
                     const std::vector<std::string>& cells);

}  // namespace amicus::cli

#endif  // AMICUS_CLI_RECORD_SUMMARY_H_
