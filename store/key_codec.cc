#include "store/key_codec.h"

namespace amicus::store {
namespace {

void AppendBigEndian(uint64_t value, int bytes, std::string* out) {
  for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
    out->push_back(static_cast<char>((value >> shift) & 0xff));
  }
}

uint64_t ReadBigEndian(absl::string_view bytes, size_t count) {
  uint64_t value = 0;
  for (size_t i = 0; i < count; ++i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  }
  return value;
}

}  // namespace

std::string EncodeSeq(uint64_t seq) {
  std::string out;
  AppendBigEndian(seq, 8, &out);
  return out;
}

uint64_t DecodeSeq(absl::string_view key) {
  return ReadBigEndian(key, kSeqBytes);
}

std::string EncodeRecordKey(uint64_t seq, uint32_t ordinal) {
  std::string out;
  AppendBigEndian(seq, 8, &out);
  AppendBigEndian(ordinal, 4, &out);
  return out;
}

uint32_t DecodeOrdinal(absl::string_view record_key) {
  return static_cast<uint32_t>(ReadBigEndian(record_key.substr(kSeqBytes), 4));
}

std::string EncodeUint32(uint32_t value) {
  std::string out;
  AppendBigEndian(value, 4, &out);
  return out;
}

uint32_t DecodeUint32(absl::string_view bytes) {
  return static_cast<uint32_t>(ReadBigEndian(bytes, 4));
}

absl::string_view TrailingKey(absl::string_view index_key, size_t key_bytes) {
  if (index_key.size() < key_bytes) return absl::string_view();
  return index_key.substr(index_key.size() - key_bytes);
}

absl::string_view LeadingPart(absl::string_view index_key, size_t key_bytes) {
  if (index_key.size() < key_bytes) return absl::string_view();
  return index_key.substr(0, index_key.size() - key_bytes);
}

std::string PrefixSuccessor(absl::string_view prefix) {
  std::string out(prefix);
  while (!out.empty()) {
    unsigned char last = static_cast<unsigned char>(out.back());
    if (last != 0xff) {
      out.back() = static_cast<char>(last + 1);
      return out;
    }
    out.pop_back();
  }
  return out;
}

}  // namespace amicus::store
