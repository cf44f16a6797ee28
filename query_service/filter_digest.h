#ifndef AMICUS_QUERY_SERVICE_FILTER_DIGEST_H_
#define AMICUS_QUERY_SERVICE_FILTER_DIGEST_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "google/protobuf/message.h"

namespace amicus::query {

// First 8 bytes of the SHA-256 of `bytes`: stable across processes and
// builds, unlike std::hash or absl::Hash, so tokens survive restarts.
uint64_t DigestBytes(absl::string_view bytes);

// Digest of a stream request's filters: everything but the fields that
// only say where or how to read (resume_token, follow, and for events and
// quotes with_corroboration, cleared by the plan).
template <typename Request>
uint64_t FilterDigest(const Request& request) {
  Request filters = request;
  filters.clear_resume_token();
  filters.clear_follow();
  return DigestBytes(filters.SerializeAsString());
}

// Clears each singular message field that is set but empty: a date with
// every part unknown bounds nothing, and clients that always set the
// field (the generated setters make that easy) would otherwise pay a
// parse and check of every record.
void ClearEmptyMessageFields(google::protobuf::Message* message);

// Whether a stream request filters at all (the fields FilterDigest covers,
// as the plan passes them): without filters every record matches, so none
// has to be parsed to be checked.
template <typename Request>
bool HasFilters(const Request& request) {
  Request filters = request;
  filters.clear_resume_token();
  filters.clear_follow();
  ClearEmptyMessageFields(&filters);
  return filters.ByteSizeLong() != 0;
}

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_FILTER_DIGEST_H_
