#include "query_service/text_filter.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "store/document_entries.h"
#include "store/text_words.h"

namespace amicus::query {
namespace {

// The query split at double quotes (ASCII or curly): even pieces are loose
// words, odd ones quoted phrases. An unclosed quote runs to the end.
std::vector<std::string> QuotePieces(absl::string_view query) {
  std::string plain = absl::StrReplaceAll(
      query, {{"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}});
  return absl::StrSplit(plain, '"');
}

}  // namespace

absl::StatusOr<std::shared_ptr<const TextFilter>> TextFilter::Make(
    absl::string_view field, absl::string_view query) {
  if (query.empty()) return std::shared_ptr<const TextFilter>();
  std::shared_ptr<TextFilter> filter(new TextFilter());
  std::vector<std::string> pieces = QuotePieces(query);
  for (size_t i = 0; i < pieces.size(); ++i) {
    std::vector<std::string> tokens = {pieces[i]};
    if (i % 2 == 0) {
      tokens = absl::StrSplit(pieces[i], absl::ByAnyChar(" \t\n\r"),
                              absl::SkipEmpty());
    }
    for (const std::string& token : tokens) {
      std::vector<std::string> words = store::TextWords(token);
      for (const std::string& word : words) {
        if (std::find(filter->words_.begin(), filter->words_.end(), word) ==
            filter->words_.end()) {
          filter->words_.push_back(word);
        }
      }
      if (words.size() > 1) filter->phrases_.push_back(std::move(words));
    }
  }
  if (filter->words_.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        field, " has no word (letters or digits) to search for: text is "
               "matched by whole words"));
  }
  return std::shared_ptr<const TextFilter>(std::move(filter));
}

std::vector<store::IndexTerm> TextFilter::Terms(store::Cf word_index) const {
  std::vector<store::IndexTerm> terms;
  for (const std::string& word : words_) {
    terms.push_back({word_index, {store::WordIndexPrefix(word)}});
  }
  return terms;
}

bool TextFilter::Matches(const std::vector<absl::string_view>& texts) const {
  if (phrases_.empty()) return HasEveryWord(texts);
  std::vector<std::vector<std::string>> words;
  for (absl::string_view text : texts) words.push_back(store::TextWords(text));
  for (const std::string& word : words_) {
    if (std::none_of(words.begin(), words.end(),
                     [&word](const std::vector<std::string>& text_words) {
                       return std::find(text_words.begin(), text_words.end(),
                                        word) != text_words.end();
                     })) {
      return false;
    }
  }
  for (const std::vector<std::string>& phrase : phrases_) {
    if (std::none_of(words.begin(), words.end(),
                     [&phrase](const std::vector<std::string>& text_words) {
                       return store::ContainsPhrase(text_words, phrase);
                     })) {
      return false;
    }
  }
  return true;
}

bool TextFilter::HasEveryWord(
    const std::vector<absl::string_view>& texts) const {
  std::vector<bool> found(words_.size(), false);
  size_t missing = words_.size();
  for (absl::string_view text : texts) {
    store::ForEachWord(text, [&](absl::string_view word) {
      for (size_t i = 0; i < words_.size(); ++i) {
        if (!found[i] && words_[i] == word) {
          found[i] = true;
          --missing;
        }
      }
      return missing > 0;
    });
    if (missing == 0) return true;
  }
  return false;
}

}  // namespace amicus::query
