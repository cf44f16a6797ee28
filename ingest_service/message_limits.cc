#include "ingest_service/message_limits.h"

#include <limits>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace amicus::ingest {

absl::StatusOr<int> MaxMessageBytesFor(int64_t max_document_bytes) {
  constexpr int64_t kHeadroom = 1 << 20;  // source_uri, media type, framing
  constexpr int64_t kMax = std::numeric_limits<int>::max() - kHeadroom;
  if (max_document_bytes <= 0 || max_document_bytes > kMax) {
    return absl::InvalidArgumentError(
        absl::StrCat("max_document_bytes must be between 1 and ", kMax,
                     ", got ", max_document_bytes));
  }
  return static_cast<int>(max_document_bytes + kHeadroom);
}

}  // namespace amicus::ingest
