#include "store/layout_upgrade.h"

#include <algorithm>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "rocksdb/write_batch.h"
#include "store/column_families.h"
#include "store/document_entries.h"
#include "store/meta_keys.h"
#include "store/rocks_status.h"

namespace amicus::store {
namespace {

// Documents (or keys) per WriteBatch: one batch per document would cost a
// WAL sync each on a synchronous writer.
constexpr int kBatchSize = 256;

// Families whose keys a database of layout `version` holds in an older form
// (or lacks).
std::vector<Cf> StaleFamilies(int version) {
  std::vector<Cf> stale;
  if (version < 2) {
    stale = {Cf::kOrganizationAliases, Cf::kPeopleBySurname,
             Cf::kEventsByTypeMonth};
  }
  if (version < 3) {
    stale.push_back(Cf::kEventsByActor);
    stale.push_back(Cf::kQuotesBySpeaker);
  }
  if (version < 4) {
    for (Cf family :
         {Cf::kEventsByWord, Cf::kQuotesByWord, Cf::kDocumentsByWord}) {
      stale.push_back(family);
    }
  }
  return stale;
}

class Upgrade {
 public:
  Upgrade(rocksdb::DB* db,
          const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
          const rocksdb::WriteOptions& write_options)
      : db_(db), handles_(handles), write_options_(write_options) {}

  absl::Status Clear(Cf family) {
    std::unique_ptr<rocksdb::Iterator> it(
        db_->NewIterator(rocksdb::ReadOptions(), cf(family)));
    rocksdb::WriteBatch batch;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      batch.Delete(cf(family), it->key());
      if (batch.Count() >= kBatchSize * 16) {
        if (absl::Status s = Write(&batch); !s.ok()) return s;
      }
    }
    if (!it->status().ok()) return FromRocks(it->status(), "upgrading layout");
    return Write(&batch);
  }

  absl::Status Refill(const std::vector<Cf>& families, uint64_t next_seq,
                      const LoadStoredFn& load) {
    rocksdb::WriteBatch batch;
    for (uint64_t seq = 1; seq < next_seq; ++seq) {
      absl::StatusOr<std::optional<amicus::v1::Extraction>> stored = load(seq);
      if (!stored.ok()) return stored.status();
      if (!stored->has_value()) continue;  // deleted
      for (const Entry& entry : DocumentEntries(**stored, seq)) {
        if (std::find(families.begin(), families.end(), entry.cf) !=
            families.end()) {
          batch.Put(cf(entry.cf), entry.key, entry.value);
        }
      }
      if (seq % kBatchSize == 0) {
        if (absl::Status s = Write(&batch); !s.ok()) return s;
      }
    }
    return Write(&batch);
  }

  absl::Status WriteVersion() {
    rocksdb::Status s = db_->Put(write_options_, cf(Cf::kMeta),
                                 kLayoutVersionKey,
                                 std::string(1, kLayoutVersion));
    return FromRocks(s, "writing layout version");
  }

 private:
  rocksdb::ColumnFamilyHandle* cf(Cf family) const {
    return handles_[CfIndex(family)];
  }

  absl::Status Write(rocksdb::WriteBatch* batch) {
    if (batch->Count() == 0) return absl::OkStatus();
    rocksdb::Status s = db_->Write(write_options_, batch);
    batch->Clear();
    return FromRocks(s, "upgrading layout");
  }

  rocksdb::DB* db_;
  const std::vector<rocksdb::ColumnFamilyHandle*>& handles_;
  const rocksdb::WriteOptions& write_options_;
};

// The stored layout version; 1 when none is stored.
absl::StatusOr<int> StoredVersion(
    rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta) {
  std::string version;
  rocksdb::Status s =
      db->Get(rocksdb::ReadOptions(), meta, kLayoutVersionKey, &version);
  if (s.IsNotFound()) return 1;
  if (!s.ok()) return FromRocks(s, "reading layout");
  if (version.size() != 1) return absl::DataLossError("corrupt layout version");
  return static_cast<int>(static_cast<unsigned char>(version[0]));
}

}  // namespace

absl::Status UpgradeLayout(
    rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles,
    const rocksdb::WriteOptions& write_options, uint64_t next_seq,
    const LoadStoredFn& load) {
  absl::StatusOr<int> version = StoredVersion(db, handles[CfIndex(Cf::kMeta)]);
  if (!version.ok()) return version.status();
  if (*version == kLayoutVersion) return absl::OkStatus();
  if (*version > kLayoutVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        "database layout version ", *version, " is newer than this build's ",
        static_cast<int>(kLayoutVersion), ": use a newer amicus"));
  }
  Upgrade upgrade(db, handles, write_options);
  std::vector<Cf> stale = StaleFamilies(*version);
  for (Cf family : stale) {
    if (absl::Status s = upgrade.Clear(family); !s.ok()) return s;
  }
  if (absl::Status s = upgrade.Refill(stale, next_seq, load); !s.ok()) return s;
  return upgrade.WriteVersion();
}

}  // namespace amicus::store
