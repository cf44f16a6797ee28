// libFuzzer target over the whole extraction entry point, extract::Extract:
// any bytes with any media type must come back as records or an error
// status, never a crash, hang or sanitizer report; records must point into
// the content they came from.
#include <cstddef>
#include <cstdint>

#include "extract/extractor.h"
#include "fuzz/media_selector.h"

namespace {

void Require(bool condition) {
  if (!condition) __builtin_trap();
}

bool SpanInside(const amicus::v1::TextSpan& span, size_t size) {
  return span.start_offset() >= 0 && span.start_offset() <= span.end_offset() &&
         static_cast<size_t>(span.end_offset()) <= size;
}

void CheckRecords(const amicus::v1::Extraction& extraction, size_t size) {
  const std::string& id = extraction.document().id();
  Require(id.size() == 64);
  for (const auto& event : extraction.events()) {
    Require(event.document_id() == id && SpanInside(event.evidence(), size));
  }
  for (const auto& quote : extraction.quotes()) {
    Require(quote.document_id() == id && SpanInside(quote.evidence(), size));
  }
  for (const auto& set : extraction.signatory_sets()) {
    Require(set.document_id() == id && SpanInside(set.evidence(), size));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const amicus::fuzz::FuzzInput input = amicus::fuzz::SplitFuzzInput(data, size);
  amicus::extract::ExtractOptions options;
  // Keeps each run short; size limits are tested elsewhere.
  options.max_content_bytes = 1 << 20;
  auto extraction = amicus::extract::Extract(input.source_uri, input.content,
                                             input.media_type, options);
  if (extraction.ok()) CheckRecords(*extraction, input.content.size());
  return 0;
}
