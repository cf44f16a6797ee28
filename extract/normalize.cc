#include "extract/normalize.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "extract/byte_scan.h"
#include "extract/html_entities.h"
#include "extract/lexicon.h"
#include "extract/ligatures.h"
#include "extract/line_assembly.h"
#include "extract/markdown.h"

namespace amicus::extract {
namespace {

// Decodes the code point at t[i] (valid UTF-8 assumed; a stray byte is
// returned as itself) and its length.
uint32_t DecodeAt(const std::string& t, size_t i, size_t& len) {
  auto c = static_cast<unsigned char>(t[i]);
  len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (len == 1 || i + len > t.size()) {
    len = 1;
    return c;
  }
  uint32_t cp = c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
  }
  return cp;
}

// ASCII that NormalizeCharacters copies unchanged.
bool IsPlainAscii(char c) {
  return static_cast<unsigned char>(c) < 0x80 && c != '\r' && c != '\t' &&
         c != '\v' && c != '\f';
}

// IsPlainAscii of all eight bytes of `v`.
bool IsPlainAscii8(uint64_t v) {
  return !HasNonAscii(v) && !HasByte(v, '\r') && !HasByte(v, '\t') && !HasByte(v, '\v') &&
         !HasByte(v, '\f');
}

bool IsUnicodeSpace(uint32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool IsInvisible(uint32_t cp) {
  return cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D ||
         cp == 0x2060 || cp == 0xFEFF;
}

const char* LigatureSpelling(uint32_t cp) {
  switch (cp) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05:
    case 0xFB06: return "st";
    default: return nullptr;
  }
}

}  // namespace

MappedText NormalizeCharacters(const MappedText& in) {
  const std::string& t = in.text;
  MappedTextBuilder out(t.size());
  size_t i = 0;
  while (i < t.size()) {
    uint32_t origin = in.offsets[i];
    char c = t[i];
    if (c == '\r') {
      out.AppendChar('\n', origin);
      i += (i + 1 < t.size() && t[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '\t' || c == '\v') {
      out.AppendChar(' ', origin);
      ++i;
      continue;
    }
    if (c == '\f') {
      out.AppendAt("\n\n", origin);
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      // Copy the whole run of plain ASCII at once: appending byte by byte
      // dominated this pass.
      size_t run = i + 1;
      while (run + 8 <= t.size() && IsPlainAscii8(Load8(t.data() + run))) run += 8;
      while (run < t.size() && IsPlainAscii(t[run])) ++run;
      out.AppendFrom(in, i, run);
      i = run;
      continue;
    }
    size_t len;
    uint32_t cp = DecodeAt(t, i, len);
    if (IsUnicodeSpace(cp)) {
      out.AppendChar(' ', origin);
    } else if (cp == 0x2028 || cp == 0x2029) {
      out.AppendChar('\n', origin);
    } else if (const char* spelled = LigatureSpelling(cp)) {
      out.AppendAt(spelled, origin);
    } else if (!IsInvisible(cp)) {
      out.AppendFrom(in, i, i + len);
    }
    i += len;
  }
  return out.Finish();
}

NormalizedText Normalize(const MappedText& raw, bool markdown,
                         const WordList* dictionary) {
  NormalizedText result;
  // Markdown's character references are decoded first, so that a
  // no-break space or a curly quote is normalized like a typed one.
  MappedText text = markdown ? NormalizeCharacters(DecodeEntities(raw))
                             : NormalizeCharacters(raw);
  if (markdown) text = StripMarkdown(text);
  Lexicon lexicon(text.text, dictionary);
  // Lines first, so that words split across lines are whole before repair.
  text = AssembleLines(text, lexicon);
  LigatureRepair repair = RepairLigatures(text, lexicon);
  if (repair.repaired_words > 0) {
    result.warnings.push_back(absl::StrCat(
        "repaired ", repair.repaired_words, " ligature-damaged words"));
  }
  result.text = std::move(repair.text);
  return result;
}

}  // namespace amicus::extract
