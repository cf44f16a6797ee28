#include "store/word_postings.h"

#include <algorithm>
#include <cstddef>

#include "absl/strings/str_cat.h"
#include "store/document_entries.h"
#include "store/key_codec.h"
#include "store/text_words.h"

namespace amicus::store {

bool IndexesWordsByDocument(Cf family) {
  return family == Cf::kEventsByWord || family == Cf::kQuotesByWord;
}

std::string EncodeOrdinals(const std::vector<uint32_t>& ordinals) {
  std::string value;
  uint32_t previous = 0;
  for (uint32_t ordinal : ordinals) {
    uint32_t delta = ordinal - previous;
    previous = ordinal;
    while (delta >= 0x80) {
      value.push_back(static_cast<char>((delta & 0x7f) | 0x80));
      delta >>= 7;
    }
    value.push_back(static_cast<char>(delta));
  }
  return value;
}

bool DecodeOrdinals(absl::string_view value, std::vector<uint32_t>* ordinals) {
  ordinals->clear();
  uint64_t previous = 0;
  size_t pos = 0;
  while (pos < value.size()) {
    uint64_t delta = 0;
    for (int shift = 0;; shift += 7) {
      if (pos == value.size() || shift > 28) return false;
      auto byte = static_cast<unsigned char>(value[pos++]);
      delta |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    // Strictly ascending, but for a first ordinal of 0.
    if (!ordinals->empty() && delta == 0) return false;
    previous += delta;
    if (previous > UINT32_MAX) return false;
    ordinals->push_back(static_cast<uint32_t>(previous));
  }
  return true;
}

bool EntryRecords::Load(absl::string_view seq, absl::string_view value) {
  seq_.assign(seq.data(), seq.size());
  next_ = 0;
  if (DecodeOrdinals(value, &ordinals_)) return true;
  ordinals_.clear();
  return false;
}

bool EntryRecords::NextAtOrAfter(absl::string_view from, std::string* key) {
  if (next_ == ordinals_.size()) return false;  // also before any Load
  auto next = std::lower_bound(
      ordinals_.begin() + static_cast<std::ptrdiff_t>(next_), ordinals_.end(),
      LowestOrdinalFrom(from),
      [](uint32_t ordinal, uint64_t bound) { return ordinal < bound; });
  next_ = static_cast<size_t>(next - ordinals_.begin());
  if (next == ordinals_.end()) return false;
  key->assign(seq_);
  key->append(EncodeUint32(*next));
  ++next_;
  return true;
}

// Compares ordinals instead of building a record key per comparison (a
// third of what a word query's leapfrog cost).
uint64_t EntryRecords::LowestOrdinalFrom(absl::string_view from) const {
  if (from.size() < kSeqBytes || from.substr(0, kSeqBytes) != seq_) {
    return from < seq_ ? 0 : uint64_t{UINT32_MAX} + 1;
  }
  absl::string_view rest = from.substr(kSeqBytes);
  // Record keys sort as their ordinals' 4 big-endian bytes: a shorter
  // `rest` is those bytes padded with zeros, a longer one is just past them.
  std::string ordinal(rest.substr(0, 4));
  ordinal.resize(4, '\0');
  return uint64_t{DecodeUint32(ordinal)} + (rest.size() > 4 ? 1 : 0);
}

void WordOrdinals::Add(const std::vector<absl::string_view>& texts,
                       uint32_t ordinal) {
  ForEachWordOfTexts(texts, [&](absl::string_view word) {
    std::vector<uint32_t>& ordinals = ordinals_[word];
    if (ordinals.empty() || ordinals.back() != ordinal) {
      ordinals.push_back(ordinal);
    }
  });
}

void WordOrdinals::AppendEntries(Cf family, absl::string_view seq_key,
                                 std::vector<Entry>* out) const {
  for (const auto& [word, ordinals] : ordinals_) {
    out->push_back({family, absl::StrCat(WordIndexPrefix(word), seq_key),
                    EncodeOrdinals(ordinals)});
  }
}

}  // namespace amicus::store
