#include "extract/prose_signatories.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/document_info.h"
#include "extract/literal_gate.h"
#include "extract/party_names.h"
#include "extract/prose_lists.h"
#include "extract/words.h"
#include "re2/re2.h"

namespace amicus::extract {
namespace {

// What the words after a cue hold.
enum class After {
  kList,        // a coordination of parties
  kOnePerson,   // one person's name ("signatory to the statement NAME")
  kParentheses  // a coordination inside "(...)" after a count
};

struct Cue {
  const char* pattern;  // case-insensitive; the list starts at its end
  After after;
  size_t min_items;
  float confidence;
  // A joint text must be mentioned in the paragraph or the next one.
  bool needs_joint_text = false;
  // The sentence must speak of signing or of a joint text.
  bool needs_signing = false;
};

// Ordered from the surest cue to the weakest. Gaps are unbounded ("*?")
// and stop at sentence punctuation instead: counted repetitions would
// multiply the automaton's states.
const Cue kCues[] = {
    {R"(\b(?:co-?signed|signed|endorsed|undersigned)\s+by\s*:?\s+(?:the\s+following\s+[\w ]*?:\s*)?)",
     After::kList, 1, 0.85f},
    {R"(\bsignator(?:y|ies)\b[^.;:]*?\b(?:include[sd]?|are|were)\s*:?\s*)", After::kList, 2,
     0.85f},
    // "Signatories: A, B", and "Signed: A, B and C" on one line.
    {R"(\b(?:signatories|signed|endorsed)\s*:\s*)", After::kList, 2, 0.85f},
    {R"(\bundersigned\s+(?:\w+\s+){0,2}?(?:organi[sz]ations|groups|ngos|members|parties|individuals|states)?,?\s+including\s+)",
     After::kList, 2, 0.85f},
    {R"(\bthe\s+following\s+(?:\w+\s+){0,2}?(?:organi[sz]ations|groups|ngos|members|states|countries|individuals|parties|signatories)\b[^.:]*:\s*)",
     After::kList, 3, 0.8f},
    {R"(\bsignatory\s+(?:to|of)\s+the\s+(?:\w+\s+){0,2}?(?:statement|letter|appeal|petition|declaration)\s+)",
     After::kOnePerson, 1, 0.7f},
    {R"(\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+(?:other\s+|more\s+|further\s+)?(?:countries|states|organi[sz]ations|ngos|groups|governments)\s*\(\s*)",
     After::kParentheses, 3, 0.8f, false, true},
    // "... on behalf of A and B", "issued jointly by A, B and C".
    {R"(\b(?:statement|letter|declaration|submission|appeal)\b[^.]*?\bon\s+behalf\s+of\s+|)"
     R"(\b(?:issued|published|released|launched)\s+jointly\s+by\s+|)"
     R"(\bjointly\s+(?:issued|published|released|launched)\s+by\s+)",
     After::kList, 2, 0.75f},
    // "The letter from 22 NGOs, including A", "endorsed by 25
    // organisations, including A and B": the visible part of a count.
    {R"(\b(?:(?:letter|statement|appeal|declaration|petition)\s+(?:from|by|of)|(?:co-?signed|signed|endorsed|supported)\s+by(?:\s+more\s+than|\s+over|\s+some)?)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+(?:other\s+)?(?:ngos|organi[sz]ations|groups|states|countries)\s*,?\s+(?:including|among\s+them|such\s+as)\s+)",
     After::kList, 1, 0.75f},
    {R"(\bmembers\s+of\s+[^.;:]+?\binclude[sd]?\s*:?\s*)", After::kList, 3, 0.7f},
    {R"(\b(?:organi[sz]ations|associations|societies|groups|ngos|networks|unions|centres|centers|bodies|coalitions)(?:\s+\w+){0,3}?,?\s+including\s+)",
     After::kList, 3, 0.6f, true},
};

constexpr float kWeConfidence = 0.85f;
constexpr float kSubjectConfidence = 0.7f;
constexpr float kSelfSignerConfidence = 0.7f;
constexpr size_t kMinSubjectItems = 3;
constexpr size_t kMinSubjectOrganizations = 2;

// All cues in one pattern: most paragraphs hold none, and one scan
// tells so instead of one per cue.
const RE2& AnyCue() {
  static const RE2* re = [] {
    std::string all = "(?i)";
    for (const Cue& cue : kCues) {
      if (all.size() > 4) all += "|";
      all += "(?:" + std::string(cue.pattern) + ")";
    }
    return new RE2(all);
  }();
  return *re;
}

// A word each cue above needs ("signed", "signator" and "undersigned"
// hold "sign"; the counted cues need "(" or the "including" that follows
// the count): paragraphs with none skip the combined pattern's scan.
bool MayHaveCue(absl::string_view p) {
  static const LiteralGate* gate = new LiteralGate(
      {"sign", "endorsed", "following", "(", "behalf", "jointly", "includ", "among",
       "such"},
      /*word_start=*/false);
  return gate->MayMatch(p);
}

// Words a sentence whose subject is a list of signers holds: "We," or a
// joint verb's stem. One scan rules most paragraphs out.
bool MayHaveJointSubject(absl::string_view p) {
  static const RE2* re = new RE2(
      R"((?i)\bwe,|\b(?:call|urge|deliver|would|wish|issue|sent|send|wrote|write|submit|demand|appeal|request|ask|launch|declare))");
  return RE2::PartialMatch(re2::StringPiece(p.data(), p.size()), *re);
}

const std::vector<std::unique_ptr<RE2>>& CuePatterns() {
  static const auto* patterns = [] {
    auto* out = new std::vector<std::unique_ptr<RE2>>();
    RE2::Options options;
    options.set_case_sensitive(false);
    for (const Cue& cue : kCues) out->push_back(std::make_unique<RE2>(cue.pattern, options));
    return out;
  }();
  return *patterns;
}

// Signing a joint text: "signed the statement", "to sign the letter".
const RE2& SignedJointText() {
  static const RE2* re = new RE2(
      R"((?i)\b(?:co-?)?sign(?:ed)?\s+the\s+(?:\w+\s+){0,2}?(?:statement|letter|appeal|petition|declaration)\b)");
  return *re;
}

// A sentence that speaks of not signing.
const RE2& Refusal() {
  static const RE2* re = new RE2(R"((?i)\b(?:not|never|refused|declined|n't|won't)\b)");
  return *re;
}

bool MentionsJointText(absl::string_view s) {
  static const RE2* re = new RE2(
      R"((?i)\b(?:joint|open)\s+(?:statement|letter|declaration|appeal|submission)s?\b|\bsignator|\bco-?signed\b)");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *re);
}

bool SpeaksOfSigning(absl::string_view s) {
  static const RE2* re = new RE2(
      R"((?i)\b(?:sign|signed|signing|co-signed|endorsed?|letter|statement|declaration|joined)\b)");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *re);
}

// Verbs of a joint text's authors: "A, B and C today called on ...".
bool IsJointVerb(absl::string_view lower) {
  // Not the verbs of a reaction ("welcome", "condemn", "express"): three
  // organisations welcoming a decision issue a press release, not a
  // joint text with signers.
  static const auto* kVerbs = new absl::flat_hash_set<std::string>{
      "call", "calls", "called", "urge", "urges", "urged", "deliver", "delivers",
      "delivered", "would", "wish", "issue", "issued", "issues", "sent", "send",
      "wrote", "write", "submit", "submitted", "demand", "demands", "demanded",
      "appeal", "appealed", "request", "requested", "ask", "asked", "launch",
      "launched", "declare", "declared", "written", "writes", "sends"};
  return kVerbs->contains(std::string(lower));
}

// Adverbs and auxiliaries between a subject and its verb.
bool IsVerbPreamble(absl::string_view lower) {
  return lower == "today" || lower == "jointly" || lower == "also" || lower == "strongly" ||
         lower == "hereby" || lower == "have" || lower == "has" || lower == "yesterday" ||
         lower == "together" || lower == "again";
}

// A numbered list flattened into a line: "1. A 2. B 3. C" from `begin`
// to `end`, the items between consecutive numbers; empty when the text
// there does not start with "1." or "1)".
std::vector<Range> NumberedItems(absl::string_view text, size_t begin, size_t end) {
  std::vector<Range> items;
  size_t n = 1;
  auto marker_at = [&](size_t at, size_t number) -> size_t {  // past "N. ", or 0
    std::string m = std::to_string(number);
    if (text.substr(at, m.size()) != m || at + m.size() + 1 >= end) return 0;
    char c = text[at + m.size()];
    if ((c != '.' && c != ')') || text[at + m.size() + 1] != ' ') return 0;
    return at + m.size() + 2;
  };
  size_t item = marker_at(begin, n);
  if (item == 0) return {};
  for (size_t k = item; k < end; ++k) {
    size_t next = text[k] == ' ' ? marker_at(k + 1, n + 1) : 0;
    if (next == 0 && k + 1 < end) continue;
    size_t item_end = next == 0 ? end : k;
    Range r = Trim(text, {item, item_end});
    while (r.size() > 0 && (text[r.end - 1] == ',' || text[r.end - 1] == ';' ||
                            text[r.end - 1] == '.')) {
      --r.end;
    }
    if (r.size() > 0) items.push_back(r);
    item = next;
    ++n;
    if (next == 0) break;
  }
  return items.size() >= 2 ? items : std::vector<Range>();
}

size_t WordAt(const std::vector<Word>& words, size_t offset) {
  auto it = std::lower_bound(words.begin(), words.end(), offset,
                             [](const Word& w, size_t o) { return w.begin < o; });
  return static_cast<size_t>(it - words.begin());
}

// Items that all look like parties, up to the first that does not; empty
// when one of them is a speaker "on behalf of" others (a debate).
std::vector<ListEntry> PartyItems(absl::string_view text, const std::vector<Range>& items,
                                  const CountryNames& countries) {
  std::vector<ListEntry> out;
  for (const Range& r : items) {
    absl::string_view item = r.in(text);
    if (absl::StrContains(absl::AsciiStrToLower(item), " on behalf of ")) return {};
    if (JudgeParty(item, countries).shape == PartyShape::kNone) break;
    out.push_back({r, std::string(item)});
  }
  return out;
}

// One person's name at words[at..]: up to four capitalized words.
std::vector<Range> PersonAt(absl::string_view text, const std::vector<Word>& w, size_t at) {
  size_t e = at;
  while (e < w.size() && e < at + 4 && w[e].is_word && w[e].capitalized()) ++e;
  if (e == at) return {};
  Range r{w[at].begin, w[e - 1].end};
  if (!LooksLikeSignerName(r.in(text))) return {};
  return {r};
}

struct Scan {
  absl::string_view text;
  const CountryNames& countries;
  std::vector<FoundSignatories>& out;

  void Emit(const std::vector<ListEntry>& entries, size_t min_items, float confidence) {
    if (entries.size() < min_items) return;
    // One named party must be an organisation or a person: a lone "by
    // Kenya" is not a list of signers.
    if (entries.size() == 1) {
      PartyShape shape = JudgeParty(entries[0].text, countries).shape;
      if (shape != PartyShape::kOrganization && shape != PartyShape::kPerson) return;
    }
    FoundSignatories set;
    set.confidence = confidence;
    set.signatories = ParseEntries(entries, countries, confidence);
    set.evidence = {entries.front().range.begin, entries.back().range.end};
    if (!set.signatories.empty()) out.push_back(std::move(set));
  }

  void Cues(const std::vector<Paragraph>& paras, size_t i) {
    absl::string_view p = paras[i].range.in(text);
    if (!MayHaveCue(p) ||
        !RE2::PartialMatch(re2::StringPiece(p.data(), p.size()), AnyCue())) {
      return;
    }
    std::vector<Word> words;
    for (size_t c = 0; c < std::size(kCues); ++c) {
      const Cue& cue = kCues[c];
      re2::StringPiece whole(p.data(), p.size());
      re2::StringPiece match;
      size_t from = 0;
      while (CuePatterns()[c]->Match(whole, from, whole.size(), RE2::UNANCHORED, &match, 1)) {
        size_t end = static_cast<size_t>(match.data() + match.size() - p.data());
        from = std::max(end, from + 1);
        if (cue.needs_joint_text &&
            !MentionsJointText(p) &&
            !(i + 1 < paras.size() && MentionsJointText(paras[i + 1].range.in(text)))) {
          continue;
        }
        if (cue.needs_signing && !SpeaksOfSigning(p)) continue;
        if (words.empty()) words = Tokenize(p, paras[i].range.begin);
        size_t at = WordAt(words, paras[i].range.begin + end);
        std::vector<Range> items;
        if (cue.after == After::kOnePerson) {
          items = PersonAt(text, words, at);
        } else {
          CoordinationStyle style;
          style.in_parentheses = cue.after == After::kParentheses;
          items = NumberedItems(text, paras[i].range.begin + end, paras[i].range.end);
          if (items.empty()) items = ReadCoordination(text, words, at, countries, style).items;
        }
        Emit(PartyItems(text, items, countries), cue.min_items, cue.confidence);
      }
    }
  }

  // "We, A, B and C, ..." and "A, B and C today called on ...".
  void Subjects(const Paragraph& para) {
    absl::string_view p = para.range.in(text);
    if (p.find(',') == absl::string_view::npos || !MayHaveJointSubject(p)) return;
    std::vector<Word> words;
    for (const Range& s : Sentences(text, para.range)) {
      absl::string_view sentence = s.in(text);
      // Cheap tests first: a subject list has a comma or an "and".
      if (sentence.find(',') == absl::string_view::npos) continue;
      if (words.empty()) words = Tokenize(para.range.in(text), para.range.begin);
      // "Kampala, 18 August 2025 – We, A, B and C, ...": past the dateline.
      size_t dateline = s.begin == para.range.begin ? DatelineLength(sentence, nullptr) : 0;
      size_t at = WordAt(words, s.begin + dateline);
      if (at < words.size() && !words[at].is_word) ++at;  // an opening quote
      at = AfterPreamble(words, at);
      if (at + 1 < words.size() && words[at].Is("we") && words[at + 1].text == ",") {
        Coordination c = ReadCoordination(text, words, at + 2, countries);
        if (DescribesSigners(words, at + 2, c)) continue;
        Emit(PartyItems(text, c.items, countries), 2, kWeConfidence);
        continue;
      }
      CoordinationStyle style;
      style.accompaniment = true;
      Coordination c = ReadCoordination(text, words, at, countries, style);
      size_t rest = c.items.size() >= 2 ? WordAt(words, c.items.back().begin) : words.size();
      if (rest + 1 < words.size() && IsCountedRest(words[rest], words[rest + 1])) {
        // "A and 80 other NGOs have urged ...": the named lead signers.
        std::vector<Range> named(c.items.begin(), c.items.end() - 1);
        std::vector<ListEntry> entries = PartyItems(text, named, countries);
        if (entries.size() == named.size() && JointVerbWithin(words, rest)) {
          Emit(entries, 1, kSubjectConfidence);
        }
        continue;
      }
      if (c.items.size() < kMinSubjectItems || !FollowedByJointVerb(words, c.end_word)) continue;
      std::vector<ListEntry> entries = PartyItems(text, c.items, countries);
      if (entries.size() != c.items.size()) continue;
      size_t organizations = 0;
      for (const ListEntry& e : entries) {
        organizations += JudgeParty(e.text, countries).shape == PartyShape::kOrganization;
      }
      if (organizations < kMinSubjectOrganizations) continue;
      Emit(entries, kMinSubjectItems, kSubjectConfidence);
    }
  }

  // "X said that he signed the statement", "X, who signed the letter,":
  // a person a report names as one of a joint text's signers.
  void SelfSigners(const Paragraph& para) {
    absl::string_view p = para.range.in(text);
    static const LiteralGate* sign = new LiteralGate({"sign"}, /*word_start=*/false);
    if (!sign->MayMatch(p) ||
        !RE2::PartialMatch(re2::StringPiece(p.data(), p.size()), SignedJointText())) {
      return;
    }
    for (const Range& s : Sentences(text, para.range)) {
      absl::string_view sentence = s.in(text);
      re2::StringPiece whole(sentence.data(), sentence.size()), match;
      if (!SignedJointText().Match(whole, 0, whole.size(), RE2::UNANCHORED, &match, 1) ||
          RE2::PartialMatch(whole, Refusal())) {
        continue;
      }
      size_t signed_at = s.begin + static_cast<size_t>(match.data() - sentence.data());
      std::vector<Word> words = Tokenize(sentence, s.begin);
      size_t sign = WordAt(words, signed_at);
      size_t name_end = SignerBefore(words, sign);
      if (name_end == 0) continue;
      size_t b = name_end;
      while (b > 0 && name_end - b < 4 && words[b - 1].is_word && words[b - 1].capitalized()) --b;
      if (b == name_end) continue;
      Range r{words[b].begin, words[name_end - 1].end};
      if (!LooksLikeSignerName(r.in(text))) continue;
      Emit({{r, std::string(r.in(text))}}, 1, kSelfSignerConfidence);
    }
  }

  // Where the name of the person who signed ends, before the "sign" at
  // token k: "NAME said (that) he/she ... sign" or "NAME, who signed";
  // 0 when the sentence has neither shape.
  static size_t SignerBefore(const std::vector<Word>& w, size_t k) {
    constexpr size_t kMaxGap = 8;
    if (k >= 2 && w[k - 1].Is("who") && w[k - 2].text == ",") return k - 2;
    if (k >= 3 && w[k - 2].Is("who") && w[k - 3].text == ",") return k - 3;  // "who also signed"
    for (size_t n = 0; k > 0 && n < kMaxGap; --k, ++n) {
      const Word& p = w[k - 1];
      // "he hoped the government would sign": someone else signs, or no
      // one yet.
      if (!p.is_word || p.Is("the") || p.Is("a") || p.Is("an") || p.Is("their") ||
          p.Is("would") || p.Is("will") || p.Is("should") || p.Is("could") ||
          p.Is("must") || p.Is("may")) {
        return 0;
      }
      if (!(p.Is("he") || p.Is("she") || p.Is("they"))) continue;
      size_t v = k - 1;
      if (v > 0 && w[v - 1].Is("that")) --v;
      if (v > 0 && (w[v - 1].Is("said") || w[v - 1].Is("says"))) return v - 1;
      return 0;
    }
    return 0;
  }

  // "We, the Nordic and Baltic writers' centres, ...": "the" and a
  // lowercase plural head describe the signers as a class; the words
  // before the head share it ("Nordic" is no party of its own).
  static bool DescribesSigners(const std::vector<Word>& w, size_t at, const Coordination& c) {
    if (at >= w.size() || !w[at].Is("the") || c.items.empty()) return false;
    size_t last = c.end_word;
    while (last > at && !w[last - 1].is_word) --last;
    if (last <= at) return false;
    const Word& head = w[last - 1];
    return !head.capitalized() && absl::EndsWith(head.text, "s");
  }

  // Past "Today," or "On 9 April 2020," opening a sentence.
  static size_t AfterPreamble(const std::vector<Word>& w, size_t at) {
    constexpr size_t kMaxDateWords = 5;
    if (at + 1 < w.size() && w[at].is_word && w[at + 1].text == "," &&
        IsVerbPreamble(absl::AsciiStrToLower(w[at].text))) {
      return at + 2;
    }
    if (at < w.size() && (w[at].Is("on") || w[at].Is("in"))) {
      bool digit = false;
      for (size_t k = at + 1; k < w.size() && k <= at + kMaxDateWords; ++k) {
        if (w[k].text == ",") return digit ? k + 1 : at;
        if (!w[k].is_word) return at;
        digit = digit || absl::ascii_isdigit(static_cast<unsigned char>(w[k].text[0]));
      }
    }
    return at;
  }

  // "80 other media and human rights NGOs": a count of the others.
  static bool IsCountedRest(const Word& count, const Word& next) {
    static const RE2* re = new RE2(
        R"((?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)$)");
    return (next.Is("other") || next.Is("more") || next.Is("further")) &&
           RE2::FullMatch(re2::StringPiece(count.text.data(), count.text.size()), *re);
  }

  // A joint verb within the clause that starts at words[k].
  static bool JointVerbWithin(const std::vector<Word>& w, size_t k) {
    constexpr size_t kMaxWords = 10;
    for (size_t n = 0; k < w.size() && n < kMaxWords; ++k, ++n) {
      if (!w[k].is_word) return false;
      if (IsJointVerb(absl::AsciiStrToLower(w[k].text))) return true;
    }
    return false;
  }

  static bool FollowedByJointVerb(const std::vector<Word>& w, size_t k) {
    if (k < w.size() && w[k].text == ",") ++k;
    for (size_t n = 0; k < w.size() && n < 3; ++k, ++n) {
      if (!w[k].is_word) return false;
      std::string lower = absl::AsciiStrToLower(w[k].text);
      if (IsJointVerb(lower)) return true;
      if (!IsVerbPreamble(lower)) return false;
    }
    return false;
  }
};

}  // namespace

std::vector<FoundSignatories> FindProseSignatories(absl::string_view text,
                                                   const std::vector<Paragraph>& paragraphs,
                                                   const CountryNames& countries,
                                                   const std::vector<FoundSignatories>& found) {
  std::vector<FoundSignatories> out;
  Scan scan{text, countries, out};
  auto inside_found = [&found](Range r) {
    return std::any_of(found.begin(), found.end(), [r](const FoundSignatories& s) {
      return s.evidence.begin < r.end && r.begin < s.evidence.end;
    });
  };
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    // A set read from a paragraph lies in it; in a list already found it
    // would be dropped, so the paragraph is not scanned.
    if (inside_found(paragraphs[i].range)) continue;
    scan.Cues(paragraphs, i);
    scan.Subjects(paragraphs[i]);
    scan.SelfSigners(paragraphs[i]);
  }
  return out;
}

}  // namespace amicus::extract
