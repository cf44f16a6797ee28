#include "extract/ids.h"

#include <openssl/evp.h>

#include <memory>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace amicus::extract {

namespace {

// OpenSSL 3 looks the algorithm up in its provider registry on every
// EVP_sha256() init (a locked hash-table walk that cost as much as the
// hashing itself); fetching it once and sharing it is thread-safe.
const EVP_MD* Sha256() {
  static const EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return kSha256 != nullptr ? kSha256 : EVP_sha256();
}

}  // namespace

std::string Sha256Hex(absl::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                              EVP_MD_CTX_free);
  EVP_DigestInit_ex(ctx.get(), Sha256(), nullptr);
  EVP_DigestUpdate(ctx.get(), text.data(), text.size());
  EVP_DigestFinal_ex(ctx.get(), digest, &length);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), length));
}

void AssignIds(amicus::v1::Extraction& extraction) {
  amicus::v1::Document& doc = *extraction.mutable_document();
  doc.set_id(Sha256Hex(doc.text()));
  const std::string& id = doc.id();
  int n = 0;
  for (auto& event : *extraction.mutable_events()) {
    event.set_id(absl::StrCat(id, "/events/", ++n));
    event.set_document_id(id);
  }
  n = 0;
  for (auto& quote : *extraction.mutable_quotes()) {
    quote.set_id(absl::StrCat(id, "/quotes/", ++n));
    quote.set_document_id(id);
  }
  n = 0;
  for (auto& set : *extraction.mutable_signatory_sets()) {
    set.set_id(absl::StrCat(id, "/signatorySets/", ++n));
    set.set_document_id(id);
  }
  doc.set_event_count(extraction.events_size());
  doc.set_quote_count(extraction.quotes_size());
  doc.set_signatory_set_count(extraction.signatory_sets_size());
}

}  // namespace amicus::extract
