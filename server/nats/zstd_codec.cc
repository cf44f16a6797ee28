#include "server/nats/zstd_codec.h"

#include <memory>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "zstd.h"

namespace amicus::nats {
namespace {

// Level 1: ~6.7x on generated extractions, against ~7.0x at the default
// level 3 for about twice the time (BENCHMARKS.md, "NATS CPU per document").
constexpr int kLevel = 1;

struct CCtxDeleter {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct DCtxDeleter {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

// A context per thread: creating one per entry would cost more than
// compressing a typical entry.
ZSTD_CCtx* CompressContext() {
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxDeleter> context(ZSTD_createCCtx());
  return context.get();
}

ZSTD_DCtx* DecompressContext() {
  thread_local std::unique_ptr<ZSTD_DCtx, DCtxDeleter> context(ZSTD_createDCtx());
  return context.get();
}

}  // namespace

absl::StatusOr<std::string> ZstdCompress(absl::string_view data) {
  ZSTD_CCtx* context = CompressContext();
  if (context == nullptr) return absl::ResourceExhaustedError("no zstd context");
  std::string out(ZSTD_compressBound(data.size()), '\0');
  const size_t n = ZSTD_compressCCtx(context, out.data(), out.size(),
                                     data.data(), data.size(), kLevel);
  if (ZSTD_isError(n)) {
    return absl::InternalError(
        absl::StrCat("zstd compression failed: ", ZSTD_getErrorName(n)));
  }
  out.resize(n);
  return out;
}

absl::StatusOr<std::string> ZstdDecompress(absl::string_view frame) {
  const unsigned long long size =
      ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (size == ZSTD_CONTENTSIZE_ERROR) {
    return absl::InvalidArgumentError("not a zstd frame");
  }
  if (size == ZSTD_CONTENTSIZE_UNKNOWN) {
    return absl::InvalidArgumentError("zstd frame without its content size");
  }
  if (size > kMaxDecompressedBytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "zstd frame of ", size, " bytes, over ", kMaxDecompressedBytes));
  }
  ZSTD_DCtx* context = DecompressContext();
  if (context == nullptr) return absl::ResourceExhaustedError("no zstd context");
  std::string out(static_cast<size_t>(size), '\0');
  const size_t n = ZSTD_decompressDCtx(context, out.data(), out.size(),
                                       frame.data(), frame.size());
  if (ZSTD_isError(n)) {
    return absl::InvalidArgumentError(
        absl::StrCat("zstd frame does not decompress: ", ZSTD_getErrorName(n)));
  }
  if (n != out.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "zstd frame holds ", n, " bytes, its header says ", out.size()));
  }
  return out;
}

}  // namespace amicus::nats
