#ifndef AMICUS_SERVER_NATS_ZSTD_CODEC_H_
#define AMICUS_SERVER_NATS_ZSTD_CODEC_H_

#include <cstddef>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

// One zstd frame per log entry's payload (log_stream.h, kEncodingZstd).
namespace amicus::nats {

// Larger frames are refused on reading: no entry can hold more, since an
// entry must fit NATS's max_payload (20 MB in the shipped configuration)
// and even a 20 MB document's extraction stays far below this.
inline constexpr size_t kMaxDecompressedBytes = size_t{1} << 30;

// A frame that records its content size, at a fast level: the ingest
// replica compresses each entry once and every query replica decompresses
// it, so compression speed counts more than the last few percent of size.
absl::StatusOr<std::string> ZstdCompress(absl::string_view data);
// INVALID_ARGUMENT for anything but one whole frame of at most
// kMaxDecompressedBytes whose header gives its size.
absl::StatusOr<std::string> ZstdDecompress(absl::string_view frame);

}  // namespace amicus::nats

#endif  // AMICUS_SERVER_NATS_ZSTD_CODEC_H_
