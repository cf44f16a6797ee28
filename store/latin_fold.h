#ifndef AMICUS_STORE_LATIN_FOLD_H_
#define AMICUS_STORE_LATIN_FOLD_H_

#include <string>

#include "absl/strings/string_view.h"

namespace amicus::store {

// The character classes and folding that names (name_key.h) and text words
// (text_words.h) are normalized with, so that both meet a query the same
// way: ASCII lowercased, Latin accents folded (é -> e, ß -> ss), letters of
// other scripts kept as they are.

// Decodes one UTF-8 code point at `*pos`, advancing it. Invalid bytes come
// back as themselves so that no input is lost.
char32_t NextCodePoint(absl::string_view text, size_t* pos);

// Whitespace, dashes, slashes and underscores: what separates words.
bool IsSeparator(char32_t cp);

// Punctuation and marks that vanish: ASCII punctuation, Latin-1 signs,
// combining accents (decomposed text), general punctuation (curly quotes).
bool IsDropped(char32_t cp);

// Whether `cp` is a combining accent (U+0300-U+036F), which belongs to the
// letter before it.
bool IsCombiningMark(char32_t cp);

// Appends `cp` (spelled `original` in the input) lowercased and folded.
void AppendFolded(char32_t cp, absl::string_view original, std::string* out);

}  // namespace amicus::store

#endif  // AMICUS_STORE_LATIN_FOLD_H_
