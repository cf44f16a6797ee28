#include "extract/document_meta.h"

#include <re2/re2.h>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/front_matter.h"
#include "extract/media.h"

namespace amicus::extract {
namespace {

// <meta> names and properties that carry the publication date, the most
// specific first.
constexpr absl::string_view kDateMetaNames[] = {
    "article:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "citation_publication_date", "publication_date",
    "publish_date", "pubdate", "date"};

struct HtmlMeta {
  std::string title;
  absl::optional<DateValue> date;
};

// The document head: where <meta> tags live, so the scan stops at <body>.
absl::string_view Head(absl::string_view html) {
  for (absl::string_view tag : {"<body", "<BODY", "<Body"}) {
    size_t at = html.find(tag);
    if (at != absl::string_view::npos) return html.substr(0, at);
  }
  return html.substr(0, 65536);
}

HtmlMeta ReadHtmlMeta(absl::string_view html) {
  static const RE2* kMeta = new RE2(R"((?i)<meta\s([^>]*)>)");
  static const RE2* kAttr =
      new RE2(R"re((?i)([a-z][a-z0-9:._-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'))re");
  static const RE2* kTime = new RE2(R"re((?i)<time\s[^>]*datetime\s*=\s*["']([^"']+)["'])re");
  HtmlMeta out;
  size_t best = std::size(kDateMetaNames);
  absl::string_view head_view = Head(html);
  re2::StringPiece head(head_view.data(), head_view.size());
  re2::StringPiece attrs;
  while (RE2::FindAndConsume(&head, *kMeta, &attrs)) {
    std::string name, content;
    re2::StringPiece key, dq, sq;
    while (RE2::FindAndConsume(&attrs, *kAttr, &key, &dq, &sq)) {
      std::string k = absl::AsciiStrToLower(absl::string_view(key.data(), key.size()));
      re2::StringPiece value = dq.data() != nullptr ? dq : sq;
      std::string v(value.data(), value.size());
      if (k == "name" || k == "property" || k == "itemprop") {
        name = absl::AsciiStrToLower(v);
      } else if (k == "content") {
        content = v;
      }
    }
    if (name == "og:title" && out.title.empty()) out.title = content;
    for (size_t i = 0; i < best; ++i) {
      if (name != kDateMetaNames[i]) continue;
      if (auto d = ParseMetaDate(content)) {
        out.date = d;
        best = i;
      }
    }
  }
  re2::StringPiece when;
  if (!out.date && RE2::PartialMatch(re2::StringPiece(html.data(), html.size()), *kTime, &when)) {
    out.date = ParseMetaDate(absl::string_view(when.data(), when.size()));
  }
  return out;
}

}  // namespace

DocumentMeta ReadDocumentMeta(absl::string_view content,
                              absl::string_view media_type) {
  DocumentMeta out;
  bool html = media_type == kTextHtml;
  if (!html && media_type != kTextMarkdown) return out;
  FrontMatter header = ParseFrontMatter(content);
  out.title = std::move(header.title);
  out.date = header.date;
  out.categories = std::move(header.categories);
  if (html) {
    HtmlMeta meta = ReadHtmlMeta(content.substr(header.length));
    if (out.title.empty()) out.title = std::move(meta.title);
    if (!out.date) out.date = meta.date;
  }
  return out;
}

}  // namespace amicus::extract
