#include "store/validate_extraction.h"

#include "absl/strings/str_cat.h"
#include "store/date_key.h"

namespace amicus::store {
namespace {

// Checks one repeated record field; Record is Event, Quote or SignatorySet.
template <typename Records, typename DateOf>
absl::Status CheckRecords(const Records& records, const std::string& doc_id,
                          const char* kind, DateOf date_of) {
  for (int i = 0; i < records.size(); ++i) {
    const auto& record = records.Get(i);
    if (!record.document_id().empty() && record.document_id() != doc_id) {
      return absl::InvalidArgumentError(
          absl::StrCat(kind, " ", i, " has document_id ", record.document_id(),
                       ", not ", doc_id));
    }
    if (!IsValidDate(date_of(record))) {
      return absl::InvalidArgumentError(
          absl::StrCat(kind, " ", i, " has an invalid date"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status ValidateExtraction(const amicus::v1::Extraction& extraction) {
  const std::string& id = extraction.document().id();
  if (id.empty()) return absl::InvalidArgumentError("document id is empty");
  if (!IsValidDate(extraction.document().date())) {
    return absl::InvalidArgumentError("document has an invalid date");
  }
  auto event_date = [](const amicus::v1::Event& e) { return e.date(); };
  auto quote_date = [](const amicus::v1::Quote& q) { return q.date(); };
  auto set_date = [](const amicus::v1::SignatorySet& s) { return s.date(); };
  if (auto s = CheckRecords(extraction.events(), id, "event", event_date);
      !s.ok()) {
    return s;
  }
  if (auto s = CheckRecords(extraction.quotes(), id, "quote", quote_date);
      !s.ok()) {
    return s;
  }
  return CheckRecords(extraction.signatory_sets(), id, "signatory set",
                      set_date);
}

}  // namespace amicus::store
