#include "store/text_words.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "store/latin_fold.h"

namespace amicus::store {
namespace {

bool IsWordCharacter(char32_t cp) {
  if (cp < 0x80) return absl::ascii_isalnum(static_cast<char>(cp));
  return !IsSeparator(cp) && !IsDropped(cp);
}

void EndWord(std::string* word, std::vector<std::string>* words) {
  if (word->empty()) return;
  if (word->size() > kMaxWordBytes) word->resize(kMaxWordBytes);
  words->push_back(std::move(*word));
  word->clear();
}

}  // namespace

std::vector<std::string> TextWords(absl::string_view text) {
  std::vector<std::string> words;
  std::string word;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    // A decomposed accent belongs to the letter before it, and folds away.
    if (IsCombiningMark(cp)) continue;
    if (!IsWordCharacter(cp)) {
      EndWord(&word, &words);
      continue;
    }
    AppendFolded(cp, text.substr(start, pos - start), &word);
  }
  EndWord(&word, &words);
  return words;
}

std::vector<std::string> DistinctWords(
    const std::vector<absl::string_view>& texts) {
  absl::flat_hash_set<std::string> seen;
  std::vector<std::string> distinct;
  for (absl::string_view text : texts) {
    for (std::string& word : TextWords(text)) {
      if (seen.insert(word).second) distinct.push_back(std::move(word));
    }
  }
  return distinct;
}

bool ContainsPhrase(const std::vector<std::string>& words,
                    const std::vector<std::string>& phrase) {
  if (phrase.empty()) return true;
  return std::search(words.begin(), words.end(), phrase.begin(),
                     phrase.end()) != words.end();
}

}  // namespace amicus::store
