#include "extract/extractor.h"

#include <string>
#include <utility>

#include "extract/html_text.h"
#include "extract/ids.h"
#include "extract/mapped_text.h"
#include "extract/media.h"
#include "extract/normalize.h"
#include "extract/pdf_text.h"

namespace amicus::extract {
namespace {

// The text inside the container, before normalization.
absl::StatusOr<MappedText> RawText(absl::string_view content,
                                   absl::string_view media_type) {
  if (media_type == kTextHtml) return HtmlToText(content);
  if (media_type == kApplicationPdf) return PdfToText(content);
  return IdentityMapped(content);
}

std::string FirstLine(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

}  // namespace

absl::StatusOr<amicus::v1::Extraction> Extract(absl::string_view source_uri,
                                               absl::string_view content,
                                               absl::string_view media_type,
                                               const ExtractOptions& options) {
  absl::StatusOr<std::string> type = ResolveMediaType(
      source_uri, content, media_type, options.max_content_bytes);
  if (!type.ok()) return type.status();
  absl::StatusOr<MappedText> raw = RawText(content, *type);
  if (!raw.ok()) return raw.status();
  NormalizedText normalized = Normalize(*raw, *type == kTextMarkdown);

  amicus::v1::Extraction extraction;
  extraction.set_source_uri(std::string(source_uri));
  amicus::v1::Document& doc = *extraction.mutable_document();
  doc.set_source_uri(std::string(source_uri));
  doc.set_media_type(*type);
  doc.set_content_size(content.size());
  doc.set_title(FirstLine(normalized.text.text));
  for (std::string& w : normalized.warnings) doc.add_warnings(std::move(w));
  doc.set_text(std::move(normalized.text.text));
  AssignIds(extraction);
  return extraction;
}

}  // namespace amicus::extract
