#include "query_service/resume_token.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "query_service/filter_digest.h"
#include "store/key_codec.h"

namespace amicus::query {
namespace {

// Layout: version, stream, phase, watermark (8 bytes), filter digest
// (8 bytes), next key, then a digest of all that (8 bytes) so that a
// damaged or truncated token is refused instead of resuming elsewhere.
constexpr char kVersion = 1;
constexpr size_t kHeaderBytes = 3 + 8 + 8;
constexpr size_t kCheckBytes = 8;

absl::Status Invalid(absl::string_view why) {
  return absl::InvalidArgumentError(
      absl::StrCat("invalid resume_token: ", why));
}

}  // namespace

std::string EncodeResumeToken(const ResumeToken& token) {
  std::string raw;
  raw.push_back(kVersion);
  raw.push_back(static_cast<char>(token.stream));
  raw.push_back(static_cast<char>(token.phase));
  raw += store::EncodeSeq(token.watermark);
  raw += store::EncodeSeq(token.filter_digest);
  raw += token.next_key;
  raw += store::EncodeSeq(DigestBytes(raw));
  return absl::WebSafeBase64Escape(raw);
}

absl::StatusOr<ResumeToken> DecodeResumeToken(absl::string_view text,
                                              ResumeToken::Stream stream,
                                              uint64_t filter_digest) {
  std::string raw;
  if (!absl::WebSafeBase64Unescape(text, &raw) ||
      raw.size() < kHeaderBytes + kCheckBytes || raw[0] != kVersion) {
    return Invalid("not a token this service issued");
  }
  absl::string_view payload =
      absl::string_view(raw).substr(0, raw.size() - kCheckBytes);
  if (store::DecodeSeq(absl::string_view(raw).substr(payload.size())) !=
      DigestBytes(payload)) {
    return Invalid("damaged");
  }
  ResumeToken token;
  token.stream = static_cast<ResumeToken::Stream>(raw[1]);
  token.phase = static_cast<ResumeToken::Phase>(raw[2]);
  token.watermark = store::DecodeSeq(absl::string_view(raw).substr(3));
  token.filter_digest = store::DecodeSeq(absl::string_view(raw).substr(11));
  token.next_key = std::string(payload.substr(kHeaderBytes));
  if (token.stream != stream) return Invalid("issued by another RPC");
  if (token.phase != ResumeToken::Phase::kStored &&
      token.phase != ResumeToken::Phase::kNewer) {
    return Invalid("unknown phase");
  }
  if (token.filter_digest != filter_digest) {
    return Invalid("issued for different filters");
  }
  return token;
}

}  // namespace amicus::query
