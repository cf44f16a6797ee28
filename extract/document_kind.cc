#include "extract/document_kind.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "extract/document_info.h"
#include "extract/literal_gate.h"
#include "extract/page_furniture.h"
#include "extract/people.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

using amicus::v1::DocumentKind;

constexpr size_t kHeadParagraphs = 15;
constexpr size_t kMinJointSigners = 5;
// A list the signatories finder is sure of (a closing or a signing cue
// right before it) needs fewer entries to make the text a joint one.
constexpr size_t kMinSureJointSigners = 3;
// Organisations a statement's lead names as its issuers to be a joint one.
constexpr size_t kMinCoIssuers = 2;
constexpr float kSureSigners = 0.85f;
constexpr size_t kCueBytes = 200;  // where "the undersigned" opens a paragraph
// A list of signers ending this close to the end of the text closes it.
constexpr double kClosingShare = 0.8;

// 1. The lead's subject is a United Nations body.
bool UnBodyLeads(absl::string_view lead) {
  lead.remove_prefix(DatelineLength(lead, nullptr));
  absl::string_view subject = absl::StripPrefix(lead, "The ");
  bool un = false;
  for (absl::string_view body :
       {"United Nations", "UN ", "U.N. ", "Human Rights Council", "Special Rapporteur",
        "High Commissioner", "Security Council", "General Assembly", "Secretary-General",
        "Committee on the ", "Committee against ", "Working Group on ", "Independent Expert",
        "OHCHR", "Office of the United Nations", "Office of the High Commissioner"}) {
    un = un || absl::StartsWith(subject, body);
  }
  if (!un) return false;
  std::string head = absl::AsciiStrToLower(lead.substr(0, kCueBytes));
  for (absl::string_view verb : {" today ", " this morning", " this afternoon", " called",
                                 " held", " urged", " expressed", " said", " condemned",
                                 " welcomed", " warned", " concluded", " adopted", " issued",
                                 " voiced", " stressed", " opened", " heard"}) {
    if (absl::StrContains(head, verb)) return true;
  }
  return false;
}

// 2. A genre banner among the head's lines.
DocumentKind Banner(absl::string_view text, const std::vector<Paragraph>& paras,
                    size_t end) {
  for (size_t i = 0; i < end; ++i) {
    DocumentKind k = BannerKind(paras[i].range.in(text));
    if (k != amicus::v1::DOCUMENT_KIND_UNSPECIFIED) return k;
  }
  return amicus::v1::DOCUMENT_KIND_UNSPECIFIED;
}

bool HeadingNamesLetter(absl::string_view title) {
  std::string t = absl::AsciiStrToLower(title);
  for (absl::string_view p : {"open letter", "joint letter", "joint open letter",
                              "an open letter", "letter to "}) {
    if (absl::StartsWith(t, p)) return true;
  }
  return false;
}

bool HeadingNamesStatement(absl::string_view title) {
  std::string t = absl::AsciiStrToLower(title);
  return absl::StrContains(t, "joint statement") || absl::StrContains(t, "open statement") ||
         absl::StrContains(t, "public statement") || absl::StartsWith(t, "statement");
}

// "We, A, B and C, ..." or "We, the Friends of ...", opening a sentence
// of the paragraph's head: the signers speak.
bool WeNamedOpens(absl::string_view p) {
  absl::string_view head = p.substr(0, kCueBytes);
  for (size_t at = head.find("We, "); at != absl::string_view::npos;
       at = head.find("We, ", at + 1)) {
    if (at > 0 && !absl::EndsWith(head.substr(0, at), ". ")) continue;
    std::vector<Word> words = Tokenize(head.substr(at + 4, 40));
    size_t k = !words.empty() && words[0].Is("the") ? 1 : 0;
    if (k < words.size() && words[k].is_word && words[k].capitalized()) return true;
  }
  return false;
}

bool Undersigned(absl::string_view p) {
  std::string head = absl::AsciiStrToLower(p.substr(0, kCueBytes));
  return absl::StrContains(head, "undersigned") || absl::StrContains(head, "undersigning");
}

// IsSalutation, and the plural address of a letter to several States.
bool OpensLetter(absl::string_view p) {
  return IsSalutation(p) ||
         ((absl::StartsWith(p, "Your Excellencies") || absl::StartsWith(p, "Excellencies")) &&
          !HasMoreWordsThan(p, 4));
}

// The lead speaks of "the statement" (or "a statement", "the joint
// statement") as a thing apart: a report about a statement, not one.
bool ReportsOnStatement(absl::string_view lead) {
  std::string l = absl::AsciiStrToLower(lead);
  return absl::StrContains(l, "a statement") || absl::StrContains(l, "the statement") ||
         absl::StrContains(l, "joint statement");
}

// The tense of the lead's first reporting verb: a release reports what
// was done ("Rights groups wrote to ..."), a statement declares
// ("The Network strongly condemns ..."). +1 past, -1 present, 0 neither.
int LeadTense(absl::string_view lead) {
  static constexpr absl::string_view kPast[] = {
      "said", "wrote", "urged", "called", "condemned", "welcomed", "warned", "demanded",
      "expressed", "announced", "sent", "issued", "published", "released", "joined",
      "launched", "asked", "criticised", "criticized", "denounced", "appealed", "delivered"};
  static constexpr absl::string_view kPresent[] = {
      "condemns", "calls", "urges", "welcomes", "expresses", "demands", "denounces", "is",
      "are", "stands", "reiterates", "deplores", "appeals", "requests", "we", "remains"};
  std::vector<Range> sentences = Sentences(lead, Range{0, lead.size()});
  absl::string_view first = sentences.empty() ? lead : sentences[0].in(lead);
  for (const Word& w : Tokenize(first)) {
    if (!w.is_word) continue;
    for (absl::string_view v : kPast) {
      if (w.Is(v)) return 1;
    }
    for (absl::string_view v : kPresent) {
      if (w.Is(v)) return -1;
    }
  }
  return 0;
}

bool SigningCue(absl::string_view p) {
  // One pass over the paragraph for the cues in any ASCII case, instead
  // of a lowercase copy searched three to eight times.
  static const LiteralGate* cues = new LiteralGate(
      {"signed", "signator", "undersign", "co-sign", "joint statement", "joint letter",
       "jointly", "endorsed"},
      /*word_start=*/false, /*re2_folds=*/false);
  return cues->MayMatch(p);
}

bool OpensWithQuoteMark(absl::string_view s) {
  for (absl::string_view mark : {"\"", "'", "\xe2\x80\x9c", "\xe2\x80\x98", "\xe2\x80\x9d",
                                 "\xc2\xab", "\xe2\x80\x9e"}) {
    if (absl::StartsWith(s, mark)) return true;
  }
  return false;
}

// Whether text before a quotation ends a sentence or a quotation, so
// that the quotation opens a sentence of its own.
bool EndsSentence(absl::string_view before) {
  for (absl::string_view end : {".", "!", "?", "*", "\"", "\xe2\x80\x9d", "\xe2\x80\x99"}) {
    if (absl::EndsWith(before, end)) return true;
  }
  return false;
}

// Quotes of spokespeople: a named person given with a role or an
// organization ("said Jane Doe, Director of X"), or whose quotation
// opens a sentence ("“...,” said Jane Doe."), the way a release
// quotes its own people. A blog post or an appeal may cite a witness
// by bare name inside a sentence ("as Jane says herself, she “...”"),
// which says nothing of the genre.
size_t SpokespersonQuotes(absl::string_view text, const std::vector<Paragraph>& paras,
                          const std::vector<FoundQuote>* quotes) {
  if (quotes == nullptr) return 0;
  return std::count_if(quotes->begin(), quotes->end(), [&](const FoundQuote& q) {
    if (q.speaker.name.empty() || q.speaker.is_organization) return false;
    if (!q.speaker.role.empty() || !q.speaker.organization.empty()) return true;
    auto para = std::lower_bound(paras.begin(), paras.end(), q.evidence.begin,
                                 [](const Paragraph& p, size_t at) { return p.range.end <= at; });
    if (para == paras.end()) return false;
    absl::string_view before = absl::StripTrailingAsciiWhitespace(
        text.substr(para->range.begin, q.evidence.begin - para->range.begin));
    absl::string_view quote = text.substr(q.evidence.begin, q.evidence.size());
    return OpensWithQuoteMark(quote) && (before.empty() || EndsSentence(before));
  });
}

constexpr size_t kMaxOfficeWords = 4;

// The rest of a signer's line after the name is an office alone
// ("- Co-Convener", ", Executive Director"): no organization follows.
bool OfficeOnly(absl::string_view rest) {
  rest = absl::StripLeadingAsciiWhitespace(rest);
  if (!absl::ConsumePrefix(&rest, "- ") && !absl::ConsumePrefix(&rest, "\xe2\x80\x93 ") &&
      !absl::ConsumePrefix(&rest, "\xe2\x80\x94 ") && !absl::ConsumePrefix(&rest, ", ")) {
    return false;
  }
  std::vector<Word> words;
  for (const Word& w : Tokenize(rest)) {
    if (w.is_word) words.push_back(w);
  }
  if (words.empty() || words.size() > kMaxOfficeWords) return false;
  std::string lower = absl::AsciiStrToLower(words.back().text);
  absl::string_view last = lower;
  absl::ConsumePrefix(&last, "co-");
  return IsOfficeWord(last);
}

// A signature block of one organisation's officers: every signer a
// person whose line gives an office and no organization ("SIGNED:" /
// "Jane Doe - Co-Convener" / "John Roe - Programme Officer"). The text
// is that organisation's own, not one signed jointly by several parties.
bool OfficersSign(absl::string_view text, const FoundSignatories& s) {
  if (s.signatories.empty()) return false;
  absl::string_view block = s.evidence.in(text);
  for (const amicus::v1::Signatory& e : s.signatories) {
    size_t at = block.find(e.name());
    if (e.name().empty() || at == absl::string_view::npos) return false;
    absl::string_view rest = block.substr(at + e.name().size());
    rest = rest.substr(0, rest.find('\n'));
    if (!OfficeOnly(rest)) return false;
  }
  return true;
}

DocumentKind CategoryKind(const std::vector<std::string>& categories, bool news_counts) {
  for (const std::string& c : categories) {
    DocumentKind k = LabelKind(c, news_counts);
    if (k != amicus::v1::DOCUMENT_KIND_UNSPECIFIED) return k;
  }
  return amicus::v1::DOCUMENT_KIND_UNSPECIFIED;
}

// The "News" of a "Sep 11, 2020 | News" header in the head.
bool NewsHeader(absl::string_view text, const std::vector<Paragraph>& paras, size_t end) {
  for (size_t i = 0; i < end; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (p.find('|') == absl::string_view::npos) continue;
    absl::optional<HeaderDate> h = ReadHeaderDate(p);
    if (h && !h->label.empty()) {
      return LabelKind(h->label, true) == amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
    }
  }
  return false;
}

}  // namespace

DocumentKind Classify(absl::string_view text, const std::vector<Paragraph>& paras,
                      const KindEvidence& evidence) {
  using amicus::v1::DOCUMENT_KIND_JOINT_LETTER;
  using amicus::v1::DOCUMENT_KIND_PRESS_RELEASE;
  using amicus::v1::DOCUMENT_KIND_STATEMENT;
  using amicus::v1::DOCUMENT_KIND_UNSPECIFIED;
  size_t item_end = FirstItemEnd(text, paras);
  size_t head_end = std::min(item_end, kHeadParagraphs);
  size_t lead = LeadParagraph(text, paras);
  if (lead < item_end && UnBodyLeads(paras[lead].range.in(text))) return DOCUMENT_KIND_STATEMENT;
  if (DocumentKind k = Banner(text, paras, std::min(head_end, lead)); k != DOCUMENT_KIND_UNSPECIFIED) {
    return k;
  }

  static const std::vector<FoundSignatories> kNone;
  const std::vector<FoundSignatories>& sets = evidence.signatories ? *evidence.signatories : kNone;
  bool salutation = false, undersigned = false, we_named = false, cue = false;
  for (size_t i = 0; i < item_end; ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (IsListingLabel(p)) continue;
    salutation = salutation || OpensLetter(p);
    undersigned = undersigned || Undersigned(p);
    we_named = we_named || (i <= lead && WeNamedOpens(p));
    cue = cue || SigningCue(p);
  }
  if ((salutation && (!sets.empty() || undersigned)) || HeadingNamesLetter(evidence.title)) {
    return DOCUMENT_KIND_JOINT_LETTER;
  }
  // A site files a joint statement under "Statements" too; its signers
  // make it joint (FORMAT.md), so that category waits for the signers.
  DocumentKind category = CategoryKind(evidence.categories, false);
  if (category != DOCUMENT_KIND_UNSPECIFIED && category != DOCUMENT_KIND_STATEMENT) {
    return category;
  }
  size_t item_bytes = item_end < paras.size() ? paras[item_end].range.begin : text.size();
  bool joint_list = false, officers = false;
  for (const FoundSignatories& s : sets) {
    if (s.evidence.begin >= item_bytes) continue;
    if (OfficersSign(text, s)) {
      officers = true;
      continue;
    }
    if (s.signatories.size() >= kMinSureJointSigners && s.confidence >= kSureSigners) {
      joint_list = true;
    }
    if (s.signatories.size() < kMinJointSigners) continue;
    bool closing = s.evidence.end >= kClosingShare * text.size();
    joint_list = joint_list || cue || closing;
  }
  if (undersigned || we_named || joint_list) return DOCUMENT_KIND_JOINT_LETTER;
  if (category == DOCUMENT_KIND_STATEMENT) return category;
  size_t named_quotes = SpokespersonQuotes(text, paras, evidence.quotes);
  absl::string_view lead_text = lead < paras.size() ? paras[lead].range.in(text) : "";
  if (HeadingNamesStatement(evidence.title) && !ReportsOnStatement(lead_text)) {
    // "Joint statement on X" / "A, B and C condemn ...": issued jointly
    // by the parties its lead names, which FORMAT.md files as joint.
    return evidence.lead_issuers >= kMinCoIssuers ? DOCUMENT_KIND_JOINT_LETTER
                                                  : DOCUMENT_KIND_STATEMENT;
  }
  if (NewsHeader(text, paras, head_end) ||
      CategoryKind(evidence.categories, true) == DOCUMENT_KIND_PRESS_RELEASE) {
    return DOCUMENT_KIND_PRESS_RELEASE;
  }
  // Officers signing for their organisation, like spokespeople quoted,
  // mark a newsroom's release ("press statement ... SIGNED: ...").
  if (named_quotes > 0 || officers) return DOCUMENT_KIND_PRESS_RELEASE;
  return LeadTense(lead_text) > 0 ? DOCUMENT_KIND_PRESS_RELEASE : DOCUMENT_KIND_STATEMENT;
}

}  // namespace amicus::extract
