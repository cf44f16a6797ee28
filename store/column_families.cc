#include "store/column_families.h"

namespace amicus::store {

std::vector<std::string> AllCfNames() {
  return {"default",
          "meta",
          "documents",
          "document_ids",
          "events",
          "quotes",
          "signatory_sets",
          "events_by_date",
          "events_by_actor",
          "events_by_type",
          "quotes_by_speaker",
          "quotes_by_organization",
          "quotes_by_date",
          "signatory_sets_by_organization",
          "documents_by_kind",
          "organization_aliases",
          "people_by_surname",
          "events_by_type_month",
          "events_by_word",
          "quotes_by_word",
          "documents_by_word"};
}

const std::string& CfName(Cf cf) {
  static const std::vector<std::string>* names =
      new std::vector<std::string>(AllCfNames());
  return (*names)[CfIndex(cf)];
}

}  // namespace amicus::store
