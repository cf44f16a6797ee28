#include "extract/signatories.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "extract/countries.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

constexpr size_t kMaxEntryWords = 22;
constexpr size_t kLongEntryChars = 60;
constexpr size_t kMaxJoinedChars = 300;
constexpr size_t kWrappedEntryChars = 40;

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

bool IsClosing(absl::string_view p) {
  // No closing is longer than "undersigned organizations": a paragraph
  // that is, is not lowercased and looked up.
  constexpr size_t kLongestClosing = 25;
  absl::string_view bare = absl::StripSuffix(absl::StripSuffix(p, ","), ":");
  if (absl::StripAsciiWhitespace(bare).size() > kLongestClosing) return false;
  std::string l = Lower(bare);
  l = std::string(absl::StripAsciiWhitespace(l));
  static const auto* kClosings = new absl::flat_hash_set<std::string>{
      "sincerely", "sincerely yours", "yours sincerely", "yours faithfully",
      "faithfully", "respectfully", "respectfully yours", "best regards",
      "kind regards", "regards", "signed", "signed by", "signatories",
      "list of signatories", "the signatories", "co-signed by", "cosigned by",
      "signing organizations", "signing organisations", "endorsed by",
      "the undersigned", "undersigned organizations", "with our thanks",
      "thank you", "in solidarity"};
  return kClosings->contains(l);
}

// Function words a wrapped entry line can end with ("... y sus" /
// "Familiares (Honduras)").
bool IsDanglingWord(absl::string_view w) {
  static const auto* kWords = new absl::flat_hash_set<std::string>{
      "of", "for", "the", "and", "in", "on", "to", "at", "with", "by", "a", "an",
      "de", "la", "le", "les", "des", "du", "et", "pour", "en", "au", "aux",
      "y", "e", "o", "sus", "su", "los", "las", "del", "el", "da", "do", "das",
      "dos", "di", "und", "für", "&"};
  return kWords->contains(Lower(w));
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
  size_t words = CountWords(p);
  if (words == 0 || words > kMaxEntryWords) return false;
  // A sentence, not a name.
  if (absl::EndsWith(p, ".") && words > 6 && !absl::EndsWith(p, "Inc.") &&
      !absl::EndsWith(p, "Ltd.")) {
    return false;
  }
  return true;
}

absl::string_view StripListMarker(absl::string_view e) {
  e = absl::StripAsciiWhitespace(e);
  for (absl::string_view bullet : {"- ", "* ", "+ ", "\xE2\x80\xA2 ", "\xE2\x80\x93 "}) {
    if (absl::StartsWith(e, bullet)) return absl::StripAsciiWhitespace(e.substr(bullet.size()));
  }
  size_t d = 0;
  while (d < e.size() && absl::ascii_isdigit(e[d])) ++d;
  if (d > 0 && d <= 3 && d + 1 < e.size() && (e[d] == '.' || e[d] == ')') && e[d + 1] == ' ') {
    return absl::StripAsciiWhitespace(e.substr(d + 2));
  }
  return e;
}

absl::string_view CleanEntry(absl::string_view e) {
  e = StripListMarker(e);
  while (!e.empty() && (e.back() == ',' || e.back() == ';')) e.remove_suffix(1);
  if (absl::StartsWith(e, "and ")) e.remove_prefix(4);
  return absl::StripAsciiWhitespace(e);
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

// The trailing "(...)" of an entry, or empty.
absl::string_view TrailingParenthetical(absl::string_view e, size_t* open_at) {
  if (!absl::EndsWith(e, ")")) return "";
  size_t open = e.rfind('(');
  if (open == absl::string_view::npos || open == 0) return "";
  *open_at = open;
  return e.substr(open + 1, e.size() - open - 2);
}

struct Entry {
  Range range;
  std::string text;
};

// A list laid out in blocks of "Name" / "Country" lines: most blocks are
// two lines whose second line is a bare country.
bool HasCountryLines(absl::string_view text, const std::vector<Paragraph>& paras,
                     size_t first, size_t last) {
  size_t blocks = 0, country_lines = 0;
  for (size_t i = first; i < last; ++i) {
    if (i == first || paras[i].blank_before) {
      ++blocks;
    } else if (!CanonicalCountry(paras[i].range.in(text)).empty()) {
      ++country_lines;
    }
  }
  return blocks >= 3 && 4 * country_lines >= 3 * blocks;
}

// Blocks of a country-line list as "Name (Country)" entries. The second
// line of a block is the list's location column even when it names no
// country ("Regional"): then the entry has no country.
std::vector<Entry> CountryLineEntries(absl::string_view text,
                                      const std::vector<Paragraph>& paras,
                                      size_t first, size_t last) {
  std::vector<Entry> entries;
  for (size_t i = first; i < last; ++i) {
    absl::string_view line = paras[i].range.in(text);
    bool second = i > first && !paras[i].blank_before && !entries.empty() &&
                  (i < 2 || paras[i - 1].blank_before || i - 1 == first);
    if (!second) {
      entries.push_back({paras[i].range, std::string(line)});
      continue;
    }
    Entry& prev = entries.back();
    if (!CanonicalCountry(line).empty()) prev.text += " (" + std::string(line) + ")";
    prev.range.end = paras[i].range.end;
  }
  return entries;
}

std::vector<Entry> JoinWrappedEntries(absl::string_view text,
                                      const std::vector<Paragraph>& paras,
                                      size_t first, size_t last) {
  if (HasCountryLines(text, paras, first, last)) {
    return CountryLineEntries(text, paras, first, last);
  }
  size_t with_country = 0;
  size_t longest = 0;
  for (size_t i = first; i < last; ++i) {
    size_t open = 0;
    absl::string_view line = paras[i].range.in(text);
    with_country += !CanonicalCountry(TrailingParenthetical(line, &open)).empty();
    longest = std::max(longest, line.size());
  }
  bool parenthesized_list = 2 * with_country >= last - first;
  std::vector<Entry> entries;
  for (size_t i = first; i < last; ++i) {
    absl::string_view line = paras[i].range.in(text);
    if (!entries.empty()) {
      Entry& prev = entries.back();
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
                          prev.text.size() >= kLongEntryChars && CountWords(line) <= 3;
      // "... of the Southern" / "Coast (Chile)" in a list of "(Country)"
      // entries: the country ends a name wrapped at the list's width.
      size_t open = 0;
      bool at_width = 5 * prev.text.size() >= 4 * longest;
      bool country_tail = parenthesized_list && prev.text.back() != ')' && at_width &&
                          prev.text.size() >= kWrappedEntryChars &&
                          !CanonicalCountry(TrailingParenthetical(line, &open)).empty() &&
                          CountWords(line.substr(0, open)) <= 2;
      bool room = prev.text.size() < kMaxJoinedChars;
      if (room && (dangling || lowercase_start || breaks_order || country_tail)) {
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

// Separators a list may set its country column off with: "Name, Kenya",
// "Name – Kenya".
constexpr absl::string_view kCountrySeparators[] = {", ", " \xE2\x80\x93 ",
                                                    " \xE2\x80\x94 ", " - "};

// Where "<sep>Country" starts at the end of `e`, or npos.
size_t SeparatedCountryAt(absl::string_view e, absl::string_view sep) {
  size_t at = e.rfind(sep);
  if (at == absl::string_view::npos || at == 0) return absl::string_view::npos;
  return CanonicalCountry(e.substr(at + sep.size())).empty() ? absl::string_view::npos : at;
}

// The separator that sets off a country in most entries of the list, or
// empty. A few "Name – Kenya" entries among plain names are chapters'
// names ("International Commission of Jurists – Kenya"), not a column.
absl::string_view CountryColumnSeparator(const std::vector<Entry>& entries) {
  for (absl::string_view sep : kCountrySeparators) {
    size_t hits = 0;
    for (const Entry& e : entries) {
      hits += SeparatedCountryAt(CleanEntry(e.text), sep) != absl::string_view::npos;
    }
    if (hits >= 3 && 2 * hits >= entries.size()) return sep;
  }
  return "";
}

std::vector<amicus::v1::Signatory> ParseEntries(const std::vector<Entry>& entries) {
  absl::string_view column = CountryColumnSeparator(entries);
  // How often the list writes each country each way: "(US)" 30 times
  // makes a lone "(USA)" part of a name.
  absl::flat_hash_map<std::string, absl::flat_hash_map<std::string, int>> styles;
  for (const Entry& e : entries) {
    size_t open = 0;
    std::string paren(TrailingParenthetical(CleanEntry(e.text), &open));
    std::string canonical = CanonicalCountry(paren);
    if (!canonical.empty()) ++styles[canonical][paren];
  }
  std::vector<amicus::v1::Signatory> out;
  for (const Entry& e : entries) {
    absl::string_view clean = CleanEntry(e.text);
    if (clean.empty() || IsPageMarker(clean)) continue;
    amicus::v1::Signatory s;
    size_t open = 0;
    std::string paren(TrailingParenthetical(clean, &open));
    std::string canonical = CanonicalCountry(paren);
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
                        : SeparatedCountryAt(clean, column);
    if (is_country) {
      s.set_name(std::string(absl::StripAsciiWhitespace(clean.substr(0, open))));
      s.set_country(paren);
    } else if (sep_at != absl::string_view::npos) {
      s.set_name(std::string(clean.substr(0, sep_at)));
      s.set_country(std::string(clean.substr(sep_at + column.size())));
    } else {
      s.set_name(std::string(clean));
      if (!paren.empty() && paren.size() <= 12 && paren.find(' ') == std::string::npos) {
        s.set_acronym(paren);
      }
    }
    if (!s.name().empty()) out.push_back(std::move(s));
  }
  return out;
}

std::string Addressee(absl::string_view text, const std::vector<Paragraph>& paras,
                      size_t closing) {
  for (size_t i = 0; i < closing; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (!IsSalutation(p)) continue;
    // An address block: the connected short lines above the salutation
    // (and above a "Re:" line); its first line names the addressee.
    size_t k = i;
    while (k > 0 && absl::StartsWith(paras[k - 1].range.in(text), "Re:")) --k;
    if (k > 0 && CountWords(paras[k - 1].range.in(text)) <= 8) {
      size_t top = k - 1;
      while (top > 0 && !paras[top].blank_before &&
             CountWords(paras[top - 1].range.in(text)) <= 8) {
        --top;
      }
      if (k - top >= 2) return std::string(paras[top].range.in(text));
    }
    absl::string_view who = p;
    if (absl::StartsWith(who, "Dear ")) who.remove_prefix(5);
    while (!who.empty() && (who.back() == ',' || who.back() == ':')) who.remove_suffix(1);
    return std::string(who);
  }
  return "";
}

}  // namespace

bool IsSalutation(absl::string_view p) {
  if (CountWords(p) > 12) return false;
  return absl::StartsWith(p, "Dear ") || absl::StartsWith(p, "Your Excellency") ||
         absl::StartsWith(p, "Excellenc") || absl::StartsWith(p, "To whom") ||
         absl::StartsWith(p, "Honourable") || absl::StartsWith(p, "Honorable");
}

std::vector<FoundSignatories> FindSignatories(
    absl::string_view text, const std::vector<Paragraph>& paras) {
  std::vector<FoundSignatories> out;
  size_t i = 0;
  while (i < paras.size()) {
    if (!IsClosing(paras[i].range.in(text))) {
      ++i;
      continue;
    }
    size_t first = i + 1;
    size_t last = first;
    while (last < paras.size() && LooksLikeEntry(paras[last].range.in(text)) &&
           !IsClosing(paras[last].range.in(text))) {
      ++last;
    }
    // A signature of one or two lines is a person, not a list.
    if (last - first >= 3) {
      FoundSignatories set;
      set.addressee = Addressee(text, paras, i);
      set.signatories = ParseEntries(JoinWrappedEntries(text, paras, first, last));
      set.evidence = {paras[first].range.begin, paras[last - 1].range.end};
      out.push_back(std::move(set));
    }
    i = last > i ? last : i + 1;
  }
  return out;
}

}  // namespace amicus::extract
