#include "extract/lexicon.h"

#include "absl/strings/ascii.h"

namespace amicus::extract {
namespace {

bool IsAsciiLetter(char c) {
  return absl::ascii_isalpha(static_cast<unsigned char>(c));
}

// Characters that PDF text extraction leaves where a ligature was.
bool IsDamageMark(char c) { return c == '?' || c == '_' || c == '('; }

// Fragments of words split across lines ("perfor-" / "mance") are not
// words of the document.
bool EndsHyphenatedLine(absl::string_view text, size_t end) {
  if (end >= text.size() || text[end] != '-') return false;
  size_t i = end + 1;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\r')) ++i;
  return i < text.size() && text[i] == '\n';
}

bool ContinuesHyphenatedLine(absl::string_view text, size_t start) {
  size_t i = start;
  while (i > 0 && text[i - 1] == ' ') --i;
  if (i == 0 || text[i - 1] != '\n') return false;
  --i;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\r')) --i;
  return i > 0 && text[i - 1] == '-';
}

}  // namespace

Lexicon::Lexicon(absl::string_view text, const WordList* dictionary)
    : text_(text), dictionary_(dictionary) {}

const absl::flat_hash_set<std::string>& Lexicon::DocumentWords() const {
  if (learned_) return document_words_;
  learned_ = true;
  absl::string_view text = text_;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiLetter(text[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    bool has_inner_capital = false;
    while (i < text.size() && IsAsciiLetter(text[i])) {
      if (i > start && absl::ascii_isupper(static_cast<unsigned char>(text[i])) &&
          absl::ascii_islower(static_cast<unsigned char>(text[i - 1]))) {
        has_inner_capital = true;  // "aWer": a lost "ft", not a word
      }
      ++i;
    }
    bool damaged_before = (start > 0 && IsDamageMark(text[start - 1])) ||
                          ContinuesHyphenatedLine(text, start);
    bool damaged_after = (i < text.size() && IsDamageMark(text[i])) ||
                         EndsHyphenatedLine(text, i);
    if (!damaged_before && !damaged_after && !has_inner_capital &&
        i - start >= 2) {
      document_words_.insert(absl::AsciiStrToLower(text.substr(start, i - start)));
    }
  }
  return document_words_;
}

bool Lexicon::KnowsInDocument(absl::string_view word) const {
  return DocumentWords().contains(absl::AsciiStrToLower(word));
}

bool Lexicon::Knows(absl::string_view word) const {
  std::string lower = absl::AsciiStrToLower(word);
  return DocumentWords().contains(lower) ||
         (dictionary_ != nullptr && dictionary_->contains(lower));
}

}  // namespace amicus::extract
