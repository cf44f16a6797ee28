#ifndef AMICUS_STORE_TEXT_WORDS_H_
#define AMICUS_STORE_TEXT_WORDS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"

namespace amicus::store {

// Text is searched by words, indexed and queried in one form: the runs of
// letters and digits between anything else (spaces, punctuation,
// apostrophes: "government's" is "government" and "s"), ASCII lowercased
// and Latin accents folded as names are (latin_fold.h: "Égypte" ->
// "egypte", "Straße" -> "strasse"). Letters of other scripts are kept as
// they are. A word longer than kMaxWordBytes keeps its first bytes: index
// keys stay short, and such words still match themselves.
inline constexpr size_t kMaxWordBytes = 64;

// The words of `text` in order, repeats included.
std::vector<std::string> TextWords(absl::string_view text);

// Calls `visit` with each word of `text` in order, until it returns false;
// the view is valid during the call only. TextWords without a string per
// word, for checks that stop at the first answer.
void ForEachWord(absl::string_view text,
                 absl::FunctionRef<bool(absl::string_view word)> visit);

// ForEachWord with where each word stands in `text`: `begin` is the byte
// offset of its first character, `end` one past its last (a combining mark
// after it is not counted). Words derived from a sentence of a document
// by offset are then the words the sentence itself would give
// (document_words.h).
void ForEachWordAt(
    absl::string_view text,
    absl::FunctionRef<bool(absl::string_view word, size_t begin, size_t end)>
        visit);

// ForEachWord over each of `texts` but those equal to an earlier one (a
// summary is often its evidence sentence again): a record's words, repeats
// included.
void ForEachWordOfTexts(const std::vector<absl::string_view>& texts,
                        absl::FunctionRef<void(absl::string_view word)> visit);

// The distinct words of all of `texts`: what one record is indexed under.
absl::flat_hash_set<std::string> DistinctWords(
    const std::vector<absl::string_view>& texts);

// Whether `words` holds `phrase` as consecutive words.
bool ContainsPhrase(const std::vector<std::string>& words,
                    const std::vector<std::string>& phrase);

}  // namespace amicus::store

#endif  // AMICUS_STORE_TEXT_WORDS_H_
