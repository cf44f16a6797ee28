#include "extract/mapped_text.h"

#include <algorithm>

namespace amicus::extract {

MappedText IdentityMapped(absl::string_view content) {
  MappedText m;
  m.text.assign(content.data(), content.size());
  m.offsets.resize(content.size());
  for (size_t i = 0; i < content.size(); ++i) m.offsets[i] = i;
  return m;
}

MappedTextBuilder::MappedTextBuilder(size_t reserve) {
  out_.text.reserve(reserve);
  out_.offsets.reserve(reserve);
}

void MappedTextBuilder::TrimTrailing(char c) {
  while (!out_.text.empty() && out_.text.back() == c) {
    out_.text.pop_back();
    out_.offsets.pop_back();
  }
}

namespace {
bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
}  // namespace

amicus::v1::TextSpan MakeSpan(const MappedText& mapped,
                              absl::string_view original, size_t begin,
                              size_t end, bool original_is_utf8) {
  amicus::v1::TextSpan span;
  end = std::min(end, mapped.text.size());
  begin = std::min(begin, end);
  span.set_text(mapped.text.substr(begin, end - begin));
  if (begin == end) {
    size_t at = begin < mapped.offsets.size() ? mapped.offsets[begin]
                                              : original.size();
    span.set_start_offset(at);
    span.set_end_offset(at);
    return span;
  }
  size_t start = std::min<size_t>(mapped.offsets[begin], original.size());
  size_t stop = start;
  for (size_t i = begin; i < end; ++i) {
    stop = std::max<size_t>(stop, mapped.offsets[i] + 1);
  }
  stop = std::min(stop, original.size());
  while (original_is_utf8 && stop < original.size() &&
         IsContinuationByte(original[stop])) {
    ++stop;
  }
  span.set_start_offset(start);
  span.set_end_offset(stop);
  return span;
}

}  // namespace amicus::extract
