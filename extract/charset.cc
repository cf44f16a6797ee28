#include "extract/charset.h"

#include <cstdint>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace amicus::extract {
namespace {

// Code points of Windows-1252 bytes 0x80..0x9F; 0 marks an undefined byte.
constexpr uint16_t kHighControls[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

uint32_t Windows1252CodePoint(unsigned char byte) {
  if (byte < 0x80 || byte >= 0xA0) return byte;
  uint16_t cp = kHighControls[byte - 0x80];
  return cp == 0 ? 0xFFFD : cp;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

absl::StatusOr<Charset> DeclaredCharset(absl::string_view media_type) {
  for (absl::string_view param : absl::StrSplit(media_type, ';')) {
    param = absl::StripAsciiWhitespace(param);
    if (!absl::ConsumePrefix(&param, "charset=") &&
        !absl::ConsumePrefix(&param, "CHARSET=")) {
      continue;
    }
    param = absl::StripAsciiWhitespace(param);
    absl::ConsumePrefix(&param, "\"");
    absl::ConsumeSuffix(&param, "\"");
    std::string name = absl::AsciiStrToLower(param);
    if (name == "utf-8" || name == "utf8") return Charset::kUtf8;
    if (name == "windows-1252" || name == "cp1252" || name == "iso-8859-1" ||
        name == "latin1" || name == "latin-1" || name == "us-ascii") {
      return Charset::kWindows1252;
    }
    return absl::InvalidArgumentError(absl::StrCat(
        "unsupported charset \"", name,
        "\"; accepted: utf-8, windows-1252, iso-8859-1, us-ascii"));
  }
  return Charset::kUtf8;
}

MappedText Windows1252ToUtf8(absl::string_view content) {
  MappedText out;
  out.text.reserve(content.size() + content.size() / 8);
  out.offsets.reserve(out.text.capacity());
  for (size_t i = 0; i < content.size(); ++i) {
    AppendUtf8(Windows1252CodePoint(static_cast<unsigned char>(content[i])),
               &out.text);
    out.offsets.resize(out.text.size(), static_cast<uint32_t>(i));
  }
  return out;
}

}  // namespace amicus::extract
