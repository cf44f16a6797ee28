#ifndef AMICUS_EXTRACT_EXTRACTOR_H_
#define AMICUS_EXTRACT_EXTRACTOR_H_

#include <cstddef>
#include <memory>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "extract/countries.h"
#include "extract/word_list.h"

namespace amicus::extract {

struct ExtractOptions {
  // Content larger than this is refused with RESOURCE_EXHAUSTED.
  size_t max_content_bytes = 16 << 20;
  // English words that help repair PDF ligature damage ("a_acks"); the
  // caller loads it once (LoadSystemDictionary()). Null: the document's
  // own words are the only lexicon.
  std::shared_ptr<const WordList> dictionary;
  // The world's country names, for the country column of signatory lists
  // and States as signers; the caller loads them once (LoadIsoCountries()).
  // Null: only the colloquial forms ("USA", "UK") are known.
  std::shared_ptr<const CountryNames> countries;
};

// The one entry point of the extraction library, shared by the ingest
// service and `amicus extract`: a pure function from raw bytes to records.
//
// `media_type` is "text/plain", "text/markdown", "text/html",
// "application/pdf", or empty to sniff it from the content and the
// extension of `source_uri`. Errors: INVALID_ARGUMENT for empty or
// whitespace-only content, binary data, invalid UTF-8 and unknown media
// types; RESOURCE_EXHAUSTED over `max_content_bytes`.
//
// On success the Extraction is complete except for the fields only storage
// knows (Document.create_time): document.id is the lowercase hex SHA-256 of
// the normalized text, and every record has its id and document_id set.
absl::StatusOr<amicus::v1::Extraction> Extract(absl::string_view source_uri,
                                               absl::string_view content,
                                               absl::string_view media_type,
                                               const ExtractOptions& options);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_EXTRACTOR_H_
