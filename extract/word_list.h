#ifndef AMICUS_EXTRACT_WORD_LIST_H_
#define AMICUS_EXTRACT_WORD_LIST_H_

#include <string>

#include "absl/container/flat_hash_set.h"

namespace amicus::extract {

// Lowercase words of a language, loaded once by the caller and shared,
// read-only, by every extraction (see system_dictionary.h).
using WordList = absl::flat_hash_set<std::string>;

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_WORD_LIST_H_
