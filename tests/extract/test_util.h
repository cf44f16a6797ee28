#ifndef AMICUS_TESTS_EXTRACT_TEST_UTIL_H_
#define AMICUS_TESTS_EXTRACT_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "extract/extractor.h"

namespace amicus::extract::testing {

// Options as the CLI and the ingest service pass them: with the system
// word list when it is installed.
const ExtractOptions& OptionsWithDictionary();

// Extract() on `content`, failing the test when it does not succeed.
amicus::v1::Extraction MustExtract(absl::string_view content,
                                   absl::string_view media_type = "text/plain");

// The quote whose text contains `fragment`, or nullptr.
const amicus::v1::Quote* QuoteContaining(const amicus::v1::Extraction& e,
                                         absl::string_view fragment);

// The event whose evidence contains `fragment`, or nullptr.
const amicus::v1::Event* EventContaining(const amicus::v1::Extraction& e,
                                         absl::string_view fragment);

// The name of the first actor of the event whose evidence contains
// `evidence`: "" when it has none, "<no event>" when there is no such event.
std::string ActorOf(const amicus::v1::Extraction& e, const char* evidence);

// Every signatory of every set, in order, as "Name (Country); " (no
// parenthesis when the country is empty).
std::string SignerNames(const amicus::v1::Extraction& e);

// A PDF with one page per entry of `pages`, each showing its lines in
// Helvetica, with a correct xref table.
std::string MultiPagePdf(const std::vector<std::vector<std::string>>& pages);

}  // namespace amicus::extract::testing

#endif  // AMICUS_TESTS_EXTRACT_TEST_UTIL_H_
