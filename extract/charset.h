#ifndef AMICUS_EXTRACT_CHARSET_H_
#define AMICUS_EXTRACT_CHARSET_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "extract/mapped_text.h"

namespace amicus::extract {

// The character sets a caller may declare with a media type parameter
// ("text/plain; charset=windows-1252"). Undeclared means UTF-8.
enum class Charset { kUtf8, kWindows1252 };

// Reads the charset parameter of `media_type`. ISO-8859-1 and US-ASCII are
// read as Windows-1252, their superset as browsers do. INVALID_ARGUMENT
// names a charset amicus cannot read.
absl::StatusOr<Charset> DeclaredCharset(absl::string_view media_type);

// Appends code point `cp` (at most U+10FFFF, not a surrogate) as UTF-8.
void AppendUtf8(uint32_t cp, std::string* out);

// Windows-1252 bytes as UTF-8, each output byte mapped to the byte it came
// from so evidence spans still point into the content as sent. The five
// bytes Windows-1252 leaves undefined become U+FFFD.
MappedText Windows1252ToUtf8(absl::string_view content);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_CHARSET_H_
