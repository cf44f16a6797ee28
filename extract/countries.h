#ifndef AMICUS_EXTRACT_COUNTRIES_H_
#define AMICUS_EXTRACT_COUNTRIES_H_

#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace amicus::extract {

// The names the world's States go by, each mapped to one canonical name.
// Built from ISO 3166-1 (the caller loads it once: LoadIsoCountries() in
// iso_countries.h) plus the colloquial forms ISO does not hold ("USA",
// "UK", "Russia", "Burma").
class CountryNames {
 public:
  // The colloquial forms only: what extraction knows without a data file.
  CountryNames();

  // Registers `name` (and its "the"-less form) as naming `canonical`.
  void Add(absl::string_view name, absl::string_view canonical);

  // The canonical name of the country `name` denotes ("USA", "US" ->
  // "United States"; "Iran, Islamic Republic of", "Iran" -> "Iran"), or
  // empty when it is not a country. Several countries joined by "and",
  // "&", "/" or ", " ("Ukraine and France") yield their canonical names
  // joined the same way.
  std::string Canonical(absl::string_view name) const;
  bool IsCountry(absl::string_view name) const { return !Canonical(name).empty(); }

  size_t size() const { return by_name_.size(); }

 private:
  std::string One(absl::string_view name) const;
  absl::flat_hash_map<std::string, std::string> by_name_;  // lowercase keys
};

// The table of the ISO 3166-1 JSON of Debian's iso-codes ({"3166-1": [
// {"name", "common_name", "official_name", ...}]}): each entry under its
// name, common name, official name and the short form of an inverted name
// ("Korea, Republic of" -> "Korea" and "Republic of Korea"); canonical is
// the common name where there is one. Pure: the caller reads the file.
absl::StatusOr<CountryNames> ParseIsoCountries(absl::string_view json);

// A table of the colloquial forms only, shared: for callers that loaded
// no ISO data.
const CountryNames& DefaultCountryNames();

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_COUNTRIES_H_
