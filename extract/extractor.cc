#include "extract/extractor.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/about_section.h"
#include "extract/boilerplate.h"
#include "extract/document_entities.h"
#include "extract/document_info.h"
#include "extract/events.h"
#include "extract/html_text.h"
#include "extract/ids.h"
#include "extract/mapped_text.h"
#include "extract/charset.h"
#include "extract/media.h"
#include "extract/normalize.h"
#include "extract/organizations.h"
#include "extract/pdf_text.h"
#include "extract/people.h"
#include "extract/quotes.h"
#include "extract/signatories.h"
#include "extract/text_units.h"
#include "extract/words.h"

namespace amicus::extract {
namespace {

// Speakers of "The letter states ..." are named in full for one issuer
// and by acronym for a few; a long list of signatories names no one.
constexpr size_t kMaxIssuersAsSpeaker = 4;

// Signatories a document keeps, over all its sets. Each entry serializes to
// about six times the bytes of its line, so the signers of a 16 MiB
// document (the ingest limit) could outgrow the 64 MiB message that serves
// the document's extraction; the largest joint letters have a few thousand.
constexpr size_t kMaxSignatoriesPerDocument = 100000;

// The text inside the container, before normalization, mapped to bytes of
// `content`. Declared single-byte text is decoded to UTF-8 first.
absl::StatusOr<MappedText> RawText(absl::string_view content,
                                   absl::string_view media_type,
                                   Charset charset) {
  if (media_type == kApplicationPdf) return PdfToText(content);
  if (charset == Charset::kUtf8) {
    if (media_type == kTextHtml) return HtmlToText(content);
    return IdentityMapped(content);
  }
  MappedText decoded = Windows1252ToUtf8(content);
  if (media_type != kTextHtml) return decoded;
  absl::StatusOr<MappedText> html = HtmlToText(decoded.text);
  if (!html.ok()) return html.status();
  for (uint32_t& offset : html->offsets) offset = decoded.offsets[offset];
  return html;
}

// The normalized text of `content`. The raw text (its bytes and an offset
// per byte, five bytes per byte of content) goes before the rest of the
// extraction starts: a document takes ~40x its size in memory while it is
// extracted (RELIABILITY.md, "Large documents at once").
absl::StatusOr<NormalizedText> NormalizedContent(absl::string_view content,
                                                 absl::string_view media_type,
                                                 Charset charset,
                                                 const ExtractOptions& options) {
  absl::StatusOr<MappedText> raw = RawText(content, media_type, charset);
  if (!raw.ok()) return raw.status();
  return Normalize(*raw, media_type == kTextMarkdown, options.dictionary.get());
}

// Tokenize(after), reusing the words of `before` when boilerplate
// removal left the text as it was (most documents without contact
// blocks): the same bytes give the same words, read from `after`.
std::vector<Word> SameTextWords(absl::string_view before, absl::string_view after,
                                std::vector<Word> before_words) {
  if (before != after) {
    std::vector<Word>().swap(before_words);  // not held while `after` is tokenized
    return Tokenize(after);
  }
  for (Word& w : before_words) w.text = after.substr(w.begin, w.end - w.begin);
  return before_words;
}

std::string JoinNames(const std::vector<std::string>& names) {
  if (names.size() <= 1) return names.empty() ? "" : names[0];
  std::vector<std::string> head(names.begin(), names.end() - 1);
  return absl::StrCat(absl::StrJoin(head, ", "), " and ", names.back());
}

PersonInfo IssuersAsSpeaker(const std::vector<amicus::v1::Organization>& issuers) {
  if (issuers.empty() || issuers.size() > kMaxIssuersAsSpeaker) return {};
  std::vector<std::string> short_names, full_names;
  for (const auto& org : issuers) {
    short_names.push_back(org.acronym().empty() ? org.name() : org.acronym());
    full_names.push_back(org.name());
  }
  std::string organization = JoinNames(full_names);
  std::string name = issuers.size() == 1 ? organization : JoinNames(short_names);
  return {name, "", organization, true};
}

std::vector<PersonInfo> IssuersAsActors(
    const std::vector<amicus::v1::Organization>& issuers, const OrgDirectory& orgs) {
  std::vector<PersonInfo> out;
  for (const auto& org : issuers) {
    std::string full = orgs.FullName(org.name());
    out.push_back({full, "", full, true});
  }
  return out;
}

amicus::v1::Person ToProto(const PersonInfo& p) {
  amicus::v1::Person out;
  out.set_name(p.name);
  out.set_role(p.role);
  if (!p.organization.empty()) out.mutable_organization()->set_name(p.organization);
  return out;
}

std::vector<amicus::v1::Organization> SignatoriesAsIssuers(
    const std::vector<FoundSignatories>& sets) {
  std::vector<amicus::v1::Organization> out;
  for (const FoundSignatories& set : sets) {
    for (const auto& s : set.signatories) {
      amicus::v1::Organization org;
      org.set_name(s.name());
      org.set_acronym(s.acronym());
      org.set_country(s.country());
      out.push_back(std::move(org));
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<amicus::v1::Extraction> Extract(absl::string_view source_uri,
                                               absl::string_view content,
                                               absl::string_view media_type,
                                               const ExtractOptions& options) {
  absl::StatusOr<std::string> type = ResolveMediaType(
      source_uri, content, media_type, options.max_content_bytes);
  if (!type.ok()) return type.status();
  absl::StatusOr<Charset> charset = DeclaredCharset(media_type);
  if (!charset.ok()) return charset.status();
  absl::StatusOr<NormalizedText> normalized_or =
      NormalizedContent(content, *type, *charset, options);
  if (!normalized_or.ok()) return normalized_or.status();
  NormalizedText& normalized = *normalized_or;
  // Acronyms are learned before boilerplate goes: a contact line may be
  // the only place that spells "International Commission of Jurists".
  std::vector<Word> whole_words = Tokenize(normalized.text.text);
  OrgDirectory orgs(normalized.text.text, whole_words);
  BoilerplateRemoval clean = RemoveBoilerplate(normalized.text);
  const MappedText& mapped = clean.text;
  // Markup, scripts or a scanned PDF can leave nothing to read; storing
  // that would give every such document the id of the empty text.
  if (IsBlank(mapped.text)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "no readable text in the ", *type,
        " content (only markup, scripts or whitespace)"));
  }
  bool whole_file_spans = *type == kApplicationPdf;
  auto span = [&](Range r) {
    amicus::v1::TextSpan out = MakeSpan(mapped, content, r.begin, r.end,
                                        *charset == Charset::kUtf8);
    if (whole_file_spans) {
      out.set_start_offset(0);
      out.set_end_offset(content.size());
    }
    return out;
  };
  absl::string_view text = mapped.text;
  std::vector<Paragraph> paragraphs = Paragraphs(text);

  amicus::v1::Extraction extraction;
  extraction.set_source_uri(std::string(source_uri));
  amicus::v1::Document& doc = *extraction.mutable_document();
  doc.set_source_uri(std::string(source_uri));
  doc.set_media_type(*type);
  doc.set_content_size(content.size());
  for (std::string& w : normalized.warnings) doc.add_warnings(std::move(w));
  if (clean.dropped_paragraphs > 0) {
    doc.add_warnings(absl::StrCat("dropped ", clean.dropped_paragraphs,
                                  " boilerplate paragraphs"));
  }

  DocumentMeta meta = ReadDocumentMeta(content, *type);
  DocumentDate dated = FindDocumentDate(text, paragraphs, &meta);
  if (dated.date) *doc.mutable_date() = ToProto(*dated.date);
  doc.set_place(dated.place);
  doc.set_title(FindTitle(text, paragraphs, meta));

  PersonDirectory people;
  std::vector<Word> words = SameTextWords(normalized.text.text, text, std::move(whole_words));
  people.LearnTitled(text, words);
  people.LearnAppositives(text, words, orgs);
  people.LearnNames(text, words);

  const CountryNames& countries =
      options.countries ? *options.countries : DefaultCountryNames();
  std::vector<FoundSignatories> sets = FindSignatories(text, paragraphs, countries);
  std::vector<amicus::v1::Organization> issuers =
      sets.empty() ? FindIssuers(text, paragraphs, orgs) : SignatoriesAsIssuers(sets);
  // A lead that hides its issuer ("X and its partners launched ...") may
  // still close with the release's "About X" section.
  if (issuers.empty() && sets.empty()) {
    if (auto about = AboutSectionIssuer(text, paragraphs, orgs)) issuers.push_back(*about);
  }
  for (const auto& org : issuers) *doc.add_issuers() = org;

  QuoteContext quote_context{&orgs, &people, IssuersAsSpeaker(issuers),
                             sets.empty() ? "" : sets.front().addressee};
  std::vector<FoundQuote> quotes = FindQuotes(text, paragraphs, quote_context);
  // The lead's issuers count for the kind even when a list of signers
  // names them again ("A, B and C said ..." over their closing names).
  size_t lead_issuers =
      sets.empty() ? issuers.size() : FindIssuers(text, paragraphs, orgs).size();
  doc.set_kind(Classify(text, paragraphs,
                        KindEvidence{doc.title(), meta.categories, &sets, &quotes,
                                     lead_issuers}));
  for (FoundQuote& q : quotes) {
    amicus::v1::Quote& quote = *extraction.add_quotes();
    quote.set_text(std::move(q.text));
    *quote.mutable_speaker() = ToProto(q.speaker);
    quote.set_cue(q.cue);
    quote.set_confidence(q.confidence);
    *quote.mutable_evidence() = span(q.evidence);
    if (dated.date) *quote.mutable_date() = ToProto(*dated.date);
  }

  EventContext event_context{dated.date, dated.paragraph, &orgs, &people,
                             IssuersAsActors(issuers, orgs),
                             sets.empty() ? "" : sets.front().addressee, &words};
  EventScan events = FindEvents(text, paragraphs, event_context);
  if (events.invalid_dates > 0) {
    doc.add_warnings(absl::StrCat("skipped ", events.invalid_dates, " invalid dates"));
  }
  for (FoundEvent& e : events.events) {
    amicus::v1::Event& event = *extraction.add_events();
    *event.mutable_date() = ToProto(e.date);
    event.set_date_precision(e.date.precision);
    for (const PersonInfo& actor : e.actors) *event.add_actors() = ToProto(actor);
    event.set_type(e.type);
    event.set_confidence(e.confidence);
    event.set_summary(std::move(e.summary));
    *event.mutable_evidence() = span(e.evidence);
  }

  size_t signatories_left = kMaxSignatoriesPerDocument;
  size_t signatories_cut = 0;
  for (FoundSignatories& s : sets) {
    if (signatories_left == 0 && !s.signatories.empty()) {
      signatories_cut += s.signatories.size();
      continue;
    }
    amicus::v1::SignatorySet& set = *extraction.add_signatory_sets();
    set.set_addressee(s.addressee);
    if (dated.date) *set.mutable_date() = ToProto(*dated.date);
    set.set_confidence(s.confidence);
    for (auto& signatory : s.signatories) {
      if (signatories_left == 0) {
        ++signatories_cut;
        continue;
      }
      --signatories_left;
      // An entry no rule judged on its own is as sure as its list.
      if (signatory.confidence() == 0) signatory.set_confidence(s.confidence);
      *set.add_signatories() = std::move(signatory);
    }
    *set.mutable_evidence() = span(s.evidence);
  }
  if (signatories_cut > 0) {
    doc.add_warnings(absl::StrCat("kept the first ", kMaxSignatoriesPerDocument,
                                  " signatories; ", signatories_cut, " more not kept"));
  }

  FillDocumentEntities(orgs, people, extraction);
  doc.set_text(std::string(text));
  AssignIds(extraction);
  return extraction;
}

}  // namespace amicus::extract
