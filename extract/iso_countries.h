#ifndef AMICUS_EXTRACT_ISO_COUNTRIES_H_
#define AMICUS_EXTRACT_ISO_COUNTRIES_H_

#include <memory>
#include <string>

#include "extract/countries.h"

namespace amicus::extract {

// Debian's `iso-codes` list of ISO 3166-1 countries.
inline constexpr char kIsoCountriesPath[] = "/usr/share/iso-codes/json/iso_3166-1.json";

// Reads and parses the ISO 3166-1 JSON. Null when the file cannot be read
// or parsed: extraction then knows only the colloquial forms. File access
// kept apart, as in system_dictionary.h, so that Extract() stays pure.
std::shared_ptr<const CountryNames> LoadIsoCountries(
    const std::string& path = kIsoCountriesPath);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_ISO_COUNTRIES_H_
