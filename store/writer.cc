// The RocksDB implementation of Writer.
#include "store/writer.h"

#include "store/group_commit.h"

#include <filesystem>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "rocksdb/db.h"
#include "rocksdb/write_batch.h"
#include "store/column_families.h"
#include "store/family_options.h"
#include "store/document_entries.h"
#include "store/entity_entries.h"
#include "store/key_codec.h"
#include "store/layout_upgrade.h"
#include "store/meta_keys.h"
#include "store/name_memo.h"
#include "store/rocks_status.h"
#include "store/validate_extraction.h"

namespace amicus::store {
namespace {

using amicus::v1::Document;
using amicus::v1::Extraction;

absl::Status PrepareDirectory(const std::string& path,
                              const WriterOptions& options) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return absl::OkStatus();
  if (!options.create_if_missing) {
    return absl::NotFoundError(absl::StrCat("no database directory at ", path));
  }
  std::filesystem::create_directories(path, error);
  if (error) {
    return absl::PermissionDeniedError(absl::StrCat(
        "cannot create database directory ", path, ": ", error.message()));
  }
  return absl::OkStatus();
}

class RocksWriter : public Writer {
 public:
  RocksWriter(std::string path, const WriterOptions& options,
              std::unique_ptr<rocksdb::DB> db,
              std::vector<rocksdb::ColumnFamilyHandle*> handles)
      : path_(std::move(path)), db_(std::move(db)), handles_(handles) {
    write_options_.sync = options.sync;
    // A write that failed may have left part of its WAL record behind, and
    // recovery stops at such a record: a later write acknowledged after it
    // could be lost on reopen. (RocksDB stops writes after a WAL error
    // too; this makes the refusal the writer's own, with one message.)
    group_.HaltAfterFailure();
  }

  ~RocksWriter() override {
    group_.Stop();  // what is queued is written before the handles go
    for (rocksdb::ColumnFamilyHandle* handle : handles_) {
      db_->DestroyColumnFamilyHandle(handle);
    }
  }

  absl::Status LoadNextSeq() {
    std::string value;
    rocksdb::Status s =
        db_->Get(rocksdb::ReadOptions(), cf(Cf::kMeta), kNextSeqKey, &value);
    if (s.IsNotFound()) return absl::OkStatus();
    if (!s.ok()) return FromRocks(s, "reading next seq");
    if (value.size() != kSeqBytes) {
      return absl::DataLossError(absl::StrCat("corrupt next seq in ", path_));
    }
    next_seq_ = DecodeSeq(value);
    return absl::OkStatus();
  }

  // Brings a database of an older layout up to date (layout_upgrade.h).
  absl::Status UpgradeLayout() {
    return store::UpgradeLayout(
        db_.get(), handles_, write_options_, next_seq_,
        [this](uint64_t seq) { return LoadIfStored(seq); });
  }

  void PutAsync(Extraction extraction, PutDone done) override {
    if (absl::Status s = ValidateExtraction(extraction); !s.ok()) {
      done(s);
      return;
    }
    // A copy: the document moves into the completion below.
    const std::string id = extraction.document().id();
    std::unique_lock<std::mutex> lock(mu_);
    group_.WaitUntilNotPending(lock, id);
    if (absl::Status failed = EarlierFailure(); !failed.ok()) {
      lock.unlock();
      done(failed);
      return;
    }
    absl::StatusOr<std::optional<uint64_t>> existing = FindSeq(id);
    if (!existing.ok()) {
      lock.unlock();
      done(existing.status());
      return;
    }
    if (existing->has_value()) {
      absl::StatusOr<PutResult> stored = StoredResult(**existing);
      lock.unlock();
      done(std::move(stored));
      return;
    }
    StampCreateTime(extraction.mutable_document());
    AddDerivedFields(&extraction);
    // A failed group leaves its seqs unused: later documents keep theirs.
    uint64_t seq = next_seq_++;
    rocksdb::WriteBatch* batch = group_.open_batch();
    for (const Entry& entry : DocumentEntries(extraction, seq, &names_)) {
      batch->Put(cf(entry.cf), entry.key, entry.value);
    }
    batch->Put(cf(Cf::kMeta), kNextSeqKey, EncodeSeq(seq + 1));
    group_.Enqueue(
        id, [this, done = std::move(done), seq,
             document = std::move(*extraction.mutable_document())](
                const rocksdb::Status& s) mutable {
          if (!s.ok()) {
            done(FromRocks(s, absl::StrCat("writing to ", path_)));
          } else {
            done(PutResult{true, std::move(document), seq});
          }
        });
  }

  absl::Status Delete(absl::string_view document_id) override {
    std::unique_lock<std::mutex> lock(mu_);
    group_.WaitUntilNotPending(lock, std::string(document_id));
    if (absl::Status failed = EarlierFailure(); !failed.ok()) return failed;
    absl::StatusOr<std::optional<uint64_t>> seq = FindSeq(document_id);
    if (!seq.ok()) return seq.status();
    if (!seq->has_value()) {
      return absl::NotFoundError(
          absl::StrCat("document ", document_id, " not found"));
    }
    absl::StatusOr<Extraction> stored = LoadExtraction(**seq);
    if (!stored.ok()) return stored.status();
    rocksdb::WriteBatch batch;
    for (const Entry& entry : DocumentEntries(*stored, **seq, &names_)) {
      batch.Delete(cf(entry.cf), entry.key);
    }
    rocksdb::Status s = db_->Write(write_options_, &batch);
    group_.NoteFailure(s);
    return FromRocks(s, absl::StrCat("deleting from ", path_));
  }

  void ApplyAsync(LogEntry entry, ApplyDone done) override {
    if (absl::Status s = ValidateEntry(entry); !s.ok()) {
      done(s);
      return;
    }
    const std::string id = entry.op == LogEntry::Op::kPut
                               ? entry.extraction->document().id()
                               : entry.document_id;
    std::unique_lock<std::mutex> lock(mu_);
    if (!id.empty()) group_.WaitUntilNotPending(lock, id);
    if (absl::Status failed = EarlierFailure(); !failed.ok()) {
      lock.unlock();
      done(failed);
      return;
    }
    if (entry.sequence < next_seq_) {  // applied before
      lock.unlock();
      done(absl::OkStatus());
      return;
    }
    absl::StatusOr<Changes> changes = ChangesFor(entry, id);
    if (!changes.ok()) {
      lock.unlock();
      done(changes.status());
      return;
    }
    rocksdb::WriteBatch* batch = group_.open_batch();
    for (const Entry& e : changes->removed) batch->Delete(cf(e.cf), e.key);
    for (const Entry& e : changes->added) {
      batch->Put(cf(e.cf), e.key, e.value);
    }
    next_seq_ = entry.sequence + 1;
    batch->Put(cf(Cf::kMeta), kNextSeqKey, EncodeSeq(next_seq_));
    group_.Enqueue(id, [this, done = std::move(done)](const rocksdb::Status& s) {
      done(FromRocks(s, absl::StrCat("applying the log to ", path_)));
    });
  }

  uint64_t AppliedLogPosition() const override {
    std::lock_guard<std::mutex> lock(mu_);
    return next_seq_ - 1;
  }

  absl::StatusOr<std::string> LogIdentity() const override {
    std::string value;
    rocksdb::Status s =
        db_->Get(rocksdb::ReadOptions(), cf(Cf::kMeta), kLogIdentityKey, &value);
    if (s.IsNotFound()) return std::string();
    if (!s.ok()) return FromRocks(s, "reading the log identity");
    return value;
  }

  absl::Status SetLogIdentity(absl::string_view identity) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (absl::Status failed = EarlierFailure(); !failed.ok()) return failed;
    rocksdb::WriteOptions synced = write_options_;
    synced.sync = true;
    rocksdb::Status s = db_->Put(synced, cf(Cf::kMeta), kLogIdentityKey,
                                 rocksdb::Slice(identity.data(), identity.size()));
    group_.NoteFailure(s);
    return FromRocks(s, absl::StrCat("storing the log identity in ", path_));
  }

  SharedDatabase shared_database() const override {
    SharedDatabase shared{db_.get(), {}};
    for (int i = 0; i < kCfCount; ++i) {
      shared.handles.push_back(cf(static_cast<Cf>(i)));
    }
    return shared;
  }

 private:
  rocksdb::ColumnFamilyHandle* cf(Cf family) const {
    return handles_[CfIndex(family)];
  }

  // The refusal of every write after a failed one (with mu_ held).
  absl::Status EarlierFailure() const {
    if (group_.failure().ok()) return absl::OkStatus();
    return FromRocks(group_.failure(),
                     absl::StrCat("an earlier write to ", path_,
                                  " failed, nothing is written after it; "
                                  "reopen the writer to resume from what "
                                  "is durable"));
  }

  static absl::Status ValidateEntry(const LogEntry& entry) {
    if (entry.sequence == 0) {
      return absl::InvalidArgumentError("log entry without a sequence");
    }
    if (entry.op != LogEntry::Op::kPut) return absl::OkStatus();
    if (!entry.extraction.has_value()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "put entry at sequence ", entry.sequence, " has no extraction"));
    }
    return ValidateExtraction(*entry.extraction);
  }

  // What applying an entry writes besides the position: the keys of the
  // document as stored now, to delete, and those of the entry's, to put.
  struct Changes {
    std::vector<Entry> removed;
    std::vector<Entry> added;
  };

  absl::StatusOr<Changes> ChangesFor(LogEntry& entry, const std::string& id) {
    Changes changes;
    if (entry.op == LogEntry::Op::kSkip) return changes;
    absl::StatusOr<std::optional<uint64_t>> stored = FindSeq(id);
    if (!stored.ok()) return stored.status();
    if (stored->has_value()) {
      absl::StatusOr<Extraction> old = LoadExtraction(**stored);
      if (!old.ok()) return old.status();
      changes.removed = DocumentEntries(*old, **stored, &names_);
    }
    if (entry.op == LogEntry::Op::kPut) {
      AddDerivedFields(&*entry.extraction);
      changes.added =
          DocumentEntries(*entry.extraction, entry.sequence, &names_);
    }
    return changes;
  }

  // The stored document `seq` with its records; nullopt if deleted.
  absl::StatusOr<std::optional<Extraction>> LoadIfStored(uint64_t seq) {
    std::string ignored;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf(Cf::kDocuments),
                                 EncodeSeq(seq), &ignored);
    if (s.IsNotFound()) return std::optional<Extraction>();
    absl::StatusOr<Extraction> stored = LoadExtraction(seq);
    if (!stored.ok()) return stored.status();
    return std::optional<Extraction>(*std::move(stored));
  }

  absl::StatusOr<std::optional<uint64_t>> FindSeq(absl::string_view id) {
    std::string value;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf(Cf::kDocumentIds),
                                 rocksdb::Slice(id.data(), id.size()), &value);
    if (s.IsNotFound()) return std::optional<uint64_t>();
    if (!s.ok()) return FromRocks(s, "looking up document id");
    return std::optional<uint64_t>(DecodeSeq(value));
  }

  absl::StatusOr<PutResult> StoredResult(uint64_t seq) {
    absl::StatusOr<Document> document = LoadDocument(seq);
    if (!document.ok()) return document.status();
    return PutResult{false, *std::move(document), seq};
  }

  absl::StatusOr<Document> LoadDocument(uint64_t seq) {
    std::string value;
    rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), cf(Cf::kDocuments),
                                 EncodeSeq(seq), &value);
    if (!s.ok()) return FromRocks(s, "reading stored document");
    Document document;
    if (!document.ParseFromString(value)) {
      return absl::DataLossError("stored document does not parse");
    }
    return document;
  }

  // Reads every record of document `seq` from one record family, in
  // ordinal order, appending the parsed records to `out`.
  template <typename Record>
  absl::Status LoadRecords(Cf family, uint64_t seq,
                           google::protobuf::RepeatedPtrField<Record>* out) {
    std::string prefix = EncodeSeq(seq);
    std::string upper = PrefixSuccessor(prefix);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions read_options;
    read_options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(
        db_->NewIterator(read_options, cf(family)));
    for (it->Seek(prefix); it->Valid(); it->Next()) {
      if (!out->Add()->ParseFromArray(it->value().data(),
                                      static_cast<int>(it->value().size()))) {
        return absl::DataLossError("stored record does not parse");
      }
    }
    return FromRocks(it->status(), "reading stored records");
  }

  absl::StatusOr<Extraction> LoadExtraction(uint64_t seq) {
    Extraction extraction;
    absl::StatusOr<Document> document = LoadDocument(seq);
    if (!document.ok()) return document.status();
    *extraction.mutable_document() = *std::move(document);
    absl::Status s = LoadRecords(Cf::kEvents, seq, extraction.mutable_events());
    if (s.ok()) s = LoadRecords(Cf::kQuotes, seq, extraction.mutable_quotes());
    if (s.ok()) {
      s = LoadRecords(Cf::kSignatorySets, seq,
                      extraction.mutable_signatory_sets());
    }
    if (!s.ok()) return s;
    return extraction;
  }

  static void StampCreateTime(Document* document) {
    int64_t nanos = absl::ToUnixNanos(absl::Now());
    document->mutable_create_time()->set_seconds(nanos / 1000000000);
    document->mutable_create_time()->set_nanos(
        static_cast<int32_t>(nanos % 1000000000));
  }

  // Fills what storage derives from the extraction: record counts, and the
  // document id on records that lack it. The same on every replica.
  static void AddDerivedFields(Extraction* stored) {
    Document* document = stored->mutable_document();
    document->set_event_count(stored->events_size());
    document->set_quote_count(stored->quotes_size());
    document->set_signatory_set_count(stored->signatory_sets_size());
    if (document->source_uri().empty()) {
      document->set_source_uri(stored->source_uri());
    }
    // Corroboration is computed when records are read, from what is stored
    // then; a copy stored now would go stale.
    for (auto& e : *stored->mutable_events()) {
      e.set_document_id(document->id());
      e.clear_corroborating_sources();
    }
    for (auto& q : *stored->mutable_quotes()) {
      q.set_document_id(document->id());
      q.clear_corroborating_sources();
    }
    for (auto& s : *stored->mutable_signatory_sets()) {
      s.set_document_id(document->id());
    }
  }

  const std::string path_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  rocksdb::WriteOptions write_options_;
  mutable std::mutex mu_;
  uint64_t next_seq_ = 1;
  NameMemo names_;  // guarded by mu_
  // Last: its thread uses the members above.
  GroupCommit group_{db_.get(), &write_options_, &mu_};
};

}  // namespace

absl::StatusOr<PutResult> Writer::Put(Extraction extraction) {
  absl::Notification done;
  absl::StatusOr<PutResult> result;
  PutAsync(std::move(extraction), [&](absl::StatusOr<PutResult> r) {
    result = std::move(r);
    done.Notify();
  });
  done.WaitForNotification();
  return result;
}

void Writer::ApplyAsync(LogEntry, ApplyDone done) {
  done(absl::UnimplementedError("this writer does not apply a replicated log"));
}

uint64_t Writer::AppliedLogPosition() const { return 0; }

SharedDatabase Writer::shared_database() const { return {}; }

absl::StatusOr<std::string> Writer::LogIdentity() const { return std::string(); }

absl::Status Writer::SetLogIdentity(absl::string_view) {
  return absl::UnimplementedError("this writer does not mirror a log");
}

absl::StatusOr<std::unique_ptr<Writer>> Writer::Open(
    const std::string& path, const WriterOptions& options) {
  if (absl::Status s = PrepareDirectory(path, options); !s.ok()) return s;
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = options.create_if_missing;
  db_options.create_missing_column_families = true;
  if (options.env != nullptr) db_options.env = options.env;
  if (options.low_priority_compactions) {
    // Best effort: an Env that cannot lower priorities leaves them as they are.
    db_options.env
        ->LowerThreadPoolCPUPriority(rocksdb::Env::Priority::LOW,
                                     rocksdb::CpuPriority::kLow)
        .PermitUncheckedError();
  }
  // Small families (meta, document_ids) rarely fill a memtable, and a WAL
  // file lives until every family with data in it is flushed; without a cap
  // the WAL grows to gigabytes, which the secondary then replays. Past this
  // size RocksDB flushes the families that pin the oldest WAL. Two thirds
  // of the memtable bytes (32 MiB for amicus-ingest), so that the larger
  // families still flush when full rather than all at once at the cap.
  db_options.max_total_wal_size = options.memtable_bytes / 3 * 2;
  // Eighteen families with 64 MiB memtables each would be too much memory,
  // here and in every amicus-query, whose secondary replays the same
  // unflushed writes into memtables of its own: with 128 MiB a query
  // service peaked at 248 MiB growing to 100k documents.
  db_options.db_write_buffer_size = options.memtable_bytes;
  // Vector memtables (WriterFamilyOptions) take one writer at a time; the
  // group commit writes one batch at a time anyway.
  db_options.allow_concurrent_memtable_write = false;
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  std::shared_ptr<rocksdb::Cache> cache = NewBlockCache();
  for (const std::string& name : AllCfNames()) {
    descriptors.emplace_back(name, WriterFamilyOptions(name, cache));
    descriptors.back().options.level0_file_num_compaction_trigger =
        options.level0_compaction_trigger;
    if (!options.compress_level0) {
      rocksdb::ColumnFamilyOptions& family = descriptors.back().options;
      family.compression_per_level.assign(family.num_levels, family.compression);
      family.compression_per_level[0] = rocksdb::kNoCompression;
    }
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw_db = nullptr;
  rocksdb::Status s =
      rocksdb::DB::Open(db_options, path, descriptors, &handles, &raw_db);
  if (!s.ok()) {
    return FromRocks(s, absl::StrCat("cannot open database at ", path));
  }
  auto writer = std::make_unique<RocksWriter>(
      path, options, std::unique_ptr<rocksdb::DB>(raw_db), handles);
  if (absl::Status load = writer->LoadNextSeq(); !load.ok()) return load;
  if (absl::Status up = writer->UpgradeLayout(); !up.ok()) return up;
  return std::unique_ptr<Writer>(std::move(writer));
}

}  // namespace amicus::store
