#include "extract/system_dictionary.h"

#include <fstream>

#include "absl/strings/ascii.h"

namespace amicus::extract {

std::shared_ptr<const WordList> LoadSystemDictionary(const std::string& path) {
  std::ifstream in(path);
  if (!in) return nullptr;
  auto words = std::make_shared<WordList>();
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.find('\'') != std::string::npos) continue;
    words->insert(absl::AsciiStrToLower(line));
  }
  return words;
}

}  // namespace amicus::extract
