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

// A word being built from the text (folded, so not a view of it), and
// where it stands there.
struct PendingWord {
  std::string text;
  size_t begin = 0;
  size_t end = 0;
};

// Hands a finished word to `visit` and empties it; false when `visit`
// wants no more.
bool EndWord(PendingWord* word, absl::FunctionRef<bool(absl::string_view,
                                                         size_t, size_t)> visit) {
  if (word->text.empty()) return true;
  if (word->text.size() > kMaxWordBytes) word->text.resize(kMaxWordBytes);
  bool more = visit(word->text, word->begin, word->end);
  word->text.clear();
  return more;
}

}  // namespace

void ForEachWordAt(
    absl::string_view text,
    absl::FunctionRef<bool(absl::string_view word, size_t begin, size_t end)>
        visit) {
  PendingWord word;
  size_t pos = 0;
  while (pos < text.size()) {
    // ASCII, nearly all of the text, without decoding or the fold table:
    // tokenizing was half of what storing a document cost.
    char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (!absl::ascii_isalnum(c)) {
        ++pos;
        if (!EndWord(&word, visit)) return;
        continue;
      }
      size_t end = pos;
      bool lowercase = true;
      for (; end < text.size() && absl::ascii_isalnum(text[end]); ++end) {
        lowercase = lowercase && !absl::ascii_isupper(text[end]);
      }
      // Most words are a lowercase ASCII run ending in ASCII: handed over
      // as they stand in the text, without a copy.
      bool ends_in_ascii =
          end == text.size() || static_cast<unsigned char>(text[end]) < 0x80;
      if (word.text.empty() && lowercase && ends_in_ascii) {
        absl::string_view run =
            text.substr(pos, std::min(end - pos, kMaxWordBytes));
        size_t begin = pos;
        pos = end;
        if (!visit(run, begin, end)) return;
        continue;
      }
      if (word.text.empty()) word.begin = pos;
      for (; pos < end; ++pos) {
        word.text.push_back(absl::ascii_tolower(text[pos]));
      }
      word.end = end;
      continue;
    }
    size_t start = pos;
    char32_t cp = NextCodePoint(text, &pos);
    // A decomposed accent belongs to the letter before it, and folds away.
    if (IsCombiningMark(cp)) continue;
    if (IsWordCharacter(cp)) {
      if (word.text.empty()) word.begin = start;
      AppendFolded(cp, text.substr(start, pos - start), &word.text);
      word.end = pos;
    } else if (!EndWord(&word, visit)) {
      return;
    }
  }
  EndWord(&word, visit);
}

void ForEachWord(absl::string_view text,
                 absl::FunctionRef<bool(absl::string_view word)> visit) {
  ForEachWordAt(text, [&visit](absl::string_view word, size_t, size_t) {
    return visit(word);
  });
}

void ForEachWordOfTexts(const std::vector<absl::string_view>& texts,
                        absl::FunctionRef<void(absl::string_view word)> visit) {
  for (size_t i = 0; i < texts.size(); ++i) {
    // A summary is often its evidence sentence again.
    if (std::find(texts.begin(), texts.begin() + i, texts[i]) !=
        texts.begin() + i) {
      continue;
    }
    ForEachWord(texts[i], [&visit](absl::string_view word) {
      visit(word);
      return true;
    });
  }
}

std::vector<std::string> TextWords(absl::string_view text) {
  std::vector<std::string> words;
  ForEachWord(text, [&words](absl::string_view word) {
    words.emplace_back(word);
    return true;
  });
  return words;
}

absl::flat_hash_set<std::string> DistinctWords(
    const std::vector<absl::string_view>& texts) {
  absl::flat_hash_set<std::string> distinct;
  ForEachWordOfTexts(texts, [&distinct](absl::string_view word) {
    distinct.emplace(word);
  });
  return distinct;
}

bool ContainsPhrase(const std::vector<std::string>& words,
                    const std::vector<std::string>& phrase) {
  if (phrase.empty()) return true;
  return std::search(words.begin(), words.end(), phrase.begin(),
                     phrase.end()) != words.end();
}

}  // namespace amicus::store
