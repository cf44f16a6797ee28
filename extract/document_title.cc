#include "extract/document_title.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/document_info.h"
#include "extract/page_furniture.h"
#include "extract/signatories.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr size_t kHeadParagraphs = 15;
constexpr size_t kMinTitleWords = 3;
constexpr size_t kMaxTitleWords = 30;
constexpr size_t kMaxLeadTitleWords = 20;

// "PRESS RELEASE: Title" -> "Title": the genre is the kind, not the title.
absl::string_view WithoutGenrePrefix(absl::string_view title) {
  size_t colon = title.find(':');
  if (colon == absl::string_view::npos || colon > 40) return title;
  amicus::v1::DocumentKind k = BannerKind(title.substr(0, colon));
  if (k != amicus::v1::DOCUMENT_KIND_PRESS_RELEASE) return title;
  return absl::StripAsciiWhitespace(title.substr(colon + 1));
}

// "AI Index: AMR 43/8812/2025", "VEN 002 / 0325 / OBS 031": more numbers
// than words, a filing reference.
bool IsReference(absl::string_view p) {
  size_t numbers = 0, words = 0;
  for (const Word& w : Tokenize(p)) {
    if (!w.is_word) continue;
    absl::ascii_isdigit(static_cast<unsigned char>(w.text[0])) ? ++numbers : ++words;
  }
  return numbers * 2 >= words;
}

bool IsFurniture(absl::string_view p) {
  return BannerKind(p) != amicus::v1::DOCUMENT_KIND_UNSPECIFIED ||
         LabelKind(p, true) != amicus::v1::DOCUMENT_KIND_UNSPECIFIED ||
         IsListingLabel(p) || ReadHeaderDate(p).has_value() || IsSalutation(p) ||
         IsReference(p);
}

// "Title | Site" or "Title - Site" whose bare title is `later`.
bool HasSiteSuffix(absl::string_view p, absl::string_view later) {
  if (later.size() >= p.size() || !absl::StartsWith(p, later)) return false;
  absl::string_view rest = p.substr(later.size());
  return absl::StartsWith(rest, " | ") || absl::StartsWith(rest, " - ") ||
         absl::StartsWith(rest, " \xE2\x80\x93 ") || absl::StartsWith(rest, " \xE2\x80\x94 ");
}

// A content word's stem, crudely: its first five letters, lower-cased
// ("Nigerian" and "Nigeria" meet); short words do not count.
constexpr size_t kStemBytes = 5;
constexpr size_t kMinContentBytes = 4;

absl::flat_hash_set<std::string> Stems(absl::string_view s) {
  absl::flat_hash_set<std::string> out;
  for (const Word& w : Tokenize(s)) {
    if (!w.is_word || w.text.size() < kMinContentBytes || IsNameConnectorAnyCase(w.text)) {
      continue;
    }
    out.insert(absl::AsciiStrToLower(w.text.substr(0, kStemBytes)));
  }
  return out;
}

// A heading with no word in common with the lead heads another item: a
// teaser or a site banner above the document.
bool SharesWords(absl::string_view heading, const absl::flat_hash_set<std::string>& lead) {
  for (const std::string& stem : Stems(heading)) {
    if (lead.contains(stem)) return true;
  }
  return false;
}

// The lead's first sentence, cut to a headline's length at a word.
std::string LeadTitle(absl::string_view lead) {
  if (absl::optional<HeaderDate> h = ReadHeaderDate(lead); h && h->glued) {
    lead = absl::StripLeadingAsciiWhitespace(lead.substr(h->mention.end));
  }
  lead.remove_prefix(DatelineLength(lead, nullptr));
  std::vector<Range> sentences = Sentences(lead, Range{0, lead.size()});
  absl::string_view first = sentences.empty() ? lead : sentences[0].in(lead);
  std::vector<Word> words = Tokenize(first);
  size_t count = 0;
  for (const Word& w : words) {
    if (w.is_word && ++count > kMaxLeadTitleWords) {
      absl::string_view cut = absl::StripTrailingAsciiWhitespace(first.substr(0, w.begin));
      while (!cut.empty() && (cut.back() == ',' || cut.back() == ';')) cut.remove_suffix(1);
      return absl::StrCat(cut, "\xE2\x80\xA6");
    }
  }
  return std::string(first);
}

}  // namespace

std::string FindTitle(absl::string_view text, const std::vector<Paragraph>& paras,
                      const DocumentMeta& meta) {
  if (!meta.title.empty()) {
    // A header's title may keep the runs of spaces its source had.
    std::string title = absl::StrJoin(
        absl::StrSplit(WithoutGenrePrefix(meta.title), ' ', absl::SkipEmpty()), " ");
    return title;
  }
  size_t end = std::min({paras.size(), kHeadParagraphs, FirstItemEnd(text, paras)});
  // A letter's subject line names it better than its address block.
  for (size_t i = 0; i < end; ++i) {
    absl::string_view p = paras[i].range.in(text);
    for (absl::string_view prefix : {"Re:", "RE:", "Subject:", "SUBJECT:"}) {
      if (absl::StartsWith(p, prefix) && HasMoreWordsThan(p, 2)) {
        return std::string(absl::StripAsciiWhitespace(p.substr(prefix.size())));
      }
    }
  }
  size_t lead = std::min(LeadParagraph(text, paras), end);
  absl::flat_hash_set<std::string> lead_stems;
  if (lead < paras.size()) lead_stems = Stems(paras[lead].range.in(text));
  for (size_t i = 0; i < lead; ++i) {
    absl::string_view p = paras[i].range.in(text);
    size_t words = CountWords(p);
    if (words < kMinTitleWords || words > kMaxTitleWords || absl::EndsWith(p, ".") ||
        IsFurniture(p) || (!lead_stems.empty() && !SharesWords(p, lead_stems))) {
      continue;
    }
    for (size_t j = i + 1; j < lead; ++j) {
      absl::string_view later = paras[j].range.in(text);
      if (HasSiteSuffix(p, later)) return std::string(later);
    }
    return std::string(WithoutGenrePrefix(p));
  }
  if (lead < paras.size()) return LeadTitle(paras[lead].range.in(text));
  return paras.empty() ? "" : std::string(paras[0].range.in(text));
}

}  // namespace amicus::extract
