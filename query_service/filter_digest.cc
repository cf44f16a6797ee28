#include "query_service/filter_digest.h"

#include <openssl/sha.h>

#include "store/key_codec.h"

namespace amicus::query {

uint64_t DigestBytes(absl::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
         digest);
  return store::DecodeSeq(absl::string_view(
      reinterpret_cast<const char*>(digest), sizeof(digest)));
}

}  // namespace amicus::query
