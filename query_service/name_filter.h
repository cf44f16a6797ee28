#ifndef AMICUS_QUERY_SERVICE_NAME_FILTER_H_
#define AMICUS_QUERY_SERVICE_NAME_FILTER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"
#include "query_service/name_cache.h"
#include "store/entity_resolver.h"
#include "store/merged_cursor.h"
#include "store/view.h"

namespace amicus::query {

// A filter by a person's or organization's name, matched against every
// alias of the entity it names. The aliases come from the entity registry
// of the view being read (Resolve), so a stream sees what was learned up
// to its own state, including aliases learned after a record was stored.
class NameFilter {
 public:
  enum class Kind {
    // Actors and speakers: a person, or a body named like an organization.
    kPersonOrOrganization,
    // Speakers' organizations and signatories.
    kOrganization,
  };

  // nullptr when `query` is empty; INVALID_ARGUMENT (naming `field`) when
  // it has no letters or digits.
  static absl::StatusOr<std::shared_ptr<NameFilter>> Make(
      absl::string_view field, absl::string_view query, Kind kind);

  // Resolves the query's aliases in the view's entity registry, or takes
  // them from NameCache::Shared() when that state resolved them already.
  void Resolve(store::View& view);

  // The index prefixes that hold every match and (but for records whose
  // name matches only as an alias of the other kind) nothing else, merged
  // in record-key order: for an organization index, each alias; for a
  // person index, the names an alias folds from and the person prefixes of
  // store/person_index.h.
  store::MergedScanSpec Scan(store::Cf index) const;

  bool Matches(const amicus::v1::Person& person) const;
  bool Matches(absl::string_view org_name, absl::string_view acronym) const;

 private:
  NameFilter(std::string query, Kind kind)
      : query_(std::move(query)), kind_(kind) {}

  std::string query_;
  Kind kind_;
  // Set by Resolve; shared with the cache, never changed.
  std::shared_ptr<const ResolvedName> resolved_ =
      std::make_shared<ResolvedName>();
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_NAME_FILTER_H_
