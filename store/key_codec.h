#ifndef AMICUS_STORE_KEY_CODEC_H_
#define AMICUS_STORE_KEY_CODEC_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace amicus::store {

// Record keys are seq (8 bytes big-endian) + ordinal (4 bytes big-endian):
// byte order equals ingest order, and a document's records share the seq
// prefix.
constexpr size_t kSeqBytes = 8;
constexpr size_t kRecordKeyBytes = 12;

std::string EncodeSeq(uint64_t seq);
// Reads the first 8 bytes; `key` must hold at least that many.
uint64_t DecodeSeq(absl::string_view key);

std::string EncodeRecordKey(uint64_t seq, uint32_t ordinal);
uint32_t DecodeOrdinal(absl::string_view record_key);

// A 4-byte big-endian unsigned value; enums index with it.
std::string EncodeUint32(uint32_t value);
uint32_t DecodeUint32(absl::string_view bytes);

// Index keys end with the key of the record they point to; these split one.
absl::string_view TrailingKey(absl::string_view index_key, size_t key_bytes);
absl::string_view LeadingPart(absl::string_view index_key, size_t key_bytes);

// Keys [from, to) a scan jumps over (from >= to: nothing).
struct KeyGap {
  std::string from;
  std::string to;
};

// Smallest key greater than every key starting with `prefix`, or empty if
// there is none (prefix of all 0xff bytes).
std::string PrefixSuccessor(absl::string_view prefix);

}  // namespace amicus::store

#endif  // AMICUS_STORE_KEY_CODEC_H_
