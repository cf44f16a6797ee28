#include "extract/document_info.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/signatories.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr size_t kHeadParagraphs = 15;
constexpr size_t kMaxDateLineWords = 9;
constexpr size_t kMaxPlaceWords = 4;

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

// "GENEVA" -> "Geneva"; mixed case is kept.
std::string PlaceCase(absl::string_view place) {
  bool all_upper = true;
  for (char c : place) {
    if (absl::ascii_islower(static_cast<unsigned char>(c))) all_upper = false;
  }
  std::string out(place);
  if (!all_upper) return out;
  bool start = true;
  for (char& c : out) {
    c = start ? c : absl::ascii_tolower(static_cast<unsigned char>(c));
    start = c == ' ' || c == '-';
  }
  return out;
}

// A place: one to four capitalized words, no digits, not a month.
bool LooksLikePlace(absl::string_view s) {
  std::vector<Word> words = Tokenize(s);
  if (words.empty() || words.size() > kMaxPlaceWords) return false;
  for (const Word& w : words) {
    if (!w.is_word || !(w.capitalized() || w.Is("of"))) return false;
    if (MonthNumber(w.text) != 0) return false;
    if (absl::ascii_isdigit(static_cast<unsigned char>(w.text[0]))) return false;
  }
  std::string lower = Lower(s);
  // "NAIROBI" is a dateline city even though it looks like an acronym.
  bool capital_city = words.size() == 1 && words[0].all_caps();
  return lower != "for immediate release" && (capital_city || !LooksLikeOrganization(s));
}

bool IsBanner(absl::string_view p) {
  std::string l = Lower(p);
  return absl::StrContains(l, "immediate release") || l == "press release" ||
         l == "news" || absl::StartsWith(l, "embargoed");
}

bool IsDateOnly(absl::string_view p) {
  DateScan scan = FindDates(p, absl::nullopt);
  return !scan.mentions.empty() && CountWords(p) <= kMaxDateLineWords;
}

}  // namespace

size_t DatelineLength(absl::string_view p, std::string* place) {
  for (absl::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " -- "}) {
    // Only a dash in the first 60 bytes counts: search no further (this
    // runs for the first sentence of every paragraph).
    size_t at = p.substr(0, 60 + dash.size()).find(dash);
    if (at == absl::string_view::npos || at > 60) continue;
    absl::string_view head = p.substr(0, at);
    absl::string_view city = head.substr(0, std::min(head.find(','), head.find(" (")));
    bool dated_or_bare = head.size() == city.size() ||
                         !FindDates(head, absl::nullopt).mentions.empty();
    if (!dated_or_bare || !LooksLikePlace(city)) continue;
    if (CountWords(p.substr(at)) < 6) continue;  // a title, not a dateline
    if (place) *place = PlaceCase(city);
    return at + dash.size();
  }
  return 0;
}

DocumentDate FindDocumentDate(absl::string_view text,
                              const std::vector<Paragraph>& paras) {
  DocumentDate out;
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
    absl::string_view p = paras[i].range.in(text);
    std::string place;
    size_t dateline = DatelineLength(p, &place);
    absl::string_view head = dateline > 0 ? p.substr(0, dateline) : p;
    if (dateline == 0 && CountWords(p) > kMaxDateLineWords) continue;
    DateScan scan = FindDates(head, absl::nullopt);
    if (scan.mentions.empty()) {
      if (dateline > 0 && out.place.empty()) out.place = place;
      continue;
    }
    const DateMention& m = scan.mentions.front();
    if (m.date.precision == amicus::v1::DATE_PRECISION_YEAR) continue;
    out.date = m.date;
    out.paragraph = i;
    if (!place.empty()) {
      out.place = place;
    } else if (out.place.empty()) {
      // "New York, 28 April 2020"
      absl::string_view before = absl::StripAsciiWhitespace(head.substr(0, m.begin));
      before = absl::StripSuffix(before, ",");
      if (LooksLikePlace(before)) out.place = PlaceCase(before);
    }
    break;
  }
  // A dateline without a date further down the head ("The Hague — ...").
  if (out.place.empty()) {
    for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
      std::string place;
      if (DatelineLength(paras[i].range.in(text), &place) > 0) {
        out.place = place;
        break;
      }
    }
  }
  return out;
}

std::string FindTitle(absl::string_view text, const std::vector<Paragraph>& paras) {
  // A letter's subject line names it better than its address block.
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
    absl::string_view p = paras[i].range.in(text);
    for (absl::string_view prefix : {"Re:", "RE:", "Subject:", "SUBJECT:"}) {
      if (absl::StartsWith(p, prefix) && CountWords(p) > 2) {
        return std::string(absl::StripAsciiWhitespace(p.substr(prefix.size())));
      }
    }
  }
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
    absl::string_view p = paras[i].range.in(text);
    size_t words = CountWords(p);
    if (words < 3 || words > 30 || IsBanner(p) || IsDateOnly(p) ||
        IsSalutation(p) || absl::EndsWith(p, ".")) {
      continue;
    }
    return std::string(p);
  }
  return paras.empty() ? "" : std::string(paras[0].range.in(text));
}

amicus::v1::DocumentKind Classify(absl::string_view text,
                                  const std::vector<Paragraph>& paras,
                                  bool has_signatories) {
  bool salutation = false;
  bool undersigned = false;
  for (const Paragraph& p : paras) {
    absl::string_view s = p.range.in(text);
    salutation = salutation || IsSalutation(s);
    undersigned = undersigned || absl::StrContains(Lower(s.substr(0, 200)), "the undersigned");
  }
  if (salutation && (has_signatories || undersigned)) {
    return amicus::v1::DOCUMENT_KIND_JOINT_LETTER;
  }
  for (size_t i = 0; i < paras.size() && i < 3; ++i) {
    std::string head = Lower(paras[i].range.in(text).substr(0, 200));
    if (IsBanner(head) || absl::StrContains(head, "press release")) break;
    if (CountWords(head) <= 20 &&
        (absl::StrContains(head, "joint statement") || absl::StrContains(head, "open statement") ||
         absl::StrContains(head, "public statement") || absl::StartsWith(head, "statement"))) {
      return amicus::v1::DOCUMENT_KIND_STATEMENT;
    }
  }
  return amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
}

namespace {

bool IsCoreOrgWord(absl::string_view lowercase) {
  static const auto* kWords = new absl::flat_hash_set<absl::string_view>{
      "court", "commission", "union", "coalition", "network", "watch", "council",
      "service", "society", "federation", "institute", "organization",
      "organisation", "committee", "association", "movement", "foundation",
      "center", "centre", "alliance", "league", "campaign", "trust", "forum",
      "jurists", "lawyers", "amnesty", "group", "project", "initiative"};
  return kWords->contains(lowercase);
}

bool IsIssuerVerb(const Word& w) {
  static const auto* kVerbs = new absl::flat_hash_set<absl::string_view>{
      "call", "calls", "called", "welcome", "welcomes", "welcomed", "wrote",
      "write", "writes", "urge", "urges", "urged", "condemn", "condemns",
      "condemned", "express", "expresses", "expressed", "denounce", "denounces",
      "demand", "demands", "sent", "send", "submitted", "issued", "published",
      "released", "are", "is", "have", "has", "today", "jointly", "strongly",
      "reiterate", "reiterates", "warn", "warns", "appeal", "appeals", "said"};
  return w.is_word && kVerbs->contains(Lower(w.text));
}

}  // namespace

std::vector<amicus::v1::Organization> FindIssuers(
    absl::string_view text, const std::vector<Paragraph>& paras,
    const OrgDirectory& orgs) {
  std::vector<amicus::v1::Organization> out;
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (CountWords(p) < 15 || !absl::EndsWith(p, ".")) continue;  // titles
    p.remove_prefix(DatelineLength(p, nullptr));
    std::vector<Range> sentences = Sentences(p, Range{0, p.size()});
    absl::string_view first = sentences.empty() ? p : sentences[0].in(p);
    std::vector<Word> words = Tokenize(first);
    size_t verb = 0;
    while (verb < words.size() && !IsIssuerVerb(words[verb])) ++verb;
    if (verb == words.size() || verb == 0) continue;
    // Walk back over the subject: names, acronyms, "the", "and", commas.
    size_t start = verb;
    while (start > 0) {
      const Word& w = words[start - 1];
      bool ok = w.capitalized() || w.text == "," || w.text == "(" || w.text == ")" ||
                (w.is_word && IsNameConnectorAnyCase(w.text));
      if (!ok) break;
      --start;
    }
    if (start == verb) return out;
    absl::string_view subject = first.substr(words[start].begin,
                                             words[verb - 1].end - words[start].begin);
    absl::flat_hash_set<std::string> seen;
    for (absl::string_view part : absl::StrSplit(subject, absl::ByAnyChar(","))) {
      for (absl::string_view piece : absl::StrSplit(part, " and ")) {
        piece = absl::StripAsciiWhitespace(piece);
        if (piece.empty()) continue;
        std::string full = orgs.FullName(piece);
        bool core = !orgs.AcronymOf(full).empty() || orgs.IsAcronym(piece);
        for (const Word& w : Tokenize(full)) core = core || IsCoreOrgWord(Lower(w.text));
        if (!core || !seen.insert(Lower(full)).second) continue;
        amicus::v1::Organization org;
        org.set_name(full);
        absl::string_view bare = absl::StripPrefix(absl::StripPrefix(piece, "the "), "The ");
        org.set_acronym(orgs.IsAcronym(bare) ? std::string(bare) : orgs.AcronymOf(full));
        out.push_back(std::move(org));
      }
    }
    return out;
  }
  return out;
}

}  // namespace amicus::extract
