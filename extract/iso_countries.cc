#include "extract/iso_countries.h"

#include <fstream>
#include <sstream>

namespace amicus::extract {

std::shared_ptr<const CountryNames> LoadIsoCountries(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::stringstream content;
  content << in.rdbuf();
  absl::StatusOr<CountryNames> names = ParseIsoCountries(content.str());
  if (!names.ok()) return nullptr;
  return std::make_shared<const CountryNames>(*std::move(names));
}

}  // namespace amicus::extract
