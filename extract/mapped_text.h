#ifndef AMICUS_EXTRACT_MAPPED_TEXT_H_
#define AMICUS_EXTRACT_MAPPED_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"
#include "amicus/v1/records.pb.h"

namespace amicus::extract {

// Text produced from the original content together with, for every byte,
// the byte of the original content it came from. Each normalization step
// rebuilds one of these from the previous one, so record spans can always
// point back into what was ingested.
struct MappedText {
  std::string text;
  std::vector<uint32_t> offsets;  // offsets.size() == text.size()
};

// Identity mapping: text[i] came from content byte i.
MappedText IdentityMapped(absl::string_view content);

// Accumulates a MappedText byte by byte or range by range.
class MappedTextBuilder {
 public:
  explicit MappedTextBuilder(size_t reserve = 0);
  // Appends `s`, all of whose bytes map to original byte `origin`.
  void AppendAt(absl::string_view s, uint32_t origin);
  // Appends src[begin, end) with its own mapping.
  void AppendFrom(const MappedText& src, size_t begin, size_t end);
  void AppendChar(char c, uint32_t origin);
  const std::string& text() const { return out_.text; }
  size_t size() const { return out_.text.size(); }
  // Removes trailing bytes equal to `c`.
  void TrimTrailing(char c);
  MappedText Finish() { return std::move(out_); }

 private:
  MappedText out_;
};

// The appends run for nearly every run of bytes of every normalization
// pass: defined here so that they inline.
inline void MappedTextBuilder::AppendAt(absl::string_view s, uint32_t origin) {
  out_.text.append(s.data(), s.size());
  out_.offsets.insert(out_.offsets.end(), s.size(), origin);
}

inline void MappedTextBuilder::AppendFrom(const MappedText& src, size_t begin,
                                          size_t end) {
  out_.text.append(src.text, begin, end - begin);
  out_.offsets.insert(out_.offsets.end(), src.offsets.begin() + begin,
                      src.offsets.begin() + end);
}

inline void MappedTextBuilder::AppendChar(char c, uint32_t origin) {
  out_.text.push_back(c);
  out_.offsets.push_back(origin);
}

// The span of normalized bytes [begin, end) with original-content offsets:
// from the first byte's origin to one past the last byte's origin, widened
// to whole UTF-8 characters of `original` when it is UTF-8 (in a
// single-byte charset every byte is a whole character).
amicus::v1::TextSpan MakeSpan(const MappedText& mapped,
                              absl::string_view original, size_t begin,
                              size_t end, bool original_is_utf8 = true);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_MAPPED_TEXT_H_
