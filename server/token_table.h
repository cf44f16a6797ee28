#ifndef AMICUS_SERVER_TOKEN_TABLE_H_
#define AMICUS_SERVER_TOKEN_TABLE_H_

#include <array>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "server/method_access.h"

namespace amicus::server {

// The bearer tokens a server accepts, each with what it grants. Only
// SHA-256 digests are kept, so a token never sits in memory longer than
// parsing takes and lookups do not depend on token lengths.
//
// Token file format: one token per line, `TOKEN read` or `TOKEN write`
// (whitespace between), `#` starts a comment line, blank lines are ignored.
// A token is at least 16 printable non-space ASCII characters.
class TokenTable {
 public:
  static absl::StatusOr<TokenTable> Parse(absl::string_view text);
  static absl::StatusOr<TokenTable> Load(const std::string& path);

  // What `token` grants; kNone if it is not in the table. Compares against
  // every entry in constant time, so timing reveals neither which entry
  // matched nor how much of a token was right.
  Access Lookup(absl::string_view token) const;

  size_t size() const { return entries_.size(); }
  size_t CountWith(Access access) const;

 private:
  using Digest = std::array<unsigned char, 32>;
  struct Entry {
    Digest digest;
    Access access;
  };
  static Digest DigestOf(absl::string_view token);

  std::vector<Entry> entries_;
};

}  // namespace amicus::server

#endif  // AMICUS_SERVER_TOKEN_TABLE_H_
