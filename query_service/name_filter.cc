#include "query_service/name_filter.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "store/document_entries.h"
#include "store/name_key.h"
#include "store/person_index.h"

namespace amicus::query {

absl::StatusOr<std::shared_ptr<NameFilter>> NameFilter::Make(
    absl::string_view field, absl::string_view query, Kind kind) {
  if (query.empty()) return std::shared_ptr<NameFilter>();
  if (store::OrganizationQueryKey(query).empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(field, " has no letters or digits"));
  }
  return std::shared_ptr<NameFilter>(new NameFilter(std::string(query), kind));
}

void NameFilter::Resolve(store::View& view) {
  const std::string key =
      absl::StrCat(kind_ == Kind::kOrganization ? "o" : "p", query_);
  NameCache& cache = NameCache::Shared();
  if (auto cached = cache.Find(view.state_id(), key); cached != nullptr) {
    resolved_ = std::move(cached);
    return;
  }
  auto resolved = std::make_shared<ResolvedName>();
  resolved->organization_keys =
      store::ResolveOrganization(view, store::OrganizationQueryKey(query_));
  if (kind_ == Kind::kPersonOrOrganization) {
    resolved->person = store::ResolvePerson(view, query_);
  }
  // A view that could not open the registry resolved nothing: not for
  // other streams.
  if (view.status().ok()) cache.Put(view.state_id(), key, resolved);
  resolved_ = std::move(resolved);
}

store::MergedScanSpec NameFilter::Scan(store::Cf index) const {
  store::MergedScanSpec spec;
  spec.family = index;
  auto add = [&spec](std::string prefix) {
    if (std::find(spec.prefixes.begin(), spec.prefixes.end(), prefix) ==
        spec.prefixes.end()) {
      spec.prefixes.push_back(std::move(prefix));
    }
  };
  if (!store::IsPersonIndex(index)) {
    for (const std::string& key : resolved_->organization_keys) {
      add(store::NameIndexPrefix(key));
    }
    return spec;
  }
  // A person index: only the names that can match, never every namesake
  // filed under the surname (store/person_index.h).
  for (const std::string& key : resolved_->organization_keys) {
    for (std::string& prefix : store::OrganizationNamedPrefixes(key)) {
      add(std::move(prefix));
    }
  }
  for (std::string& prefix : store::PersonPrefixes(resolved_->person)) {
    add(std::move(prefix));
  }
  return spec;
}

bool NameFilter::Matches(const amicus::v1::Person& person) const {
  return store::PersonMatches(resolved_->person, person.name()) ||
         std::binary_search(resolved_->organization_keys.begin(),
                            resolved_->organization_keys.end(),
                            store::OrganizationQueryKey(person.name()));
}

bool NameFilter::Matches(absl::string_view org_name,
                         absl::string_view acronym) const {
  for (const std::string& key : store::OrganizationKeys(org_name, acronym)) {
    if (std::binary_search(resolved_->organization_keys.begin(),
                           resolved_->organization_keys.end(), key)) {
      return true;
    }
  }
  return false;
}

}  // namespace amicus::query
