#include "extract/document_info.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/header_dates.h"
#include "extract/page_furniture.h"
#include "extract/people.h"
#include "extract/slash_dates.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr size_t kHeadParagraphs = 15;
constexpr size_t kMaxPlaceWords = 4;
constexpr size_t kMinLeadWords = 15;

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
    start = c == ' ' || c == '-' || c == '/';
  }
  return out;
}

bool IsWeekday(absl::string_view w) {
  for (absl::string_view d : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                              "Saturday", "Sunday"}) {
    if (absl::EqualsIgnoreCase(w, d)) return true;
  }
  return false;
}

// Capitalized words that open a sentence, not a place: "On 3 May 2020".
bool IsOpeningWord(absl::string_view w) {
  for (absl::string_view d : {"On", "In", "At", "By", "Since", "From", "Until", "Before",
                              "After", "During", "Last", "This", "Today", "As", "Of"}) {
    if (w == d) return true;
  }
  return false;
}

// The genre's names for its documents: "Statement, 5 October 2025" and
// "Joint Statement – 3 May" open with what the text is, not where.
bool IsDocumentNoun(absl::string_view w) {
  for (absl::string_view n : {"statement", "release", "letter", "declaration", "communique",
                              "communiqu\xC3\xA9", "advisory", "appeal", "update", "news",
                              "alert", "briefing", "announcement", "submission"}) {
    if (absl::EqualsIgnoreCase(w, n)) return true;
  }
  return false;
}

// A place: one to four capitalized words, no digits, not a month, not
// the name of a kind of document.
bool LooksLikePlace(absl::string_view s) {
  std::vector<Word> words = Tokenize(s);
  if (words.empty() || words.size() > kMaxPlaceWords) return false;
  if (IsDocumentNoun(words.back().text)) return false;
  // "Published 7 August 2025", "Updated: ...": a web page's date label.
  for (absl::string_view label : {"published", "posted", "updated", "released", "issued",
                                  "dated", "date"}) {
    if (absl::EqualsIgnoreCase(words.front().text, label)) return false;
  }
  for (const Word& w : words) {
    if (!w.is_word || !(w.capitalized() || w.Is("of"))) return false;
    if (MonthNumber(w.text) != 0 || IsWeekday(w.text) || IsOpeningWord(w.text)) return false;
    if (absl::ascii_isdigit(static_cast<unsigned char>(w.text[0]))) return false;
  }
  std::string lower = absl::AsciiStrToLower(s);
  // "NAIROBI" is a dateline city even though it looks like an acronym.
  bool capital_city = words.size() == 1 && words[0].all_caps();
  return lower != "for immediate release" && (capital_city || !LooksLikeOrganization(s));
}

// "Geneva/Nairobi": a dateline may name two cities joined by a slash.
bool LooksLikePlaces(absl::string_view s) {
  for (absl::string_view piece : absl::StrSplit(s, '/')) {
    if (!LooksLikePlace(piece)) return false;
  }
  return true;
}

// The length of "March 12, 2024 — " opening `rest`: a date closed by a
// dash; 0 if `rest` opens otherwise.
size_t DashedDateLength(absl::string_view rest) {
  absl::optional<DateMention> m = FirstHeaderDate(rest.substr(0, 40));
  if (!m || m->begin != 0) return 0;
  for (absl::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " -- "}) {
    if (absl::StartsWith(rest.substr(m->end), dash)) return m->end + dash.size();
  }
  return 0;
}

// What follows a dateline: a sentence ("Police detained him.", short
// as it is) or a run longer than a headline.
bool IsLead(absl::string_view rest) {
  absl::string_view r = absl::StripTrailingAsciiWhitespace(rest);
  return HasMoreWordsThan(r, 5) || (absl::EndsWith(r, ".") && HasMoreWordsThan(r, 2));
}

// "Mexico City, July 8, 2025—Guatemalan ...": press-freedom alerts glue
// the em dash to the dateline's date. Unspaced, an em dash is a
// dateline's only after a date closing the head; elsewhere it joins
// words or clauses ("the Court—and its staff—").
constexpr absl::string_view kGluedEmDash = "\xE2\x80\x94";
bool ClosesWithDate(absl::string_view head) {
  if (head.empty() || !absl::ascii_isdigit(static_cast<unsigned char>(head.back()))) return false;
  absl::optional<DateMention> m = FirstHeaderDate(head);
  return m && m->end == head.size() && m->begin > 0;
}

}  // namespace

size_t DatelineLength(absl::string_view p, std::string* place) {
  // Every dash below holds a '-' or a 0xE2 lead byte within the 64 bytes
  // searched; most first sentences have neither and skip the searches.
  bool dash_byte = false;
  for (char c : p.substr(0, 64)) dash_byte = dash_byte || c == '-' || c == '\xE2';
  if (!dash_byte) return 0;
  static constexpr absl::string_view kDatelineDashes[] = {
      " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " -- ", kGluedEmDash};
  for (absl::string_view dash : kDatelineDashes) {
    // Only a dash in the first 60 bytes counts: search no further (this
    // runs for the first sentence of every paragraph).
    size_t at = p.substr(0, 60 + dash.size()).find(dash);
    if (at == absl::string_view::npos || at > 60) continue;
    absl::string_view head = p.substr(0, at);
    if (dash == kGluedEmDash && !ClosesWithDate(head)) continue;
    // "(Budapest, April 4, 2025) – ..."
    if (absl::StartsWith(head, "(") && absl::EndsWith(head, ")")) {
      head = head.substr(1, head.size() - 2);
    }
    // "12 May 2024, Geneva – ...": the date may come before the city.
    absl::optional<DateMention> first_date = FirstHeaderDate(head);
    bool date_first = first_date && first_date->begin == 0 &&
                      absl::StartsWith(head.substr(first_date->end), ", ");
    absl::string_view city =
        date_first ? head.substr(first_date->end + 2)
                   : head.substr(0, std::min(head.find(','), head.find(" (")));
    bool dated_or_bare = date_first || head.size() == city.size() ||
                         !FindDates(head, absl::nullopt).mentions.empty();
    if (!dated_or_bare || !LooksLikePlaces(city)) continue;
    if (!IsLead(p.substr(at))) continue;  // a title, not a dateline
    if (place) *place = PlaceCase(city);
    size_t length = at + dash.size();
    // "LONDON — March 12, 2024 — ...": a date between two dashes belongs
    // to the dateline too.
    if (head.size() == city.size()) length += DashedDateLength(p.substr(length));
    return length;
  }
  return 0;
}

namespace {

bool IsDash(absl::string_view s) {
  return s == "-" || s == "--" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94";
}

// "Bogotá, Mexico City, Paris" -> the same, each a place; "GENEVA (" ->
// "Geneva". Empty when `s` is not a list of places.
std::string PlaceList(absl::string_view s) {
  s = absl::StripAsciiWhitespace(s);
  while (!s.empty() && (s.back() == ',' || s.back() == '(' || s.back() == '-' ||
                        s.back() == ' ')) {
    s.remove_suffix(1);
  }
  for (absl::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"}) {
    s = absl::StripAsciiWhitespace(absl::StripSuffix(s, dash));
  }
  s = absl::StripAsciiWhitespace(absl::StripPrefix(s, "("));
  if (s.empty()) return "";
  std::vector<std::string> places;
  for (absl::string_view piece : absl::StrSplit(s, ',')) {
    piece = absl::StripAsciiWhitespace(piece);
    if (!LooksLikePlace(piece)) return "";
    places.push_back(PlaceCase(piece));
  }
  return absl::StrJoin(places, ", ");
}

// A paragraph opening with its date, after the places it was written in
// or none: "June 5, 2014 – ...", "(Budapest, April 4, 2025) – ...",
// "Bogotá, Mexico City, Paris, 25 February 2021. We, ...".
absl::optional<DateValue> OpeningDate(absl::string_view p, std::string* place) {
  constexpr size_t kMaxOpening = 100;
  absl::optional<DateMention> m = FirstHeaderDate(p.substr(0, kMaxOpening));
  if (!m) return absl::nullopt;
  absl::string_view before = p.substr(0, m->begin);
  std::string places = PlaceList(before);
  if (places.empty() && !absl::StripAsciiWhitespace(absl::StripPrefix(
                             absl::StripAsciiWhitespace(before), "(")).empty()) {
    return absl::nullopt;
  }
  absl::string_view after = p.substr(m->end);
  // "(Geneva, 12.05.2024) The court ...": a dateline in parentheses needs
  // no dash after it.
  bool parenthesized = absl::StartsWith(absl::StripLeadingAsciiWhitespace(before), "(") &&
                       absl::StartsWith(after, ") ");
  after = absl::StripLeadingAsciiWhitespace(absl::StripPrefix(after, ")"));
  size_t sep = after.find(' ');
  if (sep == absl::string_view::npos) return absl::nullopt;
  // "... 2014 – Text", or "... 2021. We ..." where the date ends its own
  // sentence.
  bool dash = IsDash(after.substr(0, sep));
  if (!dash && !parenthesized && !absl::StartsWith(after, ". ") &&
      !absl::StartsWith(after, ": ")) {
    return absl::nullopt;
  }
  if (!IsLead(after)) return absl::nullopt;  // a title, not a dateline
  *place = places;
  return m->date;
}

// The date a relaying page gives the statement it reports, in its lead:
// "..., Human Rights Watch said on 22 June 2022."
absl::optional<DateValue> LeadStatementDate(absl::string_view sentence) {
  std::string lower = absl::AsciiStrToLower(sentence);
  for (absl::string_view verb : {" said on ", " stated on ", " announced on ",
                                 " declared on ", " warned on ", " urged on "}) {
    size_t at = lower.find(verb.data(), 0, verb.size());
    if (at == std::string::npos) continue;
    absl::string_view rest = sentence.substr(at + verb.size());
    absl::optional<DateMention> m = FirstHeaderDate(rest.substr(0, 40));
    if (m && m->begin == 0 && m->date.precision == amicus::v1::DATE_PRECISION_DAY) {
      return m->date;
    }
  }
  return absl::nullopt;
}

// "Last updated", "Updated on", "Modified": the words before a header
// date that make it a revision's.
bool NamesUpdate(absl::string_view before) {
  for (const Word& w : Tokenize(before)) {
    if (w.Is("updated") || w.Is("modified") || w.Is("revised")) return true;
  }
  return false;
}

}  // namespace

size_t LeadParagraph(absl::string_view text, const std::vector<Paragraph>& paras) {
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
    absl::string_view p = paras[i].range.in(text);
    // Running text ends its sentence; a lead introducing a quote ends
    // with a colon.
    if (HasMoreWordsThan(p, kMinLeadWords) &&
        (absl::EndsWith(p, ".") || absl::EndsWith(p, ":"))) {
      return i;
    }
  }
  return paras.size();
}

DocumentDate FindDocumentDate(absl::string_view text,
                              const std::vector<Paragraph>& paras,
                              const DocumentMeta* meta) {
  DocumentDate out;
  absl::optional<DateValue> updated;
  size_t lead = LeadParagraph(text, paras);
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs && !out.date; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (IsListingLabel(p)) continue;
    absl::optional<HeaderDate> h = ReadHeaderDate(p);
    // "Last updated: ..." dates a revision: the publication date, when
    // the head gives one too, is the document's.
    if (h && !updated && NamesUpdate(h->before)) {
      updated = h->mention.date;
      continue;
    }
    if (h && (!h->glued || i <= lead)) {
      out.date = h->mention.date;
      // A glued header shares its line with the lead, whose events count.
      if (!h->glued) out.paragraph = i;
      std::string place = PlaceList(h->before);
      if (!place.empty()) out.place = place;
      break;
    }
    std::string place;
    size_t dateline = DatelineLength(p, &place);
    if (dateline > 0) {
      if (absl::optional<DateMention> m = FirstHeaderDate(p.substr(0, dateline))) {
        out.date = m->date;
        out.paragraph = i;
        out.place = place;
        break;
      }
      if (out.place.empty()) out.place = place;
      continue;
    }
    // Past the lead, a paragraph opening with a date tells of an event.
    if (i > lead) continue;
    if (absl::optional<DateValue> d = OpeningDate(p, &place)) {
      out.date = d;
      if (!place.empty()) out.place = place;
    }
  }
  if (!out.date) out.date = updated;
  if (!out.date) {
    if (lead < paras.size()) {
      absl::string_view p = paras[lead].range.in(text);
      std::vector<Range> sentences = Sentences(p, Range{0, p.size()});
      out.date = LeadStatementDate(sentences.empty() ? p : sentences[0].in(p));
    }
  }
  // What the file says of itself comes last: a repost's header dates the
  // repost, the text's own date line the document.
  if (!out.date && meta != nullptr) out.date = meta->date;
  if (out.date) *out.date = SlashDateInTextOrder(text, paras, *out.date);
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

// "President of the Canadian Bar Association" -> the association.
absl::string_view WithoutOfficeTitle(absl::string_view piece) {
  std::vector<Word> words = Tokenize(piece);
  if (words.size() < 3 || !IsTitleWord(absl::AsciiStrToLower(words[0].text))) return piece;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (words[i].Is("of")) {
      size_t k = words[i + 1].Is("the") ? i + 2 : i + 1;
      return k < words.size() ? piece.substr(words[k].begin) : piece;
    }
    // Every word before "of" an office: "Secretary General of ...", not
    // "International Commission of Jurists".
    if (!words[i].is_word || !IsTitleWord(absl::AsciiStrToLower(words[i].text))) break;
  }
  return piece;
}

// A name of two to six capitalized words that is no person's and no
// office: "Andean Legal Aid", not "Ana Ruiz".
bool CoordinatedBody(absl::string_view name) {
  std::vector<Word> words = Tokenize(name);
  size_t capitalized = 0;
  for (const Word& w : words) {
    if (!w.is_word) return false;
    if (w.capitalized()) {
      ++capitalized;
    } else if (!IsNameConnectorAnyCase(w.text)) {
      return false;
    }
  }
  // "Assistant Secretary-General for Human Rights" is an office.
  return capitalized >= 2 && words.size() <= 6 && words.front().capitalized() &&
         words.back().capitalized() && !IsTitleWord(absl::AsciiStrToLower(words[0].text)) &&
         !LooksLikePersonName(name);
}

bool IsIssuerVerb(const Word& w) {
  static const auto* kVerbs = new absl::flat_hash_set<absl::string_view>{
      "call", "calls", "called", "welcome", "welcomes", "welcomed", "wrote",
      "write", "writes", "urge", "urges", "urged", "condemn", "condemns",
      "condemned", "express", "expresses", "expressed", "denounce", "denounces",
      "demand", "demands", "sent", "send", "submitted", "issued", "published",
      "released", "launched", "launch", "launches", "announced", "are", "is", "have", "has", "today", "jointly", "strongly",
      "reiterate", "reiterates", "warn", "warns", "appeal", "appeals", "said"};
  // "The Court of Appeal rejected ...": a capitalized "Appeal" is a name's.
  return w.is_word && !w.capitalized() && kVerbs->contains(absl::AsciiStrToLower(w.text));
}

}  // namespace

namespace {

// Whether the document introduces someone as `name`’s staff ("Rights
// Now’s Middle East director"): then `name` is an organisation even when
// it holds no word such as Network or Watch.
bool HasStaff(absl::string_view text, absl::string_view name) {
  for (absl::string_view mark : {"\xE2\x80\x99s ", "'s "}) {
    std::string needle = absl::StrCat(name, mark);
    for (size_t at = text.find(needle); at != absl::string_view::npos;
         at = text.find(needle, at + 1)) {
      absl::string_view after = text.substr(at + needle.size());
      after = after.substr(0, std::min(after.find_first_of(".,;\n"), size_t{60}));
      for (const Word& w : Tokenize(after)) {
        if (w.is_word && IsOfficeWord(absl::AsciiStrToLower(w.text))) return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<amicus::v1::Organization> FindIssuers(
    absl::string_view text, const std::vector<Paragraph>& paras,
    const OrgDirectory& orgs) {
  std::vector<amicus::v1::Organization> out;
  for (size_t i = 0; i < paras.size() && i < kHeadParagraphs; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (!HasMoreWordsThan(p, 14) || !absl::EndsWith(p, ".")) continue;  // titles
    p.remove_prefix(DatelineLength(p, nullptr));
    std::vector<Range> sentences = Sentences(p, Range{0, p.size()});
    absl::string_view first = sentences.empty() ? p : sentences[0].in(p);
    std::vector<Word> words = Tokenize(first);
    // From the second word: "Today, the ICJ condemned ..." opens with an
    // adverb the verb list holds.
    size_t verb = 1;
    while (verb < words.size() && !IsIssuerVerb(words[verb])) ++verb;
    if (verb >= words.size()) continue;
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
    // "... members of the Association (AHRA), the Forum said":
    // a sayer after a clause is the last name before the verb.
    bool mid_sentence = start > 0 && words[start - 1].is_word;
    size_t comma = subject.rfind(", ");
    if (mid_sentence && words[verb].Is("said") && comma != absl::string_view::npos) {
      subject = subject.substr(comma + 2);
    }
    std::vector<absl::string_view> pieces;
    std::vector<std::string> fulls;
    std::vector<bool> cores;
    for (absl::string_view part : absl::StrSplit(subject, absl::ByAnyChar(","))) {
      for (absl::string_view piece : absl::StrSplit(part, " and ")) {
        piece = WithoutOfficeTitle(absl::StripAsciiWhitespace(piece));
        if (piece.empty()) continue;
        std::string full = orgs.FullName(absl::StripPrefix(absl::StripPrefix(piece, "the "), "The "));
        bool core = !orgs.AcronymOf(full).empty() || orgs.IsAcronym(piece) ||
                    HasStaff(text, full);
        for (const Word& w : Tokenize(full))
          core = core || IsCoreOrgWord(absl::AsciiStrToLower(w.text));
        pieces.push_back(piece);
        fulls.push_back(std::move(full));
        cores.push_back(core);
      }
    }
    size_t core_count = static_cast<size_t>(std::count(cores.begin(), cores.end(), true));
    absl::flat_hash_set<std::string> seen;
    for (size_t n = 0; n < pieces.size(); ++n) {
      absl::string_view piece = pieces[n];
      const std::string& full = fulls[n];
      // "The Coastal Rights Network, the Free Press Union and the Andean
      // Legal Aid said": a name of several words coordinated with two
      // bodies or more is a body too, though no word of it says so.
      bool coordinated = core_count >= 2 && CoordinatedBody(full);
      if ((!cores[n] && !coordinated) || !seen.insert(absl::AsciiStrToLower(full)).second) {
        continue;
      }
      amicus::v1::Organization org;
      org.set_name(full);
      absl::string_view bare = absl::StripPrefix(absl::StripPrefix(piece, "the "), "The ");
      org.set_acronym(orgs.IsAcronym(bare) ? std::string(bare) : orgs.AcronymOf(full));
      out.push_back(std::move(org));
    }
    return out;
  }
  return out;
}

}  // namespace amicus::extract
