#include "extract/signatory_entries.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extract/footnote_marks.h"
#include "extract/party_names.h"

namespace amicus::extract {
namespace {

// Acronyms given in parentheses are short and have no space.
constexpr size_t kMaxAcronymChars = 12;

absl::string_view StripListMarker(absl::string_view e) {
  e = absl::StripAsciiWhitespace(e);
  for (absl::string_view bullet : {"- ", "* ", "+ ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ",
                                   "\xC2\xB7 ", "\xE2\x97\x8F "}) {
    if (absl::StartsWith(e, bullet)) return absl::StripAsciiWhitespace(e.substr(bullet.size()));
  }
  size_t d = 0;
  while (d < e.size() && absl::ascii_isdigit(e[d])) ++d;
  if (d > 0 && d <= 3 && d + 1 < e.size() && (e[d] == '.' || e[d] == ')') && e[d + 1] == ' ') {
    return absl::StripAsciiWhitespace(e.substr(d + 2));
  }
  return e;
}

// A page number left in the list by PDF extraction ("2", "Page 2 of 3",
// "- 2 -", "2/3"): the list runs on across it but it names nobody.
bool IsPageMarker(absl::string_view e) {
  if (absl::StartsWithIgnoreCase(e, "page ")) e.remove_prefix(5);
  bool digit = false;
  for (char c : e) {
    if (absl::ascii_isdigit(c)) {
      digit = true;
    } else if (c != ' ' && c != '-' && c != '/' && c != 'o' && c != 'f') {
      return false;
    }
  }
  return digit;
}

// Separators a list may set its country column off with: "Name, Kenya",
// "Name – Kenya".
constexpr absl::string_view kCountrySeparators[] = {", ", " \xE2\x80\x93 ",
                                                    " \xE2\x80\x94 ", " - "};

// Where "<sep>Country" starts at the end of `e`, or npos.
size_t SeparatedCountryAt(absl::string_view e, absl::string_view sep,
                          const CountryNames& countries) {
  size_t at = e.rfind(sep);
  if (at == absl::string_view::npos || at == 0) return absl::string_view::npos;
  return countries.IsCountry(e.substr(at + sep.size())) ? at : absl::string_view::npos;
}

// A region or scope a country column gives for a body that works across
// countries: "Name – International", "Name – Latin America".
bool IsScopeName(absl::string_view tail) {
  static const auto* kScopes = new absl::flat_hash_set<std::string>{
      "international", "regional", "global", "worldwide", "africa", "asia", "europe",
      "americas", "latin america", "middle east", "asia-pacific", "asia pacific",
      "pacific", "mena", "east africa", "west africa", "southern africa",
      "central asia", "south asia", "southeast asia", "eastern europe", "caribbean"};
  return kScopes->contains(absl::AsciiStrToLower(tail));
}

// Where "<sep>Country" or, in a column set off by a dash, "<sep>Region"
// starts at the end of `e`, or npos.
size_t ColumnValueAt(absl::string_view e, absl::string_view sep,
                     const CountryNames& countries) {
  size_t at = SeparatedCountryAt(e, sep, countries);
  if (at != absl::string_view::npos || sep == ", ") return at;
  at = e.rfind(sep);
  if (at == absl::string_view::npos || at == 0) return absl::string_view::npos;
  return IsScopeName(e.substr(at + sep.size())) ? at : absl::string_view::npos;
}

// The separator that sets off a country in most entries of the list, or
// empty. A few "Name – Kenya" entries among plain names are chapters'
// names ("International Commission of Jurists – Kenya"), not a column.
absl::string_view CountryColumnSeparator(const std::vector<absl::string_view>& entries,
                                         const CountryNames& countries) {
  for (absl::string_view sep : kCountrySeparators) {
    size_t hits = 0;
    for (absl::string_view e : entries) {
      hits += SeparatedCountryAt(e, sep, countries) != absl::string_view::npos;
    }
    if (hits >= 3 && 2 * hits >= entries.size()) return sep;
  }
  return "";
}

// Whether most entries are people with a role or an outlet after the
// name: then the role goes.
bool IsListOfPeopleWithRoles(const std::vector<absl::string_view>& entries) {
  size_t people = 0;
  // "Dr. Samuel Okoro" among them is a person too, though with no role,
  // and so is "Leila Farouk, human rights lawyer".
  for (absl::string_view e : entries) {
    size_t comma = e.find(", ");
    bool lowercase_role = comma != absl::string_view::npos && comma + 2 < e.size() &&
                          absl::ascii_islower(static_cast<unsigned char>(e[comma + 2])) &&
                          LooksLikeSignerName(e.substr(0, comma));
    people += !PersonBeforeRole(e).empty() || !HonoredPerson(e).empty() || lowercase_role;
  }
  return people >= 1 && 2 * people > entries.size();
}

// An identifier, not a name: "OB_Logos" (an image's alt text), a handle.
bool IsIdentifier(absl::string_view e) {
  return e.find('_') != absl::string_view::npos && e.find(' ') == absl::string_view::npos;
}

// Whether every cell of a table row is a header word or a rule ("---").
bool IsHeaderRow(const std::vector<absl::string_view>& cells) {
  for (absl::string_view c : cells) {
    std::string l = absl::AsciiStrToLower(c);
    bool rule = l.find_first_not_of("-: ") == std::string::npos;
    bool header = l == "organisation" || l == "organization" || l == "name" || l == "country" ||
                  l == "signatory" || l == "signatories" || l == "title" || l == "role";
    if (!rule && !header) return false;
  }
  return true;
}

// A Markdown table row "| Name | Country |" as the entry "Name
// (Country)", its other columns dropped; "" for header and rule rows.
// Any other entry unchanged.
std::string FromTableRow(std::string e, const CountryNames& countries) {
  absl::string_view row = absl::StripAsciiWhitespace(e);
  if (!absl::StartsWith(row, "|") || !absl::EndsWith(row, "|") || row.size() < 3) return e;
  std::vector<absl::string_view> cells;
  for (absl::string_view c : absl::StrSplit(row.substr(1, row.size() - 2), '|')) {
    c = absl::StripAsciiWhitespace(c);
    if (!c.empty()) cells.push_back(c);
  }
  if (cells.empty() || IsHeaderRow(cells)) return "";
  std::string out(StripFootnoteMarks(cells[0]));
  for (size_t k = 1; k < cells.size(); ++k) {
    if (countries.IsCountry(cells[k])) return absl::StrCat(out, " (", cells[k], ")");
  }
  return out;
}

// The rows of a Markdown table that line assembly joined into one line
// ("| A | Kenya | | B | Peru |"); any other entry as it is.
std::vector<std::string> TableRows(std::string e) {
  if (!absl::StartsWith(e, "|") || e.find("| |") == std::string::npos) return {std::move(e)};
  std::vector<std::string> rows;
  for (absl::string_view row : absl::StrSplit(e, "| |")) {
    row = absl::StripAsciiWhitespace(row);
    if (row.empty()) continue;
    std::string r(row);
    if (!absl::StartsWith(r, "|")) r = "| " + r;
    if (!absl::EndsWith(r, "|")) r += " |";
    rows.push_back(std::move(r));
  }
  return rows;
}

// The entries without their markup, without identifiers and without the
// page furniture a list runs into at its end ("Tweets by ...").
std::vector<ListEntry> WithoutFurniture(const std::vector<ListEntry>& raw,
                                        const CountryNames& countries) {
  std::vector<ListEntry> out;
  for (const ListEntry& e : raw) {
    for (std::string row : TableRows(StripInlineTags(e.text))) {
      std::string text = FromTableRow(std::move(row), countries);
      if (text.empty() || IsIdentifier(CleanEntry(text))) continue;
      out.push_back({e.range, std::move(text)});
    }
  }
  // "Leila Farouk, human rights lawyer" ends a list as a signer, not as
  // furniture: a person's name before the comma.
  auto person_first = [](absl::string_view e) {
    size_t at = e.find(", ");
    return at != absl::string_view::npos && LooksLikeSignerName(e.substr(0, at));
  };
  while (out.size() > 1) {
    absl::string_view last = CleanEntry(out.back().text);
    if (JudgeParty(last, countries).shape != PartyShape::kNone || person_first(last)) break;
    out.pop_back();
  }
  return out;
}

// In a list of people with roles, the name before ", role" that
// PersonBeforeRole does not take: a one-word pen name or mononym
// ("Halla, Nordic Writers"), or a person's name before a role in
// lowercase ("Ana Ruiz, lawyer"); the list's other entries vouch that the
// tail is a role.
absl::string_view NameBeforeAnyRole(absl::string_view entry) {
  size_t at = entry.find(", ");
  if (at == absl::string_view::npos) return "";
  absl::string_view name = entry.substr(0, at);
  bool one_word = !name.empty() && name.find(' ') == absl::string_view::npos &&
                  !absl::ascii_islower(static_cast<unsigned char>(name[0]));
  return one_word || LooksLikeSignerName(name) ? name : "";
}

// "FIDH, within the framework of the Observatory", "X, a member of the Y
// network": a comma and a phrase that opens with a preposition, an article
// or a word of membership describe the signer. Other lowercase words after
// a comma may be the name's own ("..., z.s.", "..., promoción social").
absl::string_view WithoutDescriptiveTail(absl::string_view name) {
  static const auto* kOpeners = new absl::flat_hash_set<std::string>{
      "within", "on", "in", "as", "a", "an", "the", "member", "members", "part",
      "represented", "together", "acting", "with", "for", "coordinated", "supported"};
  for (size_t at = name.find(", "); at != absl::string_view::npos;
       at = name.find(", ", at + 1)) {
    absl::string_view tail = name.substr(at + 2);
    absl::string_view first = tail.substr(0, tail.find(' '));
    if (first.size() < tail.size() && kOpeners->contains(first) &&
        name.substr(0, at).find(' ') != absl::string_view::npos) {
      return name.substr(0, at);
    }
  }
  return name;
}

// "Kenya" / "Brazil:" lines that head the signers of each country: for
// each entry, the country of the heading above it ("" for none), and
// whether the entry is a heading. Headings count only when the list opens
// with one, has two at least and every country line in it heads a group
// (a list of States is no grouped list).
std::vector<std::string> CountryHeadings(const std::vector<absl::string_view>& entries,
                                         const CountryNames& countries,
                                         std::vector<bool>& heading) {
  constexpr size_t kMinHeadings = 2;
  size_t n = entries.size();
  heading.assign(n, false);
  auto country_line = [&](size_t i) {
    return countries.IsCountry(absl::StripSuffix(entries[i], ":"));
  };
  size_t headings = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!country_line(i)) continue;
    if (i + 1 == n || country_line(i + 1)) return std::vector<std::string>(n);
    heading[i] = true;
    ++headings;
  }
  if (headings < kMinHeadings || !heading[0]) {
    heading.assign(n, false);
    return std::vector<std::string>(n);
  }
  std::vector<std::string> out(n);
  std::string current;
  for (size_t i = 0; i < n; ++i) {
    if (heading[i]) current = std::string(absl::StripSuffix(entries[i], ":"));
    out[i] = current;
  }
  return out;
}

float EntryConfidence(absl::string_view name, const CountryNames& countries,
                      float list_confidence) {
  PartyJudgement j = JudgeParty(name, countries);
  float party = j.shape == PartyShape::kNone ? 0.3f : j.score;
  // A sure list vouches for odd-looking entries; a weak one does not.
  return std::min(list_confidence, 0.5f * (list_confidence + party) + 0.05f);
}

}  // namespace

absl::string_view TrailingParenthetical(absl::string_view e, size_t* open_at) {
  if (!absl::EndsWith(e, ")")) return "";
  size_t open = e.rfind('(');
  if (open == absl::string_view::npos || open == 0) return "";
  *open_at = open;
  return e.substr(open + 1, e.size() - open - 2);
}

std::string StripInlineTags(absl::string_view e) {
  std::string out;
  out.reserve(e.size());
  size_t i = 0;
  while (i < e.size()) {
    size_t close = e[i] == '<' ? e.find('>', i) : absl::string_view::npos;
    bool tag = close != absl::string_view::npos && i + 1 < e.size() &&
               (absl::ascii_isalpha(static_cast<unsigned char>(e[i + 1])) || e[i + 1] == '/');
    if (tag) {
      i = close + 1;
      continue;
    }
    out.push_back(e[i++]);
  }
  return out;
}

// "Organisations:", "Individual signatories", "NGOs:": a heading of one
// group of a signers' list, with or without its colon (HTML headings have
// none). It opens a list where none is open, inside one the list runs on
// across it, and it signs nothing.
bool IsGroupHeading(absl::string_view p) {
  static const auto* kGroups = new absl::flat_hash_set<absl::string_view>{
      "organisations", "organizations", "individuals", "ngos",
      "civil society organisations", "civil society organizations",
      "individual signatories", "organisational signatories",
      "organizational signatories"};
  constexpr size_t kLongest = 32;
  p = absl::StripAsciiWhitespace(p);
  if (absl::EndsWith(p, ":")) p.remove_suffix(1);
  p = absl::StripTrailingAsciiWhitespace(p);
  if (p.size() >= kLongest) return false;
  // Lowercased on the stack: this runs for every entry of every list.
  char lower[kLongest];
  for (size_t k = 0; k < p.size(); ++k) {
    lower[k] = absl::ascii_tolower(static_cast<unsigned char>(p[k]));
  }
  return kGroups->contains(absl::string_view(lower, p.size()));
}

// "Coastal Rights Network – www.crn.example.org", "... (https://...)":
// the body's web address after its name is no part of the name.
absl::string_view WithoutTrailingAddress(absl::string_view e) {
  size_t space = e.rfind(' ');
  if (space == absl::string_view::npos) return e;
  absl::string_view last = absl::StripPrefix(e.substr(space + 1), "(");
  if (!absl::StartsWith(last, "www.") && !absl::StartsWith(last, "http://") &&
      !absl::StartsWith(last, "https://")) {
    return e;
  }
  e = absl::StripTrailingAsciiWhitespace(e.substr(0, space));
  for (absl::string_view sep : {"\xE2\x80\x93", "\xE2\x80\x94", "-", ":", "|", ","}) {
    if (absl::EndsWith(e, sep)) {
      e = absl::StripTrailingAsciiWhitespace(e.substr(0, e.size() - sep.size()));
      break;
    }
  }
  return e;
}

absl::string_view CleanEntry(absl::string_view e) {
  e = WithoutTrailingAddress(StripFootnoteMarks(StripListMarker(e)));
  while (!e.empty() && (e.back() == ',' || e.back() == ';' || e.back() == '*' ||
                        e.back() == '|' || e.back() == ' ')) {
    e.remove_suffix(1);
  }
  e = StripFootnoteMarks(e);
  if (absl::StartsWith(e, "and ")) e.remove_prefix(4);
  return absl::StripAsciiWhitespace(e);
}

// "Kenya: Coastal Rights Network, Nairobi Legal Clinic": a line that opens
// with a country and a colon lists that country's signers, each one
// "Name (Kenya)" as a list in that style writes it.
std::vector<ListEntry> SplitCountryLines(std::vector<ListEntry> entries,
                                         const CountryNames& countries) {
  std::vector<ListEntry> out;
  out.reserve(entries.size());
  for (ListEntry& e : entries) {
    // Most entries have no colon: they are not cleaned twice.
    absl::string_view clean =
        e.text.find(": ") == std::string::npos ? absl::string_view() : CleanEntry(e.text);
    size_t colon = clean.find(": ");
    if (colon == absl::string_view::npos || !countries.IsCountry(clean.substr(0, colon))) {
      out.push_back(std::move(e));
      continue;
    }
    std::string country(clean.substr(0, colon));
    // Split at commas and semicolons only: "and" may be a name's own
    // ("Centre for Law and Democracy").
    std::string rest(clean.substr(colon + 2));
    absl::StrReplaceAll({{"; ", ", "}}, &rest);
    for (absl::string_view item : absl::StrSplit(rest, ", ")) {
      item = absl::StripPrefix(absl::StripAsciiWhitespace(item), "and ");
      if (!item.empty()) out.push_back({e.range, absl::StrCat(item, " (", country, ")")});
    }
  }
  return out;
}

std::vector<amicus::v1::Signatory> ParseEntries(const std::vector<ListEntry>& raw_entries,
                                                const CountryNames& countries,
                                                float list_confidence) {
  std::vector<ListEntry> entries =
      SplitCountryLines(WithoutFurniture(raw_entries, countries), countries);
  // Each entry cleaned once; the views point into `entries`.
  std::vector<absl::string_view> cleaned;
  cleaned.reserve(entries.size());
  for (const ListEntry& e : entries) cleaned.push_back(CleanEntry(e.text));
  absl::string_view column = CountryColumnSeparator(cleaned, countries);
  // Judged per group: "Organisations:" / "Individuals:" head groups of
  // one list, and only the second may be people with roles.
  std::vector<bool> people_with_roles(cleaned.size(), false);
  for (size_t b = 0; b < cleaned.size();) {
    if (absl::EndsWith(cleaned[b], ":") || IsGroupHeading(cleaned[b])) ++b;
    size_t e = b;
    while (e < cleaned.size() && !absl::EndsWith(cleaned[e], ":") && !IsGroupHeading(cleaned[e])) {
      ++e;
    }
    bool people = IsListOfPeopleWithRoles({cleaned.begin() + b, cleaned.begin() + e});
    std::fill(people_with_roles.begin() + b, people_with_roles.begin() + e, people);
    b = e;
  }
  // How often the list writes each country each way: "(US)" 30 times
  // makes a lone "(USA)" part of a name.
  absl::flat_hash_map<std::string, absl::flat_hash_map<std::string, int>> styles;
  for (absl::string_view clean : cleaned) {
    size_t open = 0;
    std::string paren(TrailingParenthetical(clean, &open));
    std::string canonical = countries.Canonical(paren);
    if (!canonical.empty()) ++styles[canonical][paren];
  }
  std::vector<bool> heading;
  std::vector<std::string> grouped = CountryHeadings(cleaned, countries, heading);
  std::vector<amicus::v1::Signatory> out;
  for (size_t i = 0; i < cleaned.size(); ++i) {
    absl::string_view clean = cleaned[i];
    // "Individuals:" between the organisations and the people heads a
    // group of the list; it signs nothing.
    if (clean.empty() || IsPageMarker(clean) || heading[i] || absl::EndsWith(clean, ":") ||
        IsGroupHeading(clean)) {
      continue;
    }
    amicus::v1::Signatory s;
    size_t open = 0;
    std::string paren(TrailingParenthetical(clean, &open));
    std::string canonical = countries.Canonical(paren);
    bool is_country = !canonical.empty();
    if (is_country) {
      const auto& used = styles[canonical];
      int mine = used.contains(paren) ? used.at(paren) : 0;
      for (const auto& [style, count] : used) {
        if (style != paren && count >= 3 && count > mine) is_country = false;
      }
    }
    size_t sep_at = column.empty() || (!paren.empty() && is_country)
                        ? absl::string_view::npos
                        : ColumnValueAt(clean, column, countries);
    // "Coastal Rights Network (CRN, Kenya)": the acronym stays with the
    // name (FORMAT.md) and the country is the entry's.
    size_t comma = is_country ? std::string::npos : paren.rfind(", ");
    std::string acronym = comma == std::string::npos ? "" : paren.substr(0, comma);
    bool acronym_and_country = !acronym.empty() && acronym.size() <= kMaxAcronymChars &&
                               acronym.find(' ') == std::string::npos &&
                               countries.IsCountry(paren.substr(comma + 2));
    if (acronym_and_country) {
      s.set_name(absl::StrCat(absl::StripAsciiWhitespace(clean.substr(0, open)), " (", acronym,
                              ")"));
      s.set_acronym(acronym);
      s.set_country(paren.substr(comma + 2));
    } else if (is_country) {
      s.set_name(std::string(absl::StripAsciiWhitespace(clean.substr(0, open))));
      s.set_country(paren);
    } else if (sep_at != absl::string_view::npos) {
      s.set_name(std::string(clean.substr(0, sep_at)));
      s.set_country(std::string(clean.substr(sep_at + column.size())));
    } else {
      s.set_name(std::string(clean));
      if (!paren.empty() && paren.size() <= kMaxAcronymChars &&
          paren.find(' ') == std::string::npos) {
        s.set_acronym(paren);
      }
    }
    if (people_with_roles[i]) {
      absl::string_view person = PersonBeforeRole(s.name());
      if (person.empty()) person = NameBeforeAnyRole(s.name());
      if (person.empty()) person = HonoredPerson(s.name());
      if (!person.empty()) s.set_name(std::string(person));
    }
    s.set_name(std::string(WithoutDescriptiveTail(s.name())));
    if (s.name().empty()) continue;
    if (s.country().empty()) s.set_country(grouped[i]);
    s.set_confidence(EntryConfidence(s.name(), countries, list_confidence));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace amicus::extract
