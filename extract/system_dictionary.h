#ifndef AMICUS_EXTRACT_SYSTEM_DICTIONARY_H_
#define AMICUS_EXTRACT_SYSTEM_DICTIONARY_H_

#include <memory>
#include <string>

#include "extract/word_list.h"

namespace amicus::extract {

// Debian's `wamerican` word list.
inline constexpr char kSystemDictionaryPath[] = "/usr/share/dict/words";

// Reads a word list, one word a line, lowercased; entries with an
// apostrophe ("ACLU's") are skipped. Null when the file cannot be read:
// extraction then repairs PDF damage from the document's own words.
// The only file access of the extraction library, kept apart so that
// Extract() itself stays pure.
std::shared_ptr<const WordList> LoadSystemDictionary(
    const std::string& path = kSystemDictionaryPath);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_SYSTEM_DICTIONARY_H_
