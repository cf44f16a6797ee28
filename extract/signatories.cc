#include "extract/signatories.h"

#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/expert_lists.h"
#include "extract/footnote_marks.h"
#include "extract/organizations.h"
#include "extract/party_names.h"
#include "extract/people.h"
#include "extract/prose_signatories.h"
#include "extract/words.h"
#include "re2/re2.h"

namespace amicus::extract {
namespace {

constexpr size_t kMaxEntryWords = 22;
constexpr size_t kLongEntryChars = 60;
constexpr size_t kMaxJoinedChars = 300;
constexpr size_t kWrappedEntryChars = 40;
constexpr size_t kMaxHeadingWords = 15;
constexpr size_t kMaxSignatureLines = 4;
constexpr float kClosingConfidence = 0.9f;
constexpr float kHeadingConfidence = 0.85f;
constexpr float kSignatureConfidence = 0.75f;
constexpr float kPeopleConfidence = 0.7f;
constexpr size_t kMaxPersonLineWords = 24;
constexpr size_t kMaxSignatureWords = 8;
constexpr size_t kMinPeopleLines = 3;

bool IsClosing(absl::string_view p) {
  // No closing is longer than "undersigned organizations": a paragraph
  // that is, is not lowercased and looked up.
  constexpr size_t kLongestClosing = 25;
  constexpr size_t kLongestNote = 30;
  absl::string_view bare =
      absl::StripAsciiWhitespace(absl::StripSuffix(absl::StripSuffix(p, ","), ":"));
  // Cut by a note below, it would still be too long.
  if (bare.size() > kLongestClosing + kLongestNote) return false;
  // "Signed by (in alphabetical order)": a note on the list's order.
  if (absl::EndsWith(bare, ")")) {
    size_t note = bare.find(" (");
    if (note != absl::string_view::npos && bare.size() - note <= kLongestNote) {
      bare = bare.substr(0, note);
    }
  }
  if (bare.size() > kLongestClosing) return false;
  std::string l = absl::AsciiStrToLower(bare);
  static const auto* kClosings = new absl::flat_hash_set<std::string>{
      "sincerely", "sincerely yours", "yours sincerely", "yours faithfully",
      "faithfully", "respectfully", "respectfully yours", "best regards",
      "kind regards", "regards", "signed", "signed by", "signatories",
      "list of signatories", "the signatories", "co-signed by", "cosigned by",
      "signing organizations", "signing organisations", "endorsed by", "supported by",
      "supporting organisations", "supporting organizations",
      "the undersigned", "undersigned organizations", "with our thanks",
      "thank you", "in solidarity", "on behalf of"};
  return kClosings->contains(l);
}

// How surely a line introduces the signers below it: 0.9 for a closing
// or a list heading ("Sincerely,", "Signatories:", "Endorsed by"), 0.85
// for a longer heading line that ends in a colon and names signing or
// support ("The following organisations have signed this letter:", "This
// statement is supported by:"), else 0.
// "| Organisation | Country |": the header row of a table whose first
// column names signers heads a list of them as a closing would, and so
// does "| Name | Organisation |". "Name" alone is not enough: a table of
// detainees has that header too.
bool IsSignersTableHeader(absl::string_view p) {
  p = absl::StripAsciiWhitespace(p);
  if (!absl::StartsWith(p, "|") || !absl::EndsWith(p, "|") || p.size() < 3 || p.size() > 80) {
    return false;
  }
  std::vector<absl::string_view> cells = absl::StrSplit(p.substr(1, p.size() - 2), '|');
  std::string first = absl::AsciiStrToLower(absl::StripAsciiWhitespace(cells[0]));
  static const auto* kSigners = new absl::flat_hash_set<std::string>{
      "organisation", "organization", "organisations", "organizations", "signatory",
      "signatories", "signing organisation", "signing organization", "endorsing organisation",
      "endorsing organization", "signed by", "endorsed by"};
  if (kSigners->contains(first)) return true;
  // "| Name | Organisation | Country |": people listed with the bodies
  // they belong to sign; a table of detainees has no such column.
  if (first != "name" && first != "full name") return false;
  for (size_t k = 1; k < cells.size(); ++k) {
    std::string cell = absl::AsciiStrToLower(absl::StripAsciiWhitespace(cells[k]));
    if (cell == "organisation" || cell == "organization" || cell == "affiliation" ||
        cell == "institution") {
      return true;
    }
  }
  return false;
}

float ClosingStrength(absl::string_view p) {
  if (IsClosing(p)) return kClosingConfidence;
  if (IsSignersTableHeader(p)) return kHeadingConfidence;
  // "Organisations" alone may be a menu's; "Individual signatories" and
  // "Organisations:" are a list's.
  if (IsGroupHeading(p) &&
      (absl::EndsWith(p, ":") || absl::StrContains(absl::AsciiStrToLower(p), "signator"))) {
    return kHeadingConfidence;
  }
  if (!absl::EndsWith(p, ":") || HasMoreWordsThan(p, kMaxHeadingWords)) return 0;
  // "We, the undersigned, call on the authorities to:" heads demands.
  if (absl::EndsWith(p, " to:")) return 0;
  static const RE2* re = new RE2(
      R"((?i)\b(?:signed|co-?signed|signator(?:y|ies)|endorsed|undersigned|endorsing|signing|)"
      R"(supported by|supporting (?:organi[sz]ations|groups))\b)");
  re2::StringPiece line(p.data(), p.size());
  if (!RE2::PartialMatch(line, *re)) return 0;
  // "We, the undersigned organisations, call for the release of:": the
  // signers are the sentence's subject and what follows is its object.
  // "We, the undersigned organisations:" still heads them.
  static const RE2* subject = new RE2(R"((?i)^we,? the undersigned[^,:]*, [a-z])");
  static const RE2* signing = new RE2(
      R"((?i)\b(?:signed|co-?signed|signator(?:y|ies)|endorsed|endorsing|signing|)"
      R"(supported by|supporting (?:organi[sz]ations|groups))\b)");
  if (RE2::PartialMatch(line, *subject) && !RE2::PartialMatch(line, *signing)) return 0;
  return kHeadingConfidence;
}

// Function words a wrapped entry line can end with ("... y sus" /
// "Familiares (Honduras)").
bool IsDanglingWord(absl::string_view w) {
  static const auto* kWords = new absl::flat_hash_set<std::string>{
      "of", "for", "the", "and", "in", "on", "to", "at", "with", "by", "a", "an",
      "de", "la", "le", "les", "des", "du", "et", "pour", "en", "au", "aux",
      "y", "e", "o", "sus", "su", "los", "las", "del", "el", "da", "do", "das",
      "dos", "di", "und", "für", "&"};
  return kWords->contains(absl::AsciiStrToLower(w));
}

// Sorting key of an entry: first letter, ignoring "The" and accents.
char SortKey(absl::string_view entry) {
  if (absl::StartsWith(entry, "The ")) entry.remove_prefix(4);
  for (size_t i = 0; i < entry.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(entry[i]);
    if (absl::ascii_isalpha(c)) return absl::ascii_tolower(c);
    if (c == 0xC3 && i + 1 < entry.size()) {
      unsigned char d = static_cast<unsigned char>(entry[i + 1]) | 0x20;
      if (d >= 0xA0 && d <= 0xA5) return 'a';
      if (d >= 0xA8 && d <= 0xAB) return 'e';
      if (d >= 0xAC && d <= 0xAF) return 'i';
      if (d >= 0xB2 && d <= 0xB6) return 'o';
      if (d >= 0xB9 && d <= 0xBC) return 'u';
    }
  }
  return 0;
}

bool LooksLikeEntry(absl::string_view p) {
  // The rule under a Markdown table's header ("|---|---|") keeps the
  // table together; the entries drop it.
  if (absl::StartsWith(p, "|") && p.find_first_not_of("|-: ") == absl::string_view::npos) {
    return true;
  }
  size_t words = CountWords(p);
  if (words == 0 || words > kMaxEntryWords) return false;
  // A sentence, not a name.
  if (absl::EndsWith(p, ".") && words > 6 && !absl::EndsWith(p, "Inc.") &&
      !absl::EndsWith(p, "Ltd.")) {
    return false;
  }
  return true;
}

// A list laid out in blocks of "Name" / "Country" lines: most blocks are
// two lines whose second line is a bare country.
bool HasCountryLines(absl::string_view text, const std::vector<Paragraph>& paras,
                     size_t first, size_t last, const CountryNames& countries) {
  size_t blocks = 0, country_lines = 0;
  for (size_t i = first; i < last; ++i) {
    if (i == first || paras[i].blank_before) {
      ++blocks;
    } else if (countries.IsCountry(paras[i].range.in(text))) {
      ++country_lines;
    }
  }
  return blocks >= 3 && 4 * country_lines >= 3 * blocks;
}

// Blocks of a country-line list as "Name (Country)" entries. The second
// line of a block is the list's location column even when it names no
// country ("Regional"): then the entry has no country.
std::vector<ListEntry> CountryLineEntries(absl::string_view text,
                                      const std::vector<Paragraph>& paras,
                                      size_t first, size_t last,
                                      const CountryNames& countries) {
  std::vector<ListEntry> entries;
  for (size_t i = first; i < last; ++i) {
    absl::string_view line = paras[i].range.in(text);
    bool second = i > first && !paras[i].blank_before && !entries.empty() &&
                  (i < 2 || paras[i - 1].blank_before || i - 1 == first);
    if (!second) {
      entries.push_back({paras[i].range, std::string(line)});
      continue;
    }
    ListEntry& prev = entries.back();
    if (countries.IsCountry(line)) prev.text += " (" + std::string(line) + ")";
    prev.range.end = paras[i].range.end;
  }
  return entries;
}

std::vector<ListEntry> JoinWrappedEntries(absl::string_view text,
                                      const std::vector<Paragraph>& paras,
                                      size_t first, size_t last,
                                      const CountryNames& countries) {
  if (HasCountryLines(text, paras, first, last, countries)) {
    return CountryLineEntries(text, paras, first, last, countries);
  }
  size_t with_country = 0;
  size_t longest = 0;
  for (size_t i = first; i < last; ++i) {
    size_t open = 0;
    absl::string_view line = paras[i].range.in(text);
    with_country += countries.IsCountry(TrailingParenthetical(line, &open));
    longest = std::max(longest, line.size());
  }
  bool parenthesized_list = 2 * with_country >= last - first;
  std::vector<ListEntry> entries;
  for (size_t i = first; i < last; ++i) {
    absl::string_view line = paras[i].range.in(text);
    if (!entries.empty()) {
      ListEntry& prev = entries.back();
      std::vector<Word> words = Tokenize(prev.text);
      bool dangling = !words.empty() && IsDanglingWord(words.back().text);
      // "ayus Network" and "iACT" start lowercase yet stand alone; a
      // lowercase continuation follows a long line cut mid-name.
      bool lowercase_start = !line.empty() &&
                             absl::ascii_islower(static_cast<unsigned char>(line[0])) &&
                             prev.text.size() >= kLongEntryChars && prev.text.back() != ')';
      char prev_key = SortKey(prev.text);
      char key = SortKey(line);
      char next_key = i + 1 < last ? SortKey(paras[i + 1].range.in(text)) : 0;
      bool breaks_order = key < prev_key && (next_key == 0 || next_key >= prev_key) &&
                          prev.text.size() >= kLongEntryChars && !HasMoreWordsThan(line, 3);
      // "... of the Southern" / "Coast (Chile)" in a list of "(Country)"
      // entries: the country ends a name wrapped at the list's width.
      size_t open = 0;
      bool at_width = 5 * prev.text.size() >= 4 * longest;
      bool country_tail = parenthesized_list && prev.text.back() != ')' && at_width &&
                          prev.text.size() >= kWrappedEntryChars &&
                          countries.IsCountry(TrailingParenthetical(line, &open)) &&
                          !HasMoreWordsThan(line.substr(0, open), 2);
      // "Veloria Women Lawyers" / "Association": a body's head noun alone
      // names no party and ends the name above it.
      bool head_only = IsBodyHeadNoun(CleanEntry(line));
      bool room = prev.text.size() < kMaxJoinedChars;
      if (room && (dangling || lowercase_start || breaks_order || country_tail || head_only)) {
        prev.text += " ";
        prev.text += std::string(line);
        prev.range.end = paras[i].range.end;
        continue;
      }
    }
    entries.push_back({paras[i].range, std::string(line)});
  }
  return entries;
}

// The signature under a closing when it is one person's: a name, then
// lines of role, organisation or country ("Jane Doe" / "President, Some
// Association" / "Kenya"). The person is the signer, with the country a
// line gives; the role goes.
std::optional<FoundSignatories> SignatureBlock(absl::string_view text,
                                               const std::vector<Paragraph>& paras,
                                               size_t first, size_t last,
                                               const CountryNames& countries) {
  if (first >= last || last - first > kMaxSignatureLines) return std::nullopt;
  absl::string_view name = CleanEntry(paras[first].range.in(text));
  if (!LooksLikeSignerName(name)) return std::nullopt;
  if (last - first >= 2) {
    // The second line says who the person is: an office, not a name.
    std::vector<Word> words = Tokenize(paras[first + 1].range.in(text));
    if (words.empty() || !words[0].is_word ||
        (!IsTitleWord(absl::AsciiStrToLower(words[0].text)) &&
         !countries.IsCountry(paras[first + 1].range.in(text)))) {
      return std::nullopt;
    }
  }
  amicus::v1::Signatory s;
  s.set_name(std::string(name));
  for (size_t k = first + 1; k < last; ++k) {
    absl::string_view line = CleanEntry(paras[k].range.in(text));
    if (countries.IsCountry(line)) s.set_country(std::string(line));
  }
  s.set_confidence(kSignatureConfidence);
  FoundSignatories set;
  set.confidence = kSignatureConfidence;
  set.signatories.push_back(std::move(s));
  set.evidence = {paras[first].range.begin, paras[last - 1].range.end};
  return set;
}

// Whether a signature's line below the name says who the person is: an
// office ("Executive Director", "President, Andean Legal Aid") or a country.
bool DescribesSigner(absl::string_view line, const CountryNames& countries) {
  std::vector<Word> words = Tokenize(line);
  return !words.empty() && words[0].is_word &&
         (IsTitleWord(absl::AsciiStrToLower(words[0].text)) || countries.IsCountry(line));
}

// The country a "Name, Office, Body (Kenya)" or "Name, Body, Kenya"
// signature line ends with; empty when it ends with none.
absl::string_view SignatureLineCountry(absl::string_view line, const CountryNames& countries) {
  size_t open = 0;
  absl::string_view paren = TrailingParenthetical(line, &open);
  if (countries.IsCountry(paren)) return paren;
  size_t comma = line.rfind(", ");
  if (comma == absl::string_view::npos) return "";
  absl::string_view last = absl::StripAsciiWhitespace(line.substr(comma + 2));
  return countries.IsCountry(last) ? last : "";
}

// The signatures of several people under a closing, each a name and then
// lines of office, organisation or country: "Ana Ruiz" / "Executive
// Director" / "Coastal Rights Network", then "Tomas Berg" / "President,
// Andean Legal Aid". The people sign, with the country a line gives; the
// other lines are who they are, not more signers; so with "Name, Office"
// lines, where two are enough. Where blank lines part
// the signatures, a name opens each block and an office or country is its
// second line; without them, a name after an office line opens the next.
std::optional<FoundSignatories> SignatureBlocks(absl::string_view text,
                                                const std::vector<Paragraph>& paras,
                                                size_t first, size_t last,
                                                const CountryNames& countries) {
  bool blocks = false;
  for (size_t k = first + 1; k < last; ++k) blocks = blocks || paras[k].blank_before;
  std::vector<amicus::v1::Signatory> people;
  size_t block_line = 0;  // the line's place in its signature, from 0
  for (size_t k = first; k < last; ++k) {
    absl::string_view line = CleanEntry(paras[k].range.in(text));
    bool at_start = blocks ? k == first || paras[k].blank_before : block_line != 1;
    // "Ana Ruiz, Director, Coastal Rights Network": name and office in one.
    absl::string_view with_role = at_start ? PersonBeforeRole(line) : "";
    if (!with_role.empty()) {
      people.emplace_back().set_name(std::string(with_role));
      people.back().set_country(std::string(SignatureLineCountry(line, countries)));
      // Without blank lines, what follows such a line is the next signer.
      block_line = blocks ? 2 : kMaxSignatureLines;
      continue;
    }
    bool opens = blocks ? at_start : at_start && LooksLikeSignerName(line);
    if (opens) {
      if (!LooksLikeSignerName(line)) return std::nullopt;
      people.emplace_back().set_name(std::string(line));
      block_line = 1;
      continue;
    }
    if (people.empty() || block_line >= kMaxSignatureLines) return std::nullopt;
    // The second line says who the person is; a third may name the body.
    if (block_line == 1 && !DescribesSigner(line, countries)) return std::nullopt;
    if (countries.IsCountry(line)) people.back().set_country(std::string(line));
    ++block_line;
  }
  if (people.size() < 2 || block_line == 1) return std::nullopt;
  FoundSignatories set;
  set.confidence = kSignatureConfidence;
  for (amicus::v1::Signatory& s : people) s.set_confidence(kSignatureConfidence);
  set.signatories = std::move(people);
  set.evidence = {paras[first].range.begin, paras[last - 1].range.end};
  return set;
}

// A line of a list of people with their roles ("Ana Silva - Director",
// "Ana Silva, Some PEN", "Ana Silva Former Minister of X |"), not a
// sentence about them ("Ana Silva, Director, said ...").
bool IsPersonWithRoleLine(absl::string_view p) {
  // A name or a tag opens the line; most lines fail here or on length.
  if (p.empty() || !(absl::ascii_isupper(static_cast<unsigned char>(p[0])) || p[0] == '<' ||
                     static_cast<unsigned char>(p[0]) >= 0xC3)) {
    return false;
  }
  if (HasMoreWordsThan(p, kMaxPersonLineWords)) return false;
  std::string line = StripInlineTags(p);
  absl::string_view e = CleanEntry(line);
  if (e.empty() || (absl::EndsWith(e, ".") && HasMoreWordsThan(e, kMaxSignatureWords))) {
    return false;
  }
  for (absl::string_view quote : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", " said", " says"}) {
    if (absl::StrContains(e, quote)) return false;
  }
  return !PersonBeforeRole(e).empty();
}

bool IsBlankAfterTags(absl::string_view p) {
  return absl::StripAsciiWhitespace(StripInlineTags(p)).empty();
}

// Whether the two lines above `first` make the list below them addressees
// or contacts.
bool IntroducesNoSigners(absl::string_view text, const std::vector<Paragraph>& paras,
                         size_t first) {
  for (size_t k = first; k > 0 && k + 2 > first; --k) {
    std::string above = absl::AsciiStrToLower(paras[k - 1].range.in(text).substr(0, 80));
    if (absl::StartsWith(above, "to:") || absl::StartsWith(above, "to ") ||
        absl::StartsWith(above, "cc") || absl::StrContains(above, "contact")) {
      return true;
    }
  }
  return false;
}

bool Overlaps(const std::vector<FoundSignatories>& sets, Range r) {
  for (const FoundSignatories& s : sets) {
    if (s.evidence.begin < r.end && r.begin < s.evidence.end) return true;
  }
  return false;
}

// Runs of three or more lines of people with roles, without a closing
// above them: the signatures of a statement. One odd line inside the run
// ("Halla, Nordic Writers") stays in it. A contact block or an address
// list ("To:") above the run is no set of signers.
// A run starting inside a set already `found` would overlap it and be
// dropped, so those lines are not tried (long lists were most of the cost).
std::vector<FoundSignatories> PeopleWithRoles(absl::string_view text,
                                              const std::vector<Paragraph>& paras,
                                              const CountryNames& countries,
                                              const std::vector<FoundSignatories>& found) {
  std::vector<FoundSignatories> out;
  size_t i = 0;
  while (i < paras.size()) {
    if (Overlaps(found, paras[i].range) || !IsPersonWithRoleLine(paras[i].range.in(text))) {
      ++i;
      continue;
    }
    size_t first = i, last = i + 1, matched = 1;
    for (size_t k = i + 1; k < paras.size(); ++k) {
      absl::string_view p = paras[k].range.in(text);
      if (IsPersonWithRoleLine(p)) {
        ++matched;
        last = k + 1;
      } else if (!IsBlankAfterTags(p) && k > last) {
        break;  // a second line that is neither
      } else if (HasMoreWordsThan(p, kMaxPersonLineWords)) {
        break;
      }
    }
    i = last;
    if (matched < kMinPeopleLines || IntroducesNoSigners(text, paras, first)) continue;
    std::vector<ListEntry> entries;
    for (size_t k = first; k < last; ++k) {
      if (IsBlankAfterTags(paras[k].range.in(text))) continue;
      entries.push_back({paras[k].range, std::string(paras[k].range.in(text))});
    }
    FoundSignatories set;
    set.confidence = kPeopleConfidence;
    set.signatories = ParseEntries(entries, countries, kPeopleConfidence);
    set.evidence = {paras[first].range.begin, paras[last - 1].range.end};
    if (!set.signatories.empty()) out.push_back(std::move(set));
  }
  return out;
}

// "To: H.E. Maria Castillo, Minister of ..." in the letter's head, with or
// without a salutation below it: the label names the addressee.
constexpr size_t kHeadParagraphs = 12;
std::string LabelledAddressee(absl::string_view text, const std::vector<Paragraph>& paras,
                              size_t closing) {
  for (size_t i = 0; i < closing && i < kHeadParagraphs; ++i) {
    absl::string_view p = absl::StripLeadingAsciiWhitespace(paras[i].range.in(text));
    if (!absl::StartsWithIgnoreCase(p, "to:")) continue;
    absl::string_view line = p.substr(3, p.find('\n') == absl::string_view::npos
                                             ? absl::string_view::npos
                                             : p.find('\n') - 3);
    line = absl::StripAsciiWhitespace(line);
    while (!line.empty() && (line.back() == ',' || line.back() == ';')) line.remove_suffix(1);
    if (!line.empty()) return std::string(line);
  }
  return "";
}

// "Dear Ministers", "Your Excellency", "Dear Sir or Madam": a salutation
// that names no one, only offices and forms of address.
bool NamesNoOne(absl::string_view salutation) {
  static const auto* kForms = new absl::flat_hash_set<std::string>{
      "dear", "your", "excellency", "excellencies", "sir", "sirs", "madam", "mesdames",
      "members", "colleagues", "friends", "all", "honourable", "honorable", "and", "or"};
  for (const Word& w : Tokenize(salutation)) {
    if (!w.is_word) continue;
    std::string l = absl::AsciiStrToLower(w.text);
    std::string singular = absl::EndsWith(l, "s") ? l.substr(0, l.size() - 1) : l;
    if (!kForms->contains(l) && !IsTitleWord(l) && !IsTitleWord(singular)) return false;
  }
  return true;
}

std::string Addressee(absl::string_view text, const std::vector<Paragraph>& paras,
                      size_t closing) {
  size_t salutation = 0;
  while (salutation < closing && !IsSalutation(paras[salutation].range.in(text))) ++salutation;
  if (salutation == closing || NamesNoOne(paras[salutation].range.in(text))) {
    std::string labelled = LabelledAddressee(text, paras, closing);
    if (!labelled.empty()) return labelled;
  }
  for (size_t i = 0; i < closing; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (!IsSalutation(p)) continue;
    // An address block: the connected short lines above the salutation
    // (and above a "Re:" line); its first line names the addressee.
    size_t k = i;
    while (k > 0 && absl::StartsWith(paras[k - 1].range.in(text), "Re:")) --k;
    if (k > 0 && !HasMoreWordsThan(paras[k - 1].range.in(text), 8)) {
      size_t top = k - 1;
      while (top > 0 && !paras[top].blank_before &&
             !HasMoreWordsThan(paras[top - 1].range.in(text), 8)) {
        --top;
      }
      if (k - top >= 2) {
        // "To: President X" names X; the label is the block's, not hers.
        absl::string_view first = absl::StripAsciiWhitespace(paras[top].range.in(text));
        if (absl::StartsWithIgnoreCase(first, "to:")) {
          first = absl::StripLeadingAsciiWhitespace(first.substr(3));
        }
        return std::string(first);
      }
    }
    absl::string_view who = p;
    if (absl::StartsWith(who, "Dear ")) who.remove_prefix(5);
    // "Your Excellency Prime Minister Anders Vik,": the office and name
    // are the addressee; "Your Excellency," alone stays as it is.
    if (absl::StartsWith(who, "Your Excellency ")) who.remove_prefix(16);
    while (!who.empty() && (who.back() == ',' || who.back() == ':')) who.remove_suffix(1);
    return std::string(who);
  }
  return "";
}

}  // namespace

bool IsSalutation(absl::string_view p) {
  if (HasMoreWordsThan(p, 12)) return false;
  return absl::StartsWith(p, "Dear ") || absl::StartsWith(p, "Your Excellency") ||
         absl::StartsWith(p, "Excellenc") || absl::StartsWith(p, "To whom") ||
         absl::StartsWith(p, "Honourable") || absl::StartsWith(p, "Honorable");
}

namespace {

// "Ana Ruiz", "Dr. Leila Haddad", "Tomas Berg, journalist": a person
// as a signers' list gives one.
bool IsPersonEntry(absl::string_view entry) {
  absl::string_view name = entry.substr(0, entry.find(", "));
  return LooksLikePersonName(name) || !HonoredPerson(name).empty() ||
         !PersonBeforeRole(entry).empty();
}

// "Notes to editors", "Share this:", "Related", "Media contact: ...", a
// share button ("Twitter"), a link back ("Back to news"): the release's or
// the page's furniture after a list of signers ends it.
bool IsFurnitureAfterList(absl::string_view p) {
  static const auto* kLines = new absl::flat_hash_set<std::string>{
      "related", "related articles", "related news", "related posts", "related content",
      "related stories", "recent posts", "recent news", "latest news", "latest posts",
      "more news", "popular posts", "most read", "you may also like", "read next",
      "read more", "share", "share this", "share this:", "tags", "tags:", "follow us",
      "notes to editors", "note to editors", "notes for editors", "notes to the editor",
      "ends", "-ends-", "- ends -", "###",
      // the sections an urgent action or release goes on with after its
      // model letter or list ("Yours sincerely," then "ADDITIONAL
      // INFORMATION"): a heading, not a signer
      "background", "background information", "additional information",
      "further information", "more information",
      // a page's share buttons
      "twitter", "facebook", "email", "e-mail", "whatsapp", "linkedin", "telegram", "print",
      "reddit", "copy link"};
  static const auto* kOpenings = new std::vector<std::string>{
      "media contact", "press contact", "for more information", "for further information",
      "notes to editors", "note to editors", "share this",
      // a page's links back and on ("Back to news", "« Previous post")
      "back to ", "return to ", "go back", "previous post", "next post", "older post",
      "newer post", "« ", "print this",
      // the page's filing of the post ("Tags: Press freedom, Peru")
      "tags:", "tagged:", "tagged with", "categories:", "category:", "filed under",
      "posted in "};
  p = absl::StripAsciiWhitespace(p);
  if (p.size() > 80) return false;
  std::string l = absl::AsciiStrToLower(p);
  if (kLines->contains(l)) return true;
  for (const std::string& o : *kOpenings) {
    if (absl::StartsWith(l, o)) return true;
  }
  return false;
}

// "cc: Minister of Justice", "Copy to: ...": a letter's copies go to
// addressees, so the line ends its list of signers.
bool IsCopyLine(absl::string_view p) {
  p = absl::StripLeadingAsciiWhitespace(p);
  return absl::StartsWithIgnoreCase(p, "cc:") || absl::StartsWithIgnoreCase(p, "cc ") ||
         absl::StartsWithIgnoreCase(p, "copy to") || absl::StartsWithIgnoreCase(p, "copies to") ||
         absl::StartsWithIgnoreCase(p, "c.c.");
}

// "We, the undersigned organisations, call on ..." (or "The following
// organisations call on ...") and then, with no heading, a list whose
// lines are bodies ("Free Press Union (Chile)"):
// the sentence introduces its signers as a heading would, and so with
// people ("Ana Ruiz", "Dr. Tomas Berg"). A list of demands after it is
// no such list, nor is any list after a sentence ending in a colon
// ("... call for the release of:", "... call on:"): that list is the
// sentence's object.
bool UndersignedThenParties(absl::string_view text, const std::vector<Paragraph>& paras,
                            size_t i, const CountryNames& countries) {
  constexpr size_t kMinParties = 3;
  absl::string_view p = paras[i].range.in(text);
  if (p.size() > 600) return false;
  std::string lower = absl::AsciiStrToLower(p);
  // "The following organisations call on ...": the sentence names its
  // subject by the list below it, as "the undersigned" does, when the
  // subject acts as issuers do; "The following groups were closed" lists
  // victims.
  static const RE2* following = new RE2(
      R"(^the following (?:\w+ )?(?:organi[sz]ations|groups|ngos|individuals|signatories) )"
      R"((?:\w+ )?(?:call|urge|demand|condemn|express|ask|appeal|denounce|reiterate|welcome|)"
      R"(support|join|stand|sign|write|are calling|have signed|have endorsed)s?\b)");
  if (!absl::StrContains(lower, "undersigned") && !RE2::PartialMatch(lower, *following)) {
    return false;
  }
  if (i + kMinParties >= paras.size()) return false;  // the lines i+1 .. i+kMinParties
  if (absl::EndsWith(absl::StripTrailingAsciiWhitespace(p), ":")) return false;
  for (size_t k = i + 1; k <= i + kMinParties; ++k) {
    absl::string_view line = paras[k].range.in(text);
    if (!LooksLikeEntry(line) || HasMoreWordsThan(line, 12)) return false;
    absl::string_view entry = CleanEntry(line);
    // "Andean Legal Aid (Peru)": a name with its country is a party's.
    size_t open = 0;
    bool with_country = countries.IsCountry(TrailingParenthetical(entry, &open)) &&
                        JudgeParty(entry.substr(0, open), countries).shape != PartyShape::kNone;
    if (!LooksLikeOrganization(entry) && !IsPersonEntry(entry) && !with_country) {
      return false;
    }
  }
  return true;
}

}  // namespace

namespace {

// A line that is a body's name and nothing else: two to eight words,
// every one capitalized or a connector ("Coalition for Press Freedom"),
// no sentence's full stop, no person's name.
bool IsBodyNameLine(absl::string_view p) {
  p = absl::StripAsciiWhitespace(p);
  if (p.empty() || absl::EndsWith(p, ".") || absl::EndsWith(p, ":")) return false;
  std::vector<Word> words = Tokenize(p);
  size_t named = 0;
  for (const Word& w : words) {
    if (!w.is_word) {
      if (w.text != "(" && w.text != ")" && w.text != "-" && w.text != "&") return false;
      continue;
    }
    if (w.capitalized()) {
      ++named;
    } else if (!IsNameConnectorAnyCase(w.text)) {
      return false;
    }
  }
  return named >= 2 && named <= 8 && words.front().capitalized() && !LooksLikePersonName(p);
}

// A joint statement closed by its bodies' names with no heading: after
// the last paragraph of prose, three lines or more, each one body's name,
// up to the page's furniture ("Share", "Media contact"). Most of them
// must say they are bodies (Network, Union, Watch), so a column of
// section titles is none.
std::optional<FoundSignatories> ClosingBodies(absl::string_view text,
                                              const std::vector<Paragraph>& paras,
                                              const CountryNames& countries) {
  constexpr size_t kMinBodies = 3;
  constexpr float kConfidence = 0.6f;
  size_t last = paras.size();
  while (last > 0) {
    absl::string_view p = paras[last - 1].range.in(text);
    if (!IsFurnitureAfterList(p) && !IsCopyLine(p)) break;
    --last;
  }
  size_t first = last;
  size_t bodies = 0;
  while (first > 0 && IsBodyNameLine(paras[first - 1].range.in(text))) {
    bodies += LooksLikeOrganization(paras[first - 1].range.in(text)) ? 1 : 0;
    --first;
  }
  if (first == 0 || last - first < kMinBodies || 2 * bodies <= last - first) {
    return std::nullopt;
  }
  // "The following groups were closed on 2 May." over the list: the
  // prose announces an enumeration of its own, of victims as much as of
  // signers.
  absl::string_view prose = paras[first - 1].range.in(text);
  std::string lower = absl::AsciiStrToLower(prose);
  if (!absl::EndsWith(prose, ".") || !HasMoreWordsThan(prose, 10) ||
      absl::StrContains(lower, "following") || absl::StrContains(lower, "below")) {
    return std::nullopt;
  }
  std::vector<ListEntry> entries;
  for (size_t i = first; i < last; ++i) {
    entries.push_back({paras[i].range, std::string(paras[i].range.in(text))});
  }
  FoundSignatories set;
  set.confidence = kConfidence;
  set.signatories = ParseEntries(entries, countries, kConfidence);
  set.evidence = {paras[first].range.begin, paras[last - 1].range.end};
  return set;
}

}  // namespace

std::vector<FoundSignatories> FindSignatories(absl::string_view text,
                                              const std::vector<Paragraph>& paras,
                                              const CountryNames& countries) {
  std::vector<FoundSignatories> out;
  size_t i = 0;
  while (i < paras.size()) {
    float cue = ClosingStrength(paras[i].range.in(text));
    if (cue == 0 && UndersignedThenParties(text, paras, i, countries)) {
      cue = kSignatureConfidence;
    }
    if (cue == 0) {
      ++i;
      continue;
    }
    size_t first = i + 1;
    size_t last = first;
    // The notes under a list ("* Member of ...", "¹ Observer") end it.
    bool stars = false;
    while (last < paras.size()) {
      absl::string_view p = paras[last].range.in(text);
      if (!LooksLikeEntry(p) || IsCopyLine(p) || IsFootnoteLine(p, stars) ||
          IsFurnitureAfterList(p) ||
          (ClosingStrength(p) != 0 && !IsGroupHeading(p))) {
        break;
      }
      stars = stars || EndsWithStar(p);
      ++last;
    }
    std::optional<FoundSignatories> set = SignatureBlock(text, paras, first, last, countries);
    if (!set) set = SignatureBlocks(text, paras, first, last, countries);
    if (!set && last > first) {
      std::vector<amicus::v1::Signatory> entries =
          ParseEntries(JoinWrappedEntries(text, paras, first, last, countries), countries, cue);
      // Otherwise a signature of one or two lines is a person, not a list
      // (two lines may hold a whole table whose rows were joined).
      if (last - first >= 3 || entries.size() >= 3) {
        set.emplace();
        set->confidence = cue;
        set->signatories = std::move(entries);
        set->evidence = {paras[first].range.begin, paras[last - 1].range.end};
      }
    }
    if (set) {
      set->addressee = Addressee(text, paras, i);
      out.push_back(*std::move(set));
    }
    i = last > i ? last : i + 1;
  }
  if (out.empty()) {
    if (std::optional<FoundSignatories> closing = ClosingBodies(text, paras, countries)) {
      out.push_back(*std::move(closing));
    }
  }
  for (FoundSignatories& people : PeopleWithRoles(text, paras, countries, out)) {
    if (!Overlaps(out, people.evidence)) out.push_back(std::move(people));
  }
  for (FoundSignatories& prose : FindProseSignatories(text, paras, countries, out)) {
    if (!Overlaps(out, prose.evidence)) out.push_back(std::move(prose));
  }
  if (std::optional<FoundSignatories> experts = FindExpertList(text, paras)) {
    if (!Overlaps(out, experts->evidence)) out.push_back(*std::move(experts));
  }
  return out;
}

}  // namespace amicus::extract
