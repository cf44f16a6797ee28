#ifndef AMICUS_QUERY_SERVICE_RESUME_TOKEN_H_
#define AMICUS_QUERY_SERVICE_RESUME_TOKEN_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace amicus::query {

// Where a stream stands. A stream reads in two phases:
//   kStored: records with seq <= watermark, in the order of the index the
//            plan chose (the view the stream started from);
//   kNewer:  records with seq > watermark, in seq order (records ingested
//            after the stream started, then followed).
// Seqs only grow, so together the phases cover every record exactly once,
// whatever was ingested between a response and its resumption.
struct ResumeToken {
  enum class Phase : uint8_t { kStored = 1, kNewer = 2 };
  // Which RPC the token belongs to.
  enum class Stream : uint8_t {
    kEvents = 1,
    kQuotes = 2,
    kSignatorySets = 3,
    kDocuments = 4,
  };

  Stream stream = Stream::kEvents;
  Phase phase = Phase::kStored;
  uint64_t watermark = 0;
  // Digest of the request's filters: a token only resumes the query it
  // came from.
  uint64_t filter_digest = 0;
  // First key not yet consumed, in the phase's scan family.
  std::string next_key;
};

// Opaque URL-safe text.
std::string EncodeResumeToken(const ResumeToken& token);

// INVALID_ARGUMENT for anything EncodeResumeToken did not produce for this
// stream and these filters.
absl::StatusOr<ResumeToken> DecodeResumeToken(absl::string_view text,
                                              ResumeToken::Stream stream,
                                              uint64_t filter_digest);

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_RESUME_TOKEN_H_
