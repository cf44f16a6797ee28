#include "extract/media.h"

#include <algorithm>
#include <cstdint>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/types/span.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "extract/byte_scan.h"
#include "extract/charset.h"

namespace amicus::extract {
namespace {

constexpr absl::string_view kAccepted[] = {kTextPlain, kTextMarkdown,
                                           kTextHtml, kApplicationPdf};

std::string CanonicalType(absl::string_view type) {
  size_t semicolon = type.find(';');
  if (semicolon != absl::string_view::npos) type = type.substr(0, semicolon);
  std::string t = absl::AsciiStrToLower(absl::StripAsciiWhitespace(type));
  if (t == "text/x-markdown" || t == "text/md") return std::string(kTextMarkdown);
  if (t == "application/xhtml+xml") return std::string(kTextHtml);
  if (t == "application/x-pdf") return std::string(kApplicationPdf);
  return t;
}

bool IsAccepted(absl::string_view type) {
  for (absl::string_view a : kAccepted) {
    if (type == a) return true;
  }
  return false;
}

// Only the head of the content is inspected: markup shows itself early.
absl::string_view Head(absl::string_view content) {
  return content.substr(0, 4096);
}

// Every tag starts with '<': only those bytes are compared, ignoring
// case, instead of lowercasing a copy of the head of every document.
bool HasTagIn(absl::string_view content,
              absl::Span<const absl::string_view> tags) {
  absl::string_view head = Head(content);
  for (size_t at = head.find('<'); at != absl::string_view::npos;
       at = head.find('<', at + 1)) {
    for (absl::string_view tag : tags) {
      if (absl::StartsWithIgnoreCase(head.substr(at), tag)) return true;
    }
  }
  return false;
}

// Tags only a whole page has.
bool LooksLikeHtmlPage(absl::string_view content) {
  static constexpr absl::string_view kTags[] = {"<!doctype html", "<html",
                                                "<body", "<head"};
  return HasTagIn(content, kTags);
}

bool LooksLikeHtml(absl::string_view content) {
  static constexpr absl::string_view kTags[] = {"<p>", "<div", "<article", "<br"};
  return LooksLikeHtmlPage(content) || HasTagIn(content, kTags);
}

bool LooksLikeMarkdown(absl::string_view content) {
  absl::string_view head = Head(content);
  if (absl::StrContains(head, "**") || absl::StrContains(head, "](")) {
    return true;
  }
  // An ATX heading at the start of a line.
  size_t pos = 0;
  while (pos < head.size()) {
    size_t end = head.find('\n', pos);
    absl::string_view line = head.substr(pos, end == head.npos ? head.npos
                                                               : end - pos);
    if (absl::StartsWith(line, "# ") || absl::StartsWith(line, "## ")) {
      return true;
    }
    if (end == head.npos) break;
    pos = end + 1;
  }
  return false;
}

std::string TypeFromExtension(absl::string_view uri) {
  size_t cut = uri.find_first_of("?#");
  if (cut != uri.npos) uri = uri.substr(0, cut);
  size_t dot = uri.rfind('.');
  size_t slash = uri.rfind('/');
  if (dot == uri.npos || (slash != uri.npos && dot < slash)) return "";
  std::string ext = absl::AsciiStrToLower(uri.substr(dot + 1));
  if (ext == "txt" || ext == "text") return std::string(kTextPlain);
  if (ext == "md" || ext == "markdown") return std::string(kTextMarkdown);
  if (ext == "html" || ext == "htm") return std::string(kTextHtml);
  if (ext == "pdf") return std::string(kApplicationPdf);
  return "";
}

std::string SniffType(absl::string_view uri, absl::string_view content) {
  if (absl::StartsWith(content, "%PDF-")) return std::string(kApplicationPdf);
  std::string by_extension = TypeFromExtension(uri);
  // Markdown files (a site generator's posts) often carry HTML blocks of
  // their own ("<div class=...>", "<br>"), which Markdown renders; read
  // as HTML, their lists and paragraphs would run into one line.
  if (by_extension == kTextMarkdown && !LooksLikeHtmlPage(content)) {
    return by_extension;
  }
  if (LooksLikeHtml(content)) return std::string(kTextHtml);
  if (by_extension == kApplicationPdf) return by_extension;
  if (LooksLikeMarkdown(content)) return std::string(kTextMarkdown);
  if (!by_extension.empty()) return by_extension;
  return std::string(kTextPlain);
}

// The two whole-content scans below test eight bytes at a time
// (byte_scan.h): the content is nearly all printable ASCII text.
//
// Whether every byte of `v` is 0x20..0x7F or 0xA0..0xFF: then none is a
// control byte. (0x80..0x9F, continuation bytes of UTF-8, fail the test
// and leave the eight bytes to the byte-by-byte test.)
inline bool NoControlByte(uint64_t v) {
  return (((v | kHighBits) - 0x20 * kEachByte) & kHighBits) == kHighBits;
}

// Text should hold no NUL and only a few control bytes other than
// tab, newline, carriage return and form feed.
bool LooksBinary(absl::string_view content) {
  size_t control = 0;
  const size_t n = content.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && NoControlByte(Load8(content.data() + i))) {
      i += 8;
      continue;
    }
    for (size_t end = std::min(n, i + 8); i < end; ++i) {
      unsigned char c = static_cast<unsigned char>(content[i]);
      if (c == 0) return true;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        ++control;
      }
    }
  }
  return control * 100 > content.size() * 5;
}

// UTF-8 encodings of the non-ASCII code points that print nothing: no-break
// and typographic spaces, zero-width space, line/paragraph separators, the
// ideographic space and the byte-order mark.
constexpr absl::string_view kBlankSequences[] = {
    "\xc2\xa0",     "\xe1\x9a\x80", "\xe2\x80\x80", "\xe2\x80\x81",
    "\xe2\x80\x82", "\xe2\x80\x83", "\xe2\x80\x84", "\xe2\x80\x85",
    "\xe2\x80\x86", "\xe2\x80\x87", "\xe2\x80\x88", "\xe2\x80\x89",
    "\xe2\x80\x8a", "\xe2\x80\x8b", "\xe2\x80\xa8", "\xe2\x80\xa9",
    "\xe2\x80\xaf", "\xe2\x81\x9f", "\xe3\x80\x80", "\xef\xbb\xbf"};

size_t BlankSequenceLength(absl::string_view rest) {
  for (absl::string_view blank : kBlankSequences) {
    if (absl::StartsWith(rest, blank)) return blank.size();
  }
  return 0;
}

}  // namespace

bool IsBlank(absl::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (absl::ascii_isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t blank = BlankSequenceLength(text.substr(i));
    if (blank == 0) return false;
    i += blank;
  }
  return true;
}

size_t FirstInvalidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at once: most of any text.
    if (i + 8 <= n && !HasNonAscii(Load8(text.data() + i))) {
      i += 8;
      continue;
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (overlong || surrogate || cp > 0x10FFFF) return i;
    i += len;
  }
  return absl::string_view::npos;
}

absl::StatusOr<std::string> ResolveMediaType(absl::string_view source_uri,
                                             absl::string_view content,
                                             absl::string_view media_type,
                                             size_t max_bytes) {
  if (content.size() > max_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("content is ", content.size(),
                     " bytes, over the limit of ", max_bytes, " bytes"));
  }
  if (content.empty()) return absl::InvalidArgumentError("content is empty");
  std::string type = media_type.empty() ? SniffType(source_uri, content)
                                        : CanonicalType(media_type);
  if (!IsAccepted(type)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "unsupported media type \"", media_type, "\"; accepted types: ",
        absl::StrJoin(kAccepted, ", ")));
  }
  if (type == kApplicationPdf) {
    if (!absl::StartsWith(content, "%PDF-")) {
      return absl::InvalidArgumentError(
          "content declared as application/pdf does not start with %PDF-");
    }
    return type;
  }
  if (IsBlank(content)) {
    return absl::InvalidArgumentError("content is only whitespace");
  }
  if (LooksBinary(content)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "content looks binary (NUL or control bytes), not ", type));
  }
  absl::StatusOr<Charset> charset = DeclaredCharset(media_type);
  if (!charset.ok()) return charset.status();
  // Every byte is a character in Windows-1252: nothing more to validate.
  if (*charset == Charset::kWindows1252) return type;
  size_t bad = FirstInvalidUtf8(content);
  if (bad != absl::string_view::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("content is not valid UTF-8: invalid byte sequence at "
                     "byte offset ",
                     bad));
  }
  return type;
}

}  // namespace amicus::extract
