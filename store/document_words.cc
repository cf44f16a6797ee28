#include "store/document_words.h"

#include <algorithm>
#include <functional>

#include "absl/strings/ascii.h"
#include "store/document_entries.h"
#include "store/text_words.h"
#include "store/word_postings.h"

namespace amicus::store {
namespace {

// WordIndexPrefix(word) + seq_key, built in place.
std::string WordKey(absl::string_view word, absl::string_view seq_key) {
  std::string key;
  key.reserve(word.size() + 1 + seq_key.size());
  key.append(word.data(), word.size());
  key.push_back('\0');
  key.append(seq_key.data(), seq_key.size());
  return key;
}

bool Within(absl::string_view view, absl::string_view source) {
  std::less_equal<const char*> le;
  return le(source.data(), view.data()) &&
         le(view.data() + view.size(), source.data() + source.size());
}

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// `text` without trailing ASCII punctuation and spaces, which end a word
// and hold none: a summary cut short ("... ") is then a prefix of its
// evidence sentence.
absl::string_view WithoutTrailingPunctuation(absl::string_view text) {
  while (!text.empty() && static_cast<unsigned char>(text.back()) < 0x80 &&
         !absl::ascii_isalnum(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

}  // namespace

DocumentWords::DocumentWords(const amicus::v1::Document& document)
    : text_(document.text()) {
  // About what the benchmark's documents have (a word per 6 bytes, a
  // distinct one per 30): growing these was a tenth of the cost.
  tokens_.reserve(text_.size() / 6 + 8);
  ids_.reserve(text_.size() / 30 + 16);
  words_.reserve(text_.size() / 30 + 16);
  ForEachWordAt(text_, [this](absl::string_view word, size_t begin,
                              size_t end) {
    tokens_.push_back({begin, end, Id(word, text_)});
    return true;
  });
  absl::string_view title = document.title();
  if (title != text_) {
    ForEachWord(title, [&](absl::string_view word) {
      Id(word, title);
      return true;
    });
  }
  document_words_ = static_cast<uint32_t>(words_.size());
}

uint32_t DocumentWords::Id(absl::string_view word, absl::string_view source) {
  auto found = ids_.find(word);
  if (found != ids_.end()) return found->second;
  if (!Within(word, source)) {
    owned_.emplace_back(word);
    word = owned_.back();
  }
  auto id = static_cast<uint32_t>(words_.size());
  words_.push_back(word);
  ids_.emplace(word, id);
  return id;
}

void DocumentWords::AddRecord(Cf family,
                              const std::vector<absl::string_view>& texts,
                              uint32_t ordinal) {
  Family* postings = family == Cf::kQuotesByWord ? &quotes_ : &events_;
  for (size_t i = 0; i < texts.size(); ++i) {
    // A summary is often its evidence sentence again.
    if (std::find(texts.begin(), texts.begin() + i, texts[i]) !=
        texts.begin() + i) {
      continue;
    }
    AddText(texts[i], postings, ordinal);
  }
}

void DocumentWords::AddText(absl::string_view text, Family* family,
                            uint32_t ordinal) {
  size_t first = 0, last = 0;
  if (SpanTokens(text, family, &first, &last)) {
    for (size_t i = first; i < last; ++i) {
      family->postings.push_back(uint64_t{tokens_[i].id} << 32 | ordinal);
    }
    return;
  }
  ForEachWord(text, [&](absl::string_view word) {
    family->postings.push_back(uint64_t{Id(word, text)} << 32 | ordinal);
    return true;
  });
}

bool DocumentWords::SpanTokens(absl::string_view text, Family* family,
                               size_t* first, size_t* last) const {
  absl::string_view core = WithoutTrailingPunctuation(text);
  if (core.empty()) return false;
  size_t begin = text_.find(core, family->hint);
  if (begin == absl::string_view::npos) begin = text_.find(core);
  if (begin == absl::string_view::npos) return false;
  size_t end = begin + core.size();
  // Ends inside a character, or inside a word of the text, would make
  // words of their own.
  if (IsContinuationByte(text_[begin])) return false;
  if (end < text_.size() && IsContinuationByte(text_[end])) return false;
  auto starting_from = [this](size_t offset) {
    return static_cast<size_t>(
        std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                         [](const Token& t, size_t o) { return t.begin < o; }) -
        tokens_.begin());
  };
  *first = starting_from(begin);
  *last = starting_from(end);
  if (*first > 0 && tokens_[*first - 1].end > begin) return false;
  if (*last > 0 && tokens_[*last - 1].end > end) return false;
  family->hint = begin;
  return true;
}

void DocumentWords::AppendEntries(absl::string_view seq_key,
                                  std::vector<Entry>* out) {
  out->reserve(out->size() + words_.size() * 2);
  for (uint32_t id = 0; id < document_words_; ++id) {
    out->push_back({Cf::kDocumentsByWord, WordKey(words_[id], seq_key), ""});
  }
  AppendFamily(Cf::kEventsByWord, &events_, words_, seq_key, out);
  AppendFamily(Cf::kQuotesByWord, &quotes_, words_, seq_key, out);
}

void DocumentWords::AppendFamily(Cf cf, Family* family,
                                 const std::vector<absl::string_view>& words,
                                 absl::string_view seq_key,
                                 std::vector<Entry>* out) {
  std::vector<uint64_t>& postings = family->postings;
  std::sort(postings.begin(), postings.end());
  postings.erase(std::unique(postings.begin(), postings.end()),
                 postings.end());
  std::vector<uint32_t> ordinals;
  for (size_t i = 0; i < postings.size();) {
    uint64_t id = postings[i] >> 32;
    ordinals.clear();
    for (; i < postings.size() && postings[i] >> 32 == id; ++i) {
      ordinals.push_back(static_cast<uint32_t>(postings[i]));
    }
    out->push_back({cf, WordKey(words[id], seq_key), EncodeOrdinals(ordinals)});
  }
}

}  // namespace amicus::store
