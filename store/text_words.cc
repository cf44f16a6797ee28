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

// Hands a finished word to `visit` and empties it; false when `visit`
// wants no more.
bool EndWord(std::string* word,
             absl::FunctionRef<bool(absl::string_view)> visit) {
  if (word->empty()) return true;
  if (word->size() > kMaxWordBytes) word->resize(kMaxWordBytes);
  bool more = visit(*word);
  word->clear();
  return more;
}

}  // namespace

void ForEachWord(absl::string_view text,
                 absl::FunctionRef<bool(absl::string_view word)> visit) {
  std::string word;
  size_t pos = 0;
  while (pos < text.size()) {
    // ASCII, nearly all of the text, without decoding or the fold table:
    // tokenizing was half of what storing a document cost.
    char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80) {
      ++pos;
      if (absl::ascii_isalnum(c)) {
        word.push_back(absl::ascii_tolower(c));
      } else if (!EndWord(&word, visit)) {
        return;
      }
      continue;
    }
    size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    // A decomposed accent belongs to the letter before it, and folds away.
    if (IsCombiningMark(cp)) continue;
    if (IsWordCharacter(cp)) {
      AppendFolded(cp, text.substr(start, pos - start), &word);
    } else if (!EndWord(&word, visit)) {
      return;
    }
  }
  EndWord(&word, visit);
}

std::vector<std::string> TextWords(absl::string_view text) {
  std::vector<std::string> words;
  ForEachWord(text, [&words](absl::string_view word) {
    words.emplace_back(word);
    return true;
  });
  return words;
}

std::vector<std::string> DistinctWords(
    const std::vector<absl::string_view>& texts) {
  absl::flat_hash_set<std::string> seen;
  std::vector<std::string> distinct;
  for (size_t i = 0; i < texts.size(); ++i) {
    absl::string_view text = texts[i];
    // A summary is often its evidence sentence again.
    if (std::find(texts.begin(), texts.begin() + i, text) !=
        texts.begin() + i) {
      continue;
    }
    ForEachWord(text, [&](absl::string_view word) {
      if (seen.emplace(word).second) distinct.emplace_back(word);
      return true;
    });
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
