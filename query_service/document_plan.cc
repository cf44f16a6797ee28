#include "absl/strings/str_cat.h"
#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/stream_plans.h"
#include "query_service/text_filter.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::Document;

absl::StatusOr<StreamPlan<Document>> PlanDocuments(
    const amicus::v1::ListDocumentsRequest& request) {
  if (!amicus::v1::DocumentKind_IsValid(request.kind())) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown document kind ", request.kind()));
  }
  auto text = TextFilter::Make("text_contains", request.text_contains());
  if (!text.ok()) return text.status();
  StreamPlan<Document> plan;
  plan.stream = ResumeToken::Stream::kDocuments;
  // omit_text changes what is sent, not which documents: a token resumes
  // either way.
  amicus::v1::ListDocumentsRequest filters = request;
  filters.clear_omit_text();
  plan.filter_digest = FilterDigest(filters);
  plan.record_family = store::Cf::kDocuments;
  amicus::v1::DocumentKind kind = request.kind();
  if (*text != nullptr) {
    plan.intersect_scan = [text = *text, kind](store::View&) {
      store::IntersectScanSpec spec;
      spec.terms = text->Terms(store::Cf::kDocumentsByWord);
      if (kind != amicus::v1::DOCUMENT_KIND_UNSPECIFIED) {
        spec.terms.push_back({store::Cf::kDocumentsByKind,
                              {store::DocumentKindIndexPrefix(kind)}});
      }
      return spec;
    };
  } else if (kind != amicus::v1::DOCUMENT_KIND_UNSPECIFIED) {
    plan.stored_scan = PrefixRange(store::Cf::kDocumentsByKind,
                                   store::DocumentKindIndexPrefix(kind));
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kDocuments);
  }
  std::function<bool(const Document&)> others = [kind](const Document& d) {
    return kind == amicus::v1::DOCUMENT_KIND_UNSPECIFIED || d.kind() == kind;
  };
  plan.matches = [others, text = *text](const Document& document) {
    return others(document) &&
           (text == nullptr || text->Matches(store::DocumentTexts(document)));
  };
  if (!HasFilters(filters)) plan.matches = nullptr;
  if (plan.intersect_scan) {
    // The intersection answers the kind exactly.
    CheckWordsInIndexOnly<Document>(**text, true, others, &plan);
  }
  if (request.omit_text()) {
    plan.finish = [](Document* document) { document->clear_text(); };
  }
  return plan;
}

}  // namespace amicus::query
