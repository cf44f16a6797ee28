#ifndef AMICUS_FUZZ_MEDIA_SELECTOR_H_
#define AMICUS_FUZZ_MEDIA_SELECTOR_H_

#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"

namespace amicus::fuzz {

// The first byte of a fuzz input picks the declared media type (or none,
// to exercise sniffing); the rest is the content. Seeds stay readable:
// "pGENEVA, ..." is a plain-text statement.
struct FuzzInput {
  absl::string_view media_type;
  absl::string_view source_uri;
  absl::string_view content;
};

inline FuzzInput SplitFuzzInput(const uint8_t* data, size_t size) {
  absl::string_view all(reinterpret_cast<const char*>(data), size);
  if (all.empty()) return {"", "input", all};
  absl::string_view content = all.substr(1);
  switch (all[0]) {
    case 'p': return {"text/plain", "input.txt", content};
    case 'm': return {"text/markdown", "input.md", content};
    case 'h': return {"text/html", "input.html", content};
    case 'f': return {"application/pdf", "input.pdf", content};
    default: return {"", "input", content};
  }
}

}  // namespace amicus::fuzz

#endif  // AMICUS_FUZZ_MEDIA_SELECTOR_H_
