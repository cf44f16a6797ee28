#include "extract/quote_marks.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "extract/byte_scan.h"
#include "extract/quote_attribution.h"
#include "extract/text_units.h"

namespace amicus::extract {
namespace {

constexpr absl::string_view kLeftDouble = "\xE2\x80\x9C";
constexpr absl::string_view kRightDouble = "\xE2\x80\x9D";
constexpr absl::string_view kLeftSingle = "\xE2\x80\x98";
constexpr absl::string_view kRightSingle = "\xE2\x80\x99";
// « » and the German low opening mark „.
constexpr absl::string_view kLeftGuillemet = "\xC2\xAB";
constexpr absl::string_view kRightGuillemet = "\xC2\xBB";
constexpr absl::string_view kLowDouble = "\xE2\x80\x9E";

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxTermWords = 3;

bool IsCueStart(absl::string_view lowercase) {
  return IsSpeechVerb(lowercase) || lowercase == "according" || lowercase == "he" ||
         lowercase == "she";
}

bool IsSpaceAt(absl::string_view t, size_t i) {
  return i < t.size() && (t[i] == ' ' || t[i] == '\n');
}

bool IsLetterOrDigit(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The start of the word after `pos` (skipping one space), lowercased.
std::string NextWord(absl::string_view t, size_t pos, size_t end) {
  if (pos >= end || t[pos] != ' ') return "";
  size_t b = pos + 1;
  size_t e = b;
  while (e < end && absl::ascii_isalpha(static_cast<unsigned char>(t[e]))) ++e;
  return absl::AsciiStrToLower(t.substr(b, e - b));
}

// A right single quote (or straight ') after a word closes a quotation
// only where a quotation plausibly ends; "the US’ bullying" does not.
bool AcceptSingleCloser(absl::string_view t, size_t begin, size_t end,
                        size_t para_end) {
  char prev = begin > 0 ? t[begin - 1] : ' ';
  if (absl::StrContains(".,!?;:", std::string(1, prev))) return true;
  if (end >= para_end) return true;
  char next = t[end];
  if (absl::StrContains(",.;:!?)", std::string(1, next))) return true;
  if (IsCueStart(NextWord(t, end, para_end))) return true;
  absl::string_view rest = t.substr(end, para_end - end);
  return absl::StartsWith(rest, " \xE2\x80\x93") ||
         absl::StartsWith(rest, " \xE2\x80\x94") ||
         absl::StartsWith(rest, absl::StrCat(" ", kLeftSingle));
}

// « and » at t[i]: French quotations open with « and close with », with
// or without a space inside (« Nous … »); German ones run »…«. So a mark
// glued to the word before it and not to one after closes, one glued to
// the word after it and not to one before opens, and a mark with space
// on both sides takes its glyph's direction.
void Guillemet(absl::string_view t, size_t i, size_t b, size_t e, size_t index,
               std::vector<QuoteMark>& out) {
  absl::string_view glyph = t.substr(i, 2);
  if (glyph != kLeftGuillemet && glyph != kRightGuillemet) return;
  bool glued_before = i > b && (IsLetterOrDigit(t[i - 1]) ||
                                absl::StrContains(".,!?;:", std::string(1, t[i - 1])));
  bool glued_after = i + 2 < e && IsLetterOrDigit(t[i + 2]);
  bool opener = glyph == kLeftGuillemet;
  if (glued_before && !glued_after) opener = false;
  if (glued_after && !glued_before) opener = true;
  out.push_back({i, i + 2, index, MarkFamily::kDouble, opener});
}

// Whether the eight bytes at `p` are all ASCII and none is '"' or '\'':
// bytes the scan below only steps over. Most of any paragraph.
inline bool PlainAscii8(const char* p) {
  uint64_t v = Load8(p);
  return !HasNonAscii(v) && !HasByte(v, '"') && !HasByte(v, '\'');
}

void FindMarksIn(absl::string_view t, const Paragraph& p, size_t index,
                 std::vector<QuoteMark>& out) {
  size_t b = p.range.begin;
  size_t e = p.range.end;
  // A left single quote waiting for its right one: a right quote at the
  // end of a short term then closes it wherever it stands ("of
  // ‘promoting’ and ‘endorsing’ terrorism"); after a longer run it may be
  // a possessive ("against the US’ bullying").
  size_t single_open = kNone;
  for (size_t i = b; i < e; ++i) {
    while (i + 8 <= e && PlainAscii8(t.data() + i)) i += 8;
    if (i >= e) break;
    // Every mark starts with '"', '\'' or the lead byte 0xE2 of a curly
    // quote; other bytes only need stepping over.
    unsigned char lead = static_cast<unsigned char>(t[i]);
    if (lead == 0xC2) {
      if (i + 1 < e) Guillemet(t, i, b, e, index, out);
      ++i;
      continue;
    }
    if (lead != 0xE2 && lead != '"' && lead != '\'') {
      if (lead >= 0xE0) i += 2;
      continue;
    }
    absl::string_view rest = t.substr(i, std::min<size_t>(3, e - i));
    bool space_before = i == b || IsSpaceAt(t, i - 1) || t[i - 1] == '(' ||
                        t[i - 1] == '[';
    size_t after = i + rest.size();
    bool word_after = after < e && IsLetterOrDigit(t[after]);
    if (rest == kLeftDouble) {
      // "...the cause.“": a left mark typed for a right one, and the
      // closing mark after „ ("„Wir gehen“, sagte sie").
      bool closes = !space_before && !word_after;
      out.push_back({i, i + 3, index, MarkFamily::kDouble, !closes});
    } else if (rest == kLowDouble) {
      out.push_back({i, i + 3, index, MarkFamily::kDouble, true});
    } else if (rest == kRightDouble) {
      bool opens = space_before && word_after;
      out.push_back({i, i + 3, index, MarkFamily::kDouble, opens});
    } else if (rest == kLeftSingle) {
      out.push_back({i, i + 3, index, MarkFamily::kSingle, true});
      single_open = i + 3;
    } else if (rest == kRightSingle) {
      bool apostrophe = word_after;
      bool short_term = single_open != kNone &&
                        !HasMoreWordsThan(t.substr(single_open, i - single_open), kMaxTermWords);
      if (!apostrophe && !space_before && (short_term || AcceptSingleCloser(t, i, i + 3, e))) {
        out.push_back({i, i + 3, index, MarkFamily::kSingle, false});
        single_open = kNone;
      }
    } else if (t[i] == '"') {
      bool opens = space_before && i + 1 < e && !IsSpaceAt(t, i + 1);
      out.push_back({i, i + 1, index, MarkFamily::kDouble, opens});
    } else if (t[i] == '\'') {
      if (space_before && i + 1 < e && IsLetterOrDigit(t[i + 1])) {
        out.push_back({i, i + 1, index, MarkFamily::kSingle, true});
      } else if (!space_before && !(i + 1 < e && IsLetterOrDigit(t[i + 1])) &&
                 AcceptSingleCloser(t, i, i + 1, e)) {
        out.push_back({i, i + 1, index, MarkFamily::kSingle, false});
      }
    }
    if (static_cast<unsigned char>(t[i]) >= 0xE0) i += 2;
  }
}

}  // namespace

std::vector<QuoteMark> FindQuoteMarks(absl::string_view text,
                                      const std::vector<Paragraph>& paragraphs) {
  std::vector<QuoteMark> marks;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    FindMarksIn(text, paragraphs[p], p, marks);
  }
  return marks;
}

}  // namespace amicus::extract
