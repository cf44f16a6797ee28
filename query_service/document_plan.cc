#include "absl/strings/str_cat.h"
#include "query_service/filter_digest.h"
#include "query_service/filters.h"
#include "query_service/stream_plans.h"
#include "store/document_entries.h"

namespace amicus::query {

using amicus::v1::Document;

absl::StatusOr<StreamPlan<Document>> PlanDocuments(
    const amicus::v1::ListDocumentsRequest& request) {
  if (!amicus::v1::DocumentKind_IsValid(request.kind())) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown document kind ", request.kind()));
  }
  StreamPlan<Document> plan;
  plan.stream = ResumeToken::Stream::kDocuments;
  // omit_text changes what is sent, not which documents: a token resumes
  // either way.
  amicus::v1::ListDocumentsRequest filters = request;
  filters.clear_omit_text();
  plan.filter_digest = FilterDigest(filters);
  plan.record_family = store::Cf::kDocuments;
  amicus::v1::DocumentKind kind = request.kind();
  if (kind != amicus::v1::DOCUMENT_KIND_UNSPECIFIED) {
    plan.stored_scan = PrefixRange(store::Cf::kDocumentsByKind,
                                   store::DocumentKindIndexPrefix(kind));
  } else {
    plan.stored_scan = WholeFamily(store::Cf::kDocuments);
  }
  plan.matches = [kind](const Document& document) {
    return kind == amicus::v1::DOCUMENT_KIND_UNSPECIFIED ||
           document.kind() == kind;
  };
  if (!HasFilters(filters)) plan.matches = nullptr;
  if (request.omit_text()) {
    plan.finish = [](Document* document) { document->clear_text(); };
  }
  return plan;
}

}  // namespace amicus::query
