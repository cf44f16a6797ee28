#ifndef AMICUS_EXTRACT_PERPETRATORS_H_
#define AMICUS_EXTRACT_PERPETRATORS_H_

#include <string>
#include <vector>

#include "extract/words.h"

namespace amicus::extract {

// The group a document blames for its violence in a noun phrase: "the
// terror of radical Islamists", "a violent campaign by pro-government
// militias", "killings by unknown gunmen". Its passive killings and
// attacks that name no agent are that group's. Empty when the document
// names none.
std::string LearnPerpetrators(const std::vector<Word>& document_words);

// Who carried out an attack a document reports without naming or
// blaming anyone: the analyst's "unknown attackers".
constexpr char kUnknownAttackers[] = "unknown attackers";

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_PERPETRATORS_H_
