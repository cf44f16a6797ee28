#include "extract/page_furniture.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/header_dates.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

using amicus::v1::DocumentKind;

constexpr size_t kMaxBannerWords = 8;
constexpr size_t kMaxHeaderWords = 6;   // words around a header's date
constexpr size_t kMaxGluedLabelBytes = 24;

// "Urgent appeal - The Network:" -> "urgent appeal".
std::string BannerText(absl::string_view line) {
  std::string l = absl::AsciiStrToLower(absl::StripAsciiWhitespace(line));
  for (absl::string_view cut : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | "}) {
    size_t at = l.find(cut.data(), 0, cut.size());
    if (at != std::string::npos) l.resize(at);
  }
  absl::string_view v = absl::StripAsciiWhitespace(l);
  while (!v.empty() && (v.back() == ':' || v.back() == '.')) v.remove_suffix(1);
  return std::string(absl::StripAsciiWhitespace(v));
}

DocumentKind GenreOfSingular(absl::string_view phrase, bool news_counts) {
  for (absl::string_view p : {"press release", "for immediate release", "immediate release",
                              "news release", "media release", "press statement",
                              "for release", "press"}) {
    if (phrase == p) return amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
  }
  if (absl::StartsWith(phrase, "embargoed")) return amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
  for (absl::string_view p : {"statement", "joint statement", "public statement",
                              "oral statement", "written statement", "urgent appeal",
                              "appeal", "urgent action", "declaration", "joint declaration"}) {
    if (phrase == p) return amicus::v1::DOCUMENT_KIND_STATEMENT;
  }
  // A research report's summary is a publication of its own, not a news
  // release: "any other statement" (FORMAT.md).
  for (absl::string_view p : {"report", "report summary", "executive summary",
                              "summary of the report"}) {
    if (phrase == p) return amicus::v1::DOCUMENT_KIND_STATEMENT;
  }
  for (absl::string_view p : {"open letter", "joint letter", "joint open letter", "letter"}) {
    if (phrase == p) return amicus::v1::DOCUMENT_KIND_JOINT_LETTER;
  }
  if (news_counts && phrase == "news") return amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
  return amicus::v1::DOCUMENT_KIND_UNSPECIFIED;
}

// Also in the plural a site files under ("Media releases", "Statements").
DocumentKind GenreOf(absl::string_view phrase, bool news_counts) {
  DocumentKind k = GenreOfSingular(phrase, news_counts);
  if (k != amicus::v1::DOCUMENT_KIND_UNSPECIFIED || !absl::EndsWith(phrase, "s")) return k;
  return GenreOfSingular(phrase.substr(0, phrase.size() - 1), news_counts);
}

// Words a date header may hold besides the date: places, the site's
// name, weekdays (all capitalized), and a few labels.
bool IsHeaderWord(const Word& w) {
  if (!w.is_word) return true;
  // A separator outside ASCII ("·", "•", "–") tokenizes as a word.
  bool ascii_alnum = false;
  for (char c : w.text) ascii_alnum = ascii_alnum || absl::ascii_isalnum(static_cast<unsigned char>(c));
  if (!ascii_alnum && w.text.size() <= 3) return true;
  if (w.capitalized()) return true;
  // An issue number or a time ("Issue 112", "11:27").
  if (absl::ascii_isdigit(static_cast<unsigned char>(w.text[0]))) return w.text.size() <= 4;
  // "Press release, 22 January 2026", "Joint statement – 3 May": what
  // the document is, in lowercase after its first word.
  for (absl::string_view l : {"on", "by", "at", "in", "of", "the", "and", "date", "dated",
                              "posted", "published", "updated", "last", "news", "am", "pm",
                              "de", "del", "la", "le", "release", "statement", "letter",
                              "advisory", "briefing", "update", "alert"}) {
    if (w.Is(l)) return true;
  }
  return false;
}

bool IsDateLabel(const Word& w) {
  for (absl::string_view l : {"date", "dated", "posted", "published", "updated", "on"}) {
    if (w.Is(l)) return true;
  }
  return false;
}

}  // namespace

DocumentKind BannerKind(absl::string_view line) {
  if (HasMoreWordsThan(line, kMaxBannerWords)) return amicus::v1::DOCUMENT_KIND_UNSPECIFIED;
  return GenreOf(BannerText(line), false);
}

DocumentKind LabelKind(absl::string_view label, bool news_counts) {
  for (absl::string_view part : absl::StrSplit(label, absl::ByAnyChar(",/"))) {
    DocumentKind k = GenreOf(absl::AsciiStrToLower(absl::StripAsciiWhitespace(part)), news_counts);
    if (k != amicus::v1::DOCUMENT_KIND_UNSPECIFIED) return k;
  }
  return amicus::v1::DOCUMENT_KIND_UNSPECIFIED;
}

bool IsListingLabel(absl::string_view line) {
  if (HasMoreWordsThan(line, 10)) return false;
  std::string l = absl::AsciiStrToLower(absl::StripAsciiWhitespace(line));
  for (absl::string_view p : {"posts tagged", "tag:", "tagged:", "tag archives",
                              "category:", "category archives", "archive for", "archives",
                              "search results", "results for", "you searched for",
                              "showing results", "posts by", "author archives", "filed under"}) {
    if (absl::StartsWith(l, p)) return true;
  }
  return false;
}

namespace {

// A middle dot separates a newsletter's header fields as '|' does a
// site's ("Issue 27 · 16 May 2025 · A fortnightly newsletter of ..."):
// the fields are split at both, so the date's field is read alone.
std::vector<absl::string_view> HeaderSegments(absl::string_view line) {
  if (line.find("\xC2\xB7") == absl::string_view::npos) return absl::StrSplit(line, '|');
  std::vector<absl::string_view> out;
  for (absl::string_view bar : absl::StrSplit(line, '|')) {
    for (absl::string_view dot : absl::StrSplit(bar, " \xC2\xB7 ")) out.push_back(dot);
  }
  return out;
}

// The date an explicit "Date:" label gives in a short line of labelled
// fields, the way urgent actions and case sheets head their text ("UA:
// 61/25 Index: ASA 33/0417/2025 Pakistan Date: 23 April 2025"): the
// other fields hold too many words for a date header, the label says
// which date is the document's.
constexpr size_t kMaxFieldLineWords = 20;
absl::optional<HeaderDate> LabelledFieldDate(absl::string_view line) {
  if (HasMoreWordsThan(line, kMaxFieldLineWords)) return absl::nullopt;
  std::string lower = absl::AsciiStrToLower(line);
  for (size_t at = lower.find("date:"); at != std::string::npos;
       at = lower.find("date:", at + 1)) {
    // "Update:" or "Deadline date:" name other dates.
    if (at > 0 && lower[at - 1] != ' ') continue;
    if (at >= 9 && lower.compare(at - 9, 9, "deadline ") == 0) continue;
    size_t value = at + 5;
    while (value < line.size() && line[value] == ' ') ++value;
    absl::optional<DateMention> m = FirstHeaderDate(line.substr(value));
    if (!m || m->begin != 0) continue;
    HeaderDate out;
    out.mention = *m;
    out.mention.begin += value;
    out.mention.end += value;
    return out;
  }
  return absl::nullopt;
}

// A header line read as ReadHeaderDate documents it.
absl::optional<HeaderDate> ReadDateHeader(absl::string_view line) {
  std::vector<absl::string_view> segments = HeaderSegments(line);
  for (size_t s = 0; s < segments.size() && s < 2; ++s) {
    absl::string_view seg = segments[s];
    size_t seg_begin = seg.data() - line.data();
    absl::optional<DateMention> m = FirstHeaderDate(seg);
    if (!m) continue;
    HeaderDate out;
    out.mention = *m;
    out.mention.begin += seg_begin;
    out.mention.end += seg_begin;
    out.before = absl::StripAsciiWhitespace(seg.substr(0, m->begin));
    std::vector<Word> before = Tokenize(seg.substr(0, m->begin));
    std::vector<Word> after = Tokenize(seg.substr(m->end));
    bool header = before.size() + after.size() <= 2 * kMaxHeaderWords;
    size_t words = 0;
    for (const auto* part : {&before, &after}) {
      for (const Word& w : *part) {
        header = header && IsHeaderWord(w);
        words += w.is_word;
      }
    }
    if (header && words <= kMaxHeaderWords) {
      if (s + 1 < segments.size()) {
        out.label = std::string(absl::StripAsciiWhitespace(segments[s + 1]));
      }
      return out;
    }
    // "date 2023-09-05 Responding to ...": a label and a date opening
    // the line, then the text.
    if (s == 0 && m->begin <= kMaxGluedLabelBytes) {
      // "On 4 May 2020, police ..." is an event, "Posted on 4 May" a label.
      bool labelled = !before.empty() && IsDateLabel(before[0]) && !before[0].Is("on");
      for (const Word& w : before) labelled = labelled && (!w.is_word || IsDateLabel(w));
      if (labelled) {
        out.glued = true;
        return out;
      }
    }
    return absl::nullopt;
  }
  return absl::nullopt;
}

}  // namespace

absl::optional<HeaderDate> ReadHeaderDate(absl::string_view line) {
  absl::optional<HeaderDate> header = ReadDateHeader(line);
  return header ? header : LabelledFieldDate(line);
}

size_t FirstItemEnd(absl::string_view text, const std::vector<Paragraph>& paras) {
  size_t headers = 0;
  for (size_t i = 0; i < paras.size(); ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (p.find('|') == absl::string_view::npos || HasMoreWordsThan(p, 16)) continue;
    absl::optional<HeaderDate> h = ReadHeaderDate(p);
    if (h && !h->label.empty() && ++headers == 2) return i;
  }
  return paras.size();
}

}  // namespace amicus::extract
