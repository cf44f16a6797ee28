#include "extract/prose_lists.h"

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/party_names.h"

namespace amicus::extract {
namespace {

// A lowercase word inside a name is followed by the item's end within
// this many words ("national des barreaux (France)").
constexpr size_t kLowercaseLookahead = 3;

// Words that end a list of names even when a separator follows soon:
// verbs and adverbs of the sentence the list is the subject of.
bool IsClauseWord(absl::string_view lower) {
  static const auto* kWords = new absl::flat_hash_set<std::string>{
      "today", "who", "which", "that", "are", "is", "was", "were", "have",
      "has", "had", "will", "would", "shall", "can", "could", "said", "says",
      "say", "all", "among", "amongst", "also", "jointly", "called", "call",
      "calls", "urge", "urged", "urges", "both", "together", "along", "as",
      "among", "delivered", "joined", "signed", "issued", "did", "do", "does",
      "wrote", "write", "met", "yesterday", "recently", "strongly", "hereby"};
  return kWords->contains(std::string(lower));
}

// Connectors after which "and" joins two words of one name: "of England
// and Wales", "for Law and Democracy".
bool BindsAnd(absl::string_view lower) {
  return lower == "of" || lower == "for" || lower == "on" || lower == "against" ||
         lower == "de" || lower == "des" || lower == "du" || lower == "pour";
}

// Kinds of body a list may name before the names: "the Russian
// organization Don Women".
bool IsGroupNoun(absl::string_view lower) {
  static const auto* kNouns = new absl::flat_hash_set<std::string>{
      "ngos", "ngo", "organizations", "organization", "organisations", "organisation",
      "groups", "group", "associations", "association", "networks", "network"};
  return kNouns->contains(std::string(lower));
}

// Whether words [b, k) are "the" and one capitalized adjective of
// nationality ("German", "the Russian"): the shape of a descriptor.
bool IsDescriptorSoFar(const std::vector<Word>& w, size_t b, size_t k) {
  if (b < k && w[b].Is("the")) ++b;
  if (k != b + 1 || !w[b].is_word || !w[b].capitalized() || w[b].all_caps()) return false;
  absl::string_view adj = w[b].text;
  // Adjectives of nationality end so: German, French, Polish, Russian,
  // Japanese, Swiss, Kenyan, Thai.
  for (absl::string_view end : {"an", "ish", "ese", "ch", "ss", "ic", "i"}) {
    if (absl::EndsWith(adj, end)) return true;
  }
  return false;
}

bool IsOpening(absl::string_view t) { return t == "(" || t == "["; }
bool IsClosing(absl::string_view t) { return t == ")" || t == "]"; }

// Punctuation that sits inside names: quotes around a patron's name,
// dashes, ampersands, slashes, footnote stars.
bool IsNamePunct(absl::string_view t) {
  return t == "\"" || t == "'" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" ||
         t == "\xE2\x80\x98" || t == "\xE2\x80\x99" || t == "-" || t == "\xE2\x80\x93" ||
         t == "\xE2\x80\x94" || t == "&" || t == "/" || t == "*" || t == "+" || t == "!";
}

bool IsSeparator(absl::string_view t) { return t == "," || t == ";"; }

bool IsDotSeparator(absl::string_view t) { return t == "\xC2\xB7" || t == "\xE2\x80\xA2"; }

// Whether the lowercase word at `k` is inside a name: an item's end (a
// separator, a parenthesis, "and") follows within a few words and no
// clause word comes first.
bool LowercaseInsideName(const std::vector<Word>& w, size_t k) {
  for (size_t j = k; j < w.size() && j <= k + kLowercaseLookahead; ++j) {
    const Word& t = w[j];
    if (!t.is_word) {
      if (IsSeparator(t.text) || IsOpening(t.text) || IsClosing(t.text)) return j > k;
      if (!IsNamePunct(t.text)) return false;
      continue;
    }
    if (j > k && t.Is("and")) return true;
    std::string lower = absl::AsciiStrToLower(t.text);
    if (IsClauseWord(lower)) return false;
  }
  return false;
}

// Trims connectors and dangling punctuation from both ends of the words
// [b, e) and returns their byte range, empty when nothing is left.
Range TrimItem(const std::vector<Word>& w, size_t b, size_t e) {
  while (b < e && (w[b].Is("and") || w[b].Is("the") || w[b].Is("or") ||
                   (!w[b].is_word && !IsOpening(w[b].text) && w[b].text != "\xE2\x80\x9C" &&
                    w[b].text != "\""))) {
    ++b;
  }
  while (e > b) {
    const Word& t = w[e - 1];
    bool dangling_word = t.is_word && !t.capitalized() && IsNameConnectorAnyCase(t.text);
    bool dangling_punct = !t.is_word && !IsClosing(t.text) && t.text != "\xE2\x80\x9D" &&
                          t.text != "\"" && t.text != "!";
    if (!dangling_word && !dangling_punct) break;
    --e;
  }
  if (b >= e) return {};
  return {w[b].begin, w[e - 1].end};
}

// Whether "and" at `k` separates two items of the coordination whose
// current item starts at word `item_begin`.
bool AndSeparates(absl::string_view text, const std::vector<Word>& w, size_t item_begin,
                  size_t k, const CountryNames& countries) {
  if (k == item_begin || k + 1 >= w.size()) return false;
  // "Trinidad and Tobago", "Bosnia and Herzegovina".
  for (size_t span = 1; span <= 2 && k + span < w.size(); ++span) {
    Range r{w[item_begin].begin, w[k + span].end};
    if (countries.IsCountry(r.in(text))) return false;
  }
  // The two words before "and" hold a binding connector: "of England".
  size_t seen = 0;
  bool bound = false;
  for (size_t j = k; j > item_begin && seen < 2; --j) {
    if (!w[j - 1].is_word) continue;
    ++seen;
    bound = bound || BindsAnd(absl::AsciiStrToLower(w[j - 1].text));
  }
  if (!bound) return true;
  // "Ayman Mohyeldin of NBC and Christiane Amanpour of CNN": people with
  // their outlets on both sides.
  size_t of = item_begin;
  while (of < k && !w[of].Is("of")) ++of;
  if (of == item_begin || of == k) return false;
  Range person{w[item_begin].begin, w[of - 1].end};
  size_t e = k + 1;
  while (e < w.size() && e < k + 6 && w[e].is_word && w[e].capitalized()) ++e;
  Range next{w[k + 1].begin, w[e - 1].end};
  return e > k + 2 && LooksLikeSignerName(person.in(text)) && LooksLikeSignerName(next.in(text));
}

}  // namespace

Coordination ReadCoordination(absl::string_view text, const std::vector<Word>& w,
                              size_t at, const CountryNames& countries,
                              CoordinationStyle style) {
  Coordination out;
  size_t item_begin = at;
  size_t depth = 0;
  bool oxford = false;  // ", and" seen: later "and"s are inside the last name
  size_t k = at;
  auto close_item = [&](size_t end) {
    Range r = TrimItem(w, item_begin, end);
    if (r.size() > 0) out.items.push_back(r);
  };
  while (k < w.size()) {
    const Word& t = w[k];
    if (!t.is_word) {
      if (IsOpening(t.text)) {
        ++depth;
      } else if (IsClosing(t.text)) {
        if (depth == 0) break;
        --depth;
      } else if (depth > 0 || IsNamePunct(t.text)) {
        // inside a parenthesis or a name
      } else if (IsSeparator(t.text) || IsDotSeparator(t.text)) {
        close_item(k);
        item_begin = k + 1;
        if (k + 1 < w.size() && w[k + 1].Is("and")) {
          oxford = true;
          item_begin = k + 2;
          ++k;
        } else if (style.accompaniment && k + 2 < w.size() && w[k + 2].is_word &&
                   (((w[k + 1].Is("together") || w[k + 1].Is("along")) && w[k + 2].Is("with")) ||
                    (w[k + 1].Is("joined") && w[k + 2].Is("by")))) {
          item_begin = k + 3;
          k += 2;
        }
      } else {
        break;  // sentence punctuation
      }
      ++k;
      continue;
    }
    if (depth > 0) {
      ++k;
      continue;
    }
    // "A · B · C", "A • B": a middle dot or bullet parts names as a comma
    // does (the tokenizer may give either as a word, being outside ASCII).
    if (IsDotSeparator(t.text)) {
      close_item(k);
      item_begin = k + 1;
      ++k;
      continue;
    }
    if (t.Is("and") && !oxford && AndSeparates(text, w, item_begin, k, countries)) {
      close_item(k);
      item_begin = k + 1;
      ++k;
      continue;
    }
    std::string lower = absl::AsciiStrToLower(t.text);
    bool name_word = t.capitalized() || absl::ascii_isdigit(static_cast<unsigned char>(t.text[0])) ||
                     t.all_caps();
    bool connector = IsNameConnector(lower);
    bool item_started = k > item_begin;
    bool article = !item_started && t.Is("the");
    // "the German NGOs DRA", "French organizations European Civil
    // Assembly": a nationality and a kind before the name are no part of it.
    // A capitalized singular one heads the name ("Asian Network").
    bool descriptive = !t.capitalized() || absl::EndsWith(lower, "s");
    if (descriptive && IsGroupNoun(lower) && IsDescriptorSoFar(w, item_begin, k)) {
      item_begin = k + 1;
      ++k;
      continue;
    }
    if (name_word || article || (connector && item_started && !IsClauseWord(lower))) {
      ++k;
      continue;
    }
    if (item_started && !IsClauseWord(lower) && LowercaseInsideName(w, k)) {
      ++k;
      continue;
    }
    break;
  }
  close_item(k);
  out.end_word = k;
  return out;
}

}  // namespace amicus::extract
