#include "server/token_table.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace amicus::server {
namespace {

constexpr size_t kMinTokenLength = 16;

bool IsTokenText(absl::string_view token) {
  for (char c : token) {
    if (c <= ' ' || c > '~') return false;
  }
  return token.size() >= kMinTokenLength;
}

}  // namespace

TokenTable::Digest TokenTable::DigestOf(absl::string_view token) {
  Digest digest;
  SHA256(reinterpret_cast<const unsigned char*>(token.data()), token.size(),
         digest.data());
  return digest;
}

absl::StatusOr<TokenTable> TokenTable::Parse(absl::string_view text) {
  TokenTable table;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> fields =
        absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    // Error messages name the line, never its text: it holds a secret.
    if (fields.size() != 2) {
      return absl::InvalidArgumentError(absl::StrCat(
          "token file line ", line_number, ": expected `TOKEN read|write`"));
    }
    if (!IsTokenText(fields[0])) {
      return absl::InvalidArgumentError(absl::StrCat(
          "token file line ", line_number, ": a token needs at least ",
          kMinTokenLength, " printable characters and no spaces"));
    }
    Access access;
    if (fields[1] == "read") {
      access = Access::kRead;
    } else if (fields[1] == "write") {
      access = Access::kWrite;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("token file line ", line_number,
                       ": access must be `read` or `write`"));
    }
    table.entries_.push_back({DigestOf(fields[0]), access});
  }
  if (table.entries_.empty()) {
    return absl::InvalidArgumentError("token file has no tokens");
  }
  return table;
}

absl::StatusOr<TokenTable> TokenTable::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot read token file ", path));
  }
  std::stringstream text;
  text << in.rdbuf();
  absl::StatusOr<TokenTable> table = Parse(text.str());
  if (!table.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", table.status().message()));
  }
  return table;
}

Access TokenTable::Lookup(absl::string_view token) const {
  const Digest digest = DigestOf(token);
  int granted = static_cast<int>(Access::kNone);
  // No early exit: every entry is compared whatever matched.
  for (const Entry& entry : entries_) {
    const int match =
        CRYPTO_memcmp(entry.digest.data(), digest.data(), digest.size()) == 0;
    const int access = static_cast<int>(entry.access);
    granted |= match * access;
  }
  // Two entries for one token: the file listed it twice; grant the larger.
  return granted >= static_cast<int>(Access::kWrite) ? Access::kWrite
                                                      : static_cast<Access>(granted);
}

size_t TokenTable::CountWith(Access access) const {
  size_t count = 0;
  for (const Entry& entry : entries_) count += entry.access == access;
  return count;
}

}  // namespace amicus::server
