#include "store/reader.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include "absl/strings/cord.h"
#include "absl/strings/str_cat.h"
#include "store/family_options.h"
#include "store/key_codec.h"
#include "store/meta_keys.h"
#include "store/rocks_status.h"

namespace amicus::store {
namespace {

constexpr char kIncompletePayload[] = "amicus.store/incomplete-database";

absl::Status Incomplete(absl::Status status) {
  status.SetPayload(kIncompletePayload, absl::Cord());
  return status;
}

// State ids are unique within the process, whichever reader issues them,
// so a cache keyed by them can serve several readers.
uint64_t NextStateId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1);
}

absl::Status NoDatabase(const std::string& path) {
  return Incomplete(absl::NotFoundError(
      absl::StrCat("no database at ", path, ": start amicus-ingest first")));
}

// How often the background thread applies the primary's flushes and
// compactions when it wrote nothing meanwhile. Each such catch-up holds
// RocksDB's DB mutex throughout (2-90 ms each while the writer compacted
// after growth: 3% of the time at one every 100 ms), and a view made then
// waits for it when its thread must renew a family's SuperVersion
// (BENCHMARKS.md, "Selective queries after growth"). Writes are still
// applied at every tick.
constexpr absl::Duration kFileMovesEvery = absl::Seconds(1);
// Immutable memtables a secondary may hold before RocksDB counts them as
// a write stall (see OpenAsSecondary).
constexpr int kSecondaryMemtables = 64;

}  // namespace

bool IsIncompleteDatabase(const absl::Status& status) {
  return status.GetPayload(kIncompletePayload).has_value();
}

absl::StatusOr<std::unique_ptr<Reader>> Reader::OpenAsSecondary(
    const std::string& primary_path, const ReaderOptions& options) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), primary_path,
                                       &names)
           .ok()) {
    return NoDatabase(primary_path);
  }
  std::error_code error;
  std::filesystem::create_directories(options.secondary_path, error);
  if (error) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot create secondary directory ",
                     options.secondary_path, ": ", error.message()));
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  ReaderMemory memory = NewReaderMemory(options.memory_bytes);
  for (const std::string& name : names) {
    rocksdb::ColumnFamilyOptions family = FamilyOptions(name, memory.cache);
    // The secondary replays the primary's log into memtables it never
    // flushes: they go when it sees the primary's flush. Past
    // max_write_buffer_number of them RocksDB logged "Stopping writes
    // because we have N immutable memtables" on every catch-up (81 lines
    // over 5,000 documents; up to 6 memtables), though there is nothing to
    // stop. Their memory is bounded by `memory.memtables` all the same.
    family.max_write_buffer_number = kSecondaryMemtables;
    descriptors.emplace_back(name, std::move(family));
  }
  rocksdb::Options db_options;
  db_options.write_buffer_manager = memory.memtables;
  // A secondary must keep every table file open: the primary deletes files
  // after compactions, and only open ones stay readable.
  db_options.max_open_files = -1;
  // Every catch-up reloads table handlers for each column family, with up
  // to this many fresh threads each time: 16 (the default) made a catch-up
  // cost ~10 ms of thread creation even when nothing changed.
  db_options.max_file_opening_threads = 1;
  std::vector<rocksdb::ColumnFamilyHandle*> all_handles;
  rocksdb::DB* raw_db = nullptr;
  rocksdb::Status s = rocksdb::DB::OpenAsSecondary(
      db_options, primary_path, options.secondary_path, descriptors,
      &all_handles, &raw_db);
  if (!s.ok()) {
    return FromRocks(s, absl::StrCat("cannot open database at ", primary_path,
                                     " as secondary"));
  }
  std::unique_ptr<rocksdb::DB> db(raw_db);
  std::unique_ptr<Reader> reader(
      new Reader(primary_path, std::move(db), raw_db, all_handles));
  reader->memory_ = std::move(memory);
  for (int i = 0; i < kCfCount; ++i) {
    if (reader->handles_[i] == nullptr) {
      return Incomplete(absl::FailedPreconditionError(absl::StrCat(
          "database at ", primary_path, " has no column family ",
          CfName(static_cast<Cf>(i)),
          ": not an amicus database, written by another version, or still "
          "being created by amicus-ingest")));
    }
  }
  if (absl::Status caught_up = reader->CatchUp(); !caught_up.ok()) {
    return caught_up;
  }
  if (options.catch_up_interval > absl::ZeroDuration()) {
    reader->StartCatchUpThread(options.catch_up_interval,
                               options.on_catch_up_change);
  }
  return reader;
}

absl::StatusOr<std::unique_ptr<Reader>> Reader::OnWriter(
    const Writer& writer, const std::string& path) {
  SharedDatabase shared = writer.shared_database();
  if (shared.db == nullptr) {
    return absl::FailedPreconditionError(
        absl::StrCat("the writer of ", path, " has no database to read"));
  }
  std::unique_ptr<Reader> reader(
      new Reader(path, nullptr, shared.db, std::move(shared.handles)));
  if (absl::Status caught_up = reader->CatchUp(); !caught_up.ok()) {
    return caught_up;
  }
  return reader;
}

Reader::Reader(std::string primary_path, std::unique_ptr<rocksdb::DB> owned,
               rocksdb::DB* db,
               std::vector<rocksdb::ColumnFamilyHandle*> all_handles)
    : primary_path_(std::move(primary_path)),
      owned_db_(std::move(owned)),
      db_(db),
      handles_(kCfCount, nullptr),
      all_handles_(std::move(all_handles)),
      probe_(primary_path_) {
  std::vector<std::string> names = AllCfNames();
  for (rocksdb::ColumnFamilyHandle* handle : all_handles_) {
    auto it = std::find(names.begin(), names.end(), handle->GetName());
    if (it != names.end()) handles_[it - names.begin()] = handle;
  }
}

size_t Reader::CachedBytes() const {
  return memory_.cache == nullptr ? 0 : memory_.cache->GetUsage();
}

Reader::~Reader() {
  stop_.Notify();
  if (catch_up_thread_.joinable()) catch_up_thread_.join();
  if (owned_db_ == nullptr) return;  // the writer's handles
  for (rocksdb::ColumnFamilyHandle* handle : all_handles_) {
    db_->DestroyColumnFamilyHandle(handle);
  }
}

void Reader::StartCatchUpThread(
    absl::Duration interval,
    std::function<void(const absl::Status&)> on_change) {
  catch_up_thread_ = std::thread([this, interval, on_change] {
    bool failing = false;
    absl::Time last = absl::Now();
    while (!stop_.WaitForNotificationWithTimeout(interval)) {
      if (!failing && !WriteSinceLastCatchUp() &&
          absl::Now() - last < kFileMovesEvery) {
        continue;
      }
      last = absl::Now();
      // A failed catch-up is retried at the next tick; readers keep the
      // last good state meanwhile.
      absl::Status status = FullCatchUp();
      if (status.ok() == !failing) continue;
      failing = !status.ok();
      if (on_change) on_change(status);
    }
  });
}

bool Reader::WriteSinceLastCatchUp() {
  PrimaryProbe::Mark mark;
  {
    absl::MutexLock lock(&mark_mu_);
    mark = mark_;
  }
  return !probe_.Unchanged(&mark);
}

absl::Status Reader::CatchUp() {
  if (owned_db_ == nullptr) {  // the writer's database: nothing to replay
    const uint64_t latest = ReadLatestSeq();
    absl::MutexLock lock(&seq_mu_);
    latest_seq_ = std::max(latest_seq_, latest);
    return absl::OkStatus();
  }
  PrimaryProbe::Mark mark;
  {
    absl::MutexLock lock(&mark_mu_);
    mark = mark_;
  }
  if (probe_.Unchanged(&mark)) {
    // Keep the directory's newer mtime (saves the next calls a listing),
    // unless a catch-up replaced the mark meanwhile.
    absl::MutexLock lock(&mark_mu_);
    if (mark_.wal_path == mark.wal_path && mark_.wal_size == mark.wal_size) {
      mark_ = std::move(mark);
    }
    return absl::OkStatus();
  }
  return FullCatchUp();
}

absl::Status Reader::FullCatchUp() {
  uint64_t latest;
  {
    absl::MutexLock lock(&catch_up_mu_);
    PrimaryProbe::Mark mark = probe_.Take();
    rocksdb::Status s = db_->TryCatchUpWithPrimary();
    PublishState(/*failed=*/!s.ok());
    if (!s.ok()) {
      return FromRocks(s, absl::StrCat("catching up with ", primary_path_));
    }
    latest = ReadLatestSeq();
    absl::MutexLock mark_lock(&mark_mu_);
    mark_ = std::move(mark);
  }
  absl::MutexLock lock(&seq_mu_);
  latest_seq_ = std::max(latest_seq_, latest);
  return absl::OkStatus();
}

Reader::State Reader::PublishedState() const {
  absl::MutexLock lock(&state_mu_);
  return state_;
}

void Reader::PublishState(bool failed) {
  const uint64_t seq = db_->GetLatestSequenceNumber();
  absl::MutexLock lock(&state_mu_);
  // Only a replayed write moves the sequence number: a catch-up that
  // applied flushes and compactions leaves the data, and views keep their
  // state id (the background catch-up runs every 100 ms even when the
  // primary is idle). A failed one may have replayed part of a batch's
  // families.
  if (!failed && seq == state_.seq && state_.id != 0) return;
  state_.seq = seq;
  state_.id = NextStateId();
}

uint64_t Reader::ReadLatestSeq(const rocksdb::ReadOptions& options) {
  std::string value;
  rocksdb::Status s = db_->Get(options, handles_[CfIndex(Cf::kMeta)],
                               rocksdb::Slice(kNextSeqKey), &value);
  if (!s.ok() || value.size() != kSeqBytes) return 0;
  return DecodeSeq(value) - 1;
}

std::unique_ptr<View> Reader::NewView(const CfSet& families) {
  return std::move(NewViews(1, families).front());
}

std::vector<std::unique_ptr<View>> Reader::NewViews(
    int count, const CfSet& first_families) {
  std::vector<std::vector<std::unique_ptr<rocksdb::Iterator>>> sets;
  uint64_t watermark = 0;
  State state;
  // Once without the catch-up lock; if that straddled a catch-up, again
  // under it, where none runs.
  if (!TryNewViews(count, first_families, &sets, &watermark, &state)) {
    absl::MutexLock lock(&catch_up_mu_);
    TryNewViews(count, first_families, &sets, &watermark, &state);
  }
  std::vector<std::unique_ptr<View>> views;
  for (std::vector<std::unique_ptr<rocksdb::Iterator>>& set : sets) {
    views.push_back(std::make_unique<View>(
        std::move(set), watermark, state.id,
        [this, state](Cf family) { return OpenIfState(state, family); }, db_,
        handles_));
  }
  return views;
}

// A secondary's iterators and point reads read at the database's sequence
// number when they are created (it has no snapshots), in the families'
// current memtables and files. Between catch-ups that is the published
// state. During one it is not: the MANIFEST's sequence number and the
// replayed writes raise it before the catch-up installs the memtables and
// files that hold them. So a view is the published state if the sequence
// number was the published one before and after its iterators were made,
// and no catch-up published another meanwhile; flushes and compactions
// applied meanwhile keep the data at that sequence number.
bool Reader::TryNewViews(
    int count, const CfSet& first_families,
    std::vector<std::vector<std::unique_ptr<rocksdb::Iterator>>>* sets,
    uint64_t* watermark, State* state) {
  // On the writer's database writes go on meanwhile: one snapshot keeps
  // the views and the watermark in one state; later opens could not see
  // it, so every family is opened now.
  const bool on_writer = owned_db_ == nullptr;
  const State before = on_writer ? State() : PublishedState();
  const uint64_t seq_before = on_writer ? 0 : db_->GetLatestSequenceNumber();
  const rocksdb::Snapshot* snapshot = on_writer ? db_->GetSnapshot() : nullptr;
  rocksdb::ReadOptions read_options;
  read_options.snapshot = snapshot;
  *watermark = ReadLatestSeq(read_options);
  sets->clear();
  sets->resize(count);
  for (int v = 0; v < count; ++v) {
    const CfSet families =
        v == 0 && !on_writer ? first_families : AllFamilies();
    (*sets)[v].resize(kCfCount);
    for (int i = 0; i < kCfCount; ++i) {
      if (!families[i]) continue;
      (*sets)[v][i].reset(db_->NewIterator(read_options, handles_[i]));
    }
  }
  if (on_writer) {
    // Every applied batch moves the watermark, so it names the state.
    *state = State{*watermark, *watermark};
    // Iterators keep the state they were created at without it.
    db_->ReleaseSnapshot(snapshot);
    return true;
  }
  *state = before;
  const uint64_t seq_after = db_->GetLatestSequenceNumber();
  const State after = PublishedState();
  return seq_before == before.seq && seq_after == before.seq &&
         after.id == before.id;
}

rocksdb::Iterator* Reader::OpenIfState(const State& state, Cf family) {
  // On the writer's database NewViews opened every family.
  if (owned_db_ == nullptr) return nullptr;
  if (PublishedState().id != state.id) return nullptr;
  if (rocksdb::Iterator* it = TryOpenInState(state, family)) return it;
  absl::MutexLock lock(&catch_up_mu_);  // no catch-up midway now
  return TryOpenInState(state, family);
}

rocksdb::Iterator* Reader::TryOpenInState(const State& state, Cf family) {
  const uint64_t seq_before = db_->GetLatestSequenceNumber();
  std::unique_ptr<rocksdb::Iterator> it(
      db_->NewIterator(rocksdb::ReadOptions(), handles_[CfIndex(family)]));
  const uint64_t seq_after = db_->GetLatestSequenceNumber();
  if (seq_before != state.seq || seq_after != state.seq ||
      PublishedState().id != state.id) {
    return nullptr;
  }
  return it.release();
}

absl::StatusOr<std::optional<std::string>> Reader::Get(
    Cf family, absl::string_view key) {
  std::string value;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), handles_[CfIndex(family)],
                               rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::nullopt;
  if (!s.ok()) return FromRocks(s, absl::StrCat("reading ", CfName(family)));
  return value;
}

uint64_t Reader::LatestSeq() const {
  absl::MutexLock lock(&seq_mu_);
  return latest_seq_;
}

bool Reader::WaitForSeqAbove(uint64_t seq, absl::Duration timeout) const {
  absl::MutexLock lock(&seq_mu_);
  auto newer = [this, seq]() ABSL_SHARED_LOCKS_REQUIRED(seq_mu_) {
    return latest_seq_ > seq;
  };
  return seq_mu_.AwaitWithTimeout(absl::Condition(&newer), timeout);
}

}  // namespace amicus::store
