#include "tests/reliability/database_contents.h"

#include <openssl/evp.h>

#include <memory>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "rocksdb/db.h"

namespace amicus::testing {
namespace {

absl::Status FromRocks(const rocksdb::Status& status) {
  if (status.ok()) return absl::OkStatus();
  return absl::InternalError(status.ToString());
}

void HashField(EVP_MD_CTX* ctx, const std::string& field) {
  uint64_t size = field.size();
  EVP_DigestUpdate(ctx, &size, sizeof(size));
  EVP_DigestUpdate(ctx, field.data(), field.size());
}

}  // namespace

absl::StatusOr<DatabaseContents> ReadDatabase(
    const std::string& db_path, const std::string& secondary_dir) {
  std::vector<std::string> names;
  rocksdb::DBOptions options;
  // A secondary must keep every table file open: the primary may delete
  // files it no longer needs while we read.
  options.max_open_files = -1;
  if (auto s = rocksdb::DB::ListColumnFamilies(options, db_path, &names);
      !s.ok()) {
    return FromRocks(s);
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const std::string& name : names) {
    families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  if (auto s = rocksdb::DB::OpenAsSecondary(options, db_path, secondary_dir,
                                            families, &handles, &raw);
      !s.ok()) {
    return FromRocks(s);
  }
  std::unique_ptr<rocksdb::DB> db(raw);
  rocksdb::Status status = db->TryCatchUpWithPrimary();
  DatabaseContents contents;
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    if (!status.ok()) break;
    auto& family = contents[handle->GetName()];
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(rocksdb::ReadOptions(), handle));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      family[it->key().ToString()] = it->value().ToString();
    }
    status = it->status();
  }
  for (rocksdb::ColumnFamilyHandle* handle : handles) {
    db->DestroyColumnFamilyHandle(handle);
  }
  if (!status.ok()) return FromRocks(status);
  return contents;
}

std::string Digest(const DatabaseContents& contents) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(
      EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
  for (const auto& [family, entries] : contents) {
    HashField(ctx.get(), family);
    for (const auto& [key, value] : entries) {
      HashField(ctx.get(), key);
      HashField(ctx.get(), value);
    }
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &size);
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<const char*>(digest), size));
}

}  // namespace amicus::testing
