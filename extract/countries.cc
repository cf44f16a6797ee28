#include "extract/countries.h"

#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace amicus::extract {
namespace {

const char* const kCountries[] = {
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda",
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas",
    "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin",
    "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei",
    "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon",
    "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus",
    "Czech Republic", "Democratic Republic of the Congo", "Denmark", "Djibouti",
    "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
    "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
    "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
    "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho",
    "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar",
    "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
    "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia",
    "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau",
    "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
    "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal",
    "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
    "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan",
    "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
    "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda",
    "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay",
    "Uzbekistan", "Vanuatu", "Vatican City", "Venezuela", "Vietnam", "Yemen",
    "Zambia", "Zimbabwe", "Western Sahara", "Hong Kong", "Puerto Rico",
    "Greenland", "Kurdistan", "Tibet", "West Papua"};

// Short and alternative forms, lowercase, to canonical names.
const std::pair<const char*, const char*> kAliases[] = {
    {"us", "United States"}, {"u.s.", "United States"}, {"usa", "United States"},
    {"u.s.a.", "United States"}, {"united states of america", "United States"},
    {"uk", "United Kingdom"}, {"u.k.", "United Kingdom"},
    {"great britain", "United Kingdom"}, {"britain", "United Kingdom"},
    {"england", "United Kingdom"}, {"scotland", "United Kingdom"},
    {"wales", "United Kingdom"}, {"northern ireland", "United Kingdom"},
    {"drc", "Democratic Republic of the Congo"},
    {"dr congo", "Democratic Republic of the Congo"},
    {"rdc", "Democratic Republic of the Congo"},
    {"uae", "United Arab Emirates"},
    {"cote d'ivoire", "Côte d'Ivoire"}, {"côte d\xE2\x80\x99ivoire", "Côte d'Ivoire"},
    {"cote d\xE2\x80\x99ivoire", "Côte d'Ivoire"}, {"ivory coast", "Côte d'Ivoire"},
    {"the netherlands", "Netherlands"}, {"holland", "Netherlands"},
    {"the philippines", "Philippines"}, {"the gambia", "Gambia"},
    {"republic of korea", "South Korea"}, {"korea", "South Korea"},
    {"burma", "Myanmar"}, {"czechia", "Czech Republic"},
    {"russian federation", "Russia"}, {"türkiye", "Turkey"},
    {"turkiye", "Turkey"}, {"perú", "Peru"}, {"méxico", "Mexico"},
    {"brasil", "Brazil"}, {"east timor", "Timor-Leste"},
    {"state of palestine", "Palestine"}, {"occupied palestinian territory", "Palestine"},
    {"swaziland", "Eswatini"}, {"viet nam", "Vietnam"},
    {"syrian arab republic", "Syria"}, {"lao pdr", "Laos"},
    {"macedonia", "North Macedonia"}, {"bosnia", "Bosnia and Herzegovina"},
    {"bih", "Bosnia and Herzegovina"}, {"nz", "New Zealand"}};

const absl::flat_hash_map<std::string, std::string>& Table() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::string, std::string>();
    for (const char* c : kCountries) t->emplace(absl::AsciiStrToLower(c), c);
    for (const auto& [alias, canonical] : kAliases) t->emplace(alias, canonical);
    return t;
  }();
  return *table;
}

std::string One(absl::string_view name) {
  std::string key = absl::AsciiStrToLower(absl::StripAsciiWhitespace(name));
  auto it = Table().find(key);
  return it == Table().end() ? "" : it->second;
}

}  // namespace

std::string CanonicalCountry(absl::string_view name) {
  std::string single = One(name);
  if (!single.empty()) return single;
  for (absl::string_view sep : {" and ", " & ", "/", ", "}) {
    // Most names hold no separator: skip the split and its allocations.
    if (name.find(sep) == absl::string_view::npos) continue;
    std::vector<absl::string_view> parts = absl::StrSplit(name, sep);
    if (parts.size() < 2) continue;
    std::vector<std::string> canonical;
    for (absl::string_view p : parts) {
      std::string c = One(p);
      if (c.empty()) return "";
      canonical.push_back(c);
    }
    return absl::StrJoin(canonical, std::string(sep));
  }
  return "";
}

}  // namespace amicus::extract
