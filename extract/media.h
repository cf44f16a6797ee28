#ifndef AMICUS_EXTRACT_MEDIA_H_
#define AMICUS_EXTRACT_MEDIA_H_

#include <cstddef>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace amicus::extract {

inline constexpr absl::string_view kTextPlain = "text/plain";
inline constexpr absl::string_view kTextMarkdown = "text/markdown";
inline constexpr absl::string_view kTextHtml = "text/html";
inline constexpr absl::string_view kApplicationPdf = "application/pdf";

// Decides how to parse `content`: an explicit `media_type` wins (its
// charset parameter is honoured, see charset.h), else the content is
// sniffed, else the extension of `source_uri` decides. Then validates the
// content for that type: refuses empty, whitespace-only, binary and (for
// UTF-8 text) invalid UTF-8 content, unknown types and charsets, and
// content over `max_bytes`.
absl::StatusOr<std::string> ResolveMediaType(absl::string_view source_uri,
                                             absl::string_view content,
                                             absl::string_view media_type,
                                             size_t max_bytes);

// True if `text` (UTF-8) holds nothing but whitespace, ASCII or Unicode
// (no-break, typographic and ideographic spaces, separators, BOM).
bool IsBlank(absl::string_view text);

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
size_t FirstInvalidUtf8(absl::string_view text);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_MEDIA_H_
