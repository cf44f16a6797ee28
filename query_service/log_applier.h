#ifndef AMICUS_QUERY_SERVICE_LOG_APPLIER_H_
#define AMICUS_QUERY_SERVICE_LOG_APPLIER_H_

#include <cstdint>
#include <optional>
#include <thread>

#include "absl/status/status.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "nats/nats.h"
#include "query_service/replication_source.h"
#include "query_service/stall_watch.h"
#include "server/nats/nats_connection.h"
#include "store/reader.h"
#include "store/writer.h"

namespace amicus::query {

struct LogApplierOptions {
  // How often the stream's last sequence is asked for while connected.
  absl::Duration refresh_interval = absl::Seconds(1);
  // A consumer that delivers nothing this long while the stream holds
  // entries not applied yet is replaced by a new one from the applied
  // position (after a restart of the whole NATS cluster, say, which loses
  // the ephemeral consumer).
  absl::Duration stall_timeout = absl::Seconds(3);
  // How long one wait for the next message lasts: the loop checks for
  // stopping and refreshes between waits.
  absl::Duration poll = absl::Milliseconds(100);
};

// Applies the ingest log (the JetStream stream of server/nats/log_stream.h)
// to a query replica's local database, in sequence order, from the
// position the database has applied: an ordered consumer feeds
// Writer::ApplyAsync, and the reader catches up after every applied group
// so that queries see an entry within milliseconds of its apply. Follows
// the stream's last sequence and the time of the last contact with NATS
// (ReplicationSource); resubscribes by itself after NATS comes back.
// The connection, writer and reader must outlive it.
class LogApplier : public ReplicationSource {
 public:
  LogApplier(const nats::NatsConnection* connection, store::Writer* writer,
             store::Reader* reader, LogApplierOptions options);
  // Stops applying, and waits for the entries queued in the writer.
  ~LogApplier() override;

  // Health at start: returns once queries see the stream up to its last
  // sequence as first seen. If NATS has not answered within `wait`,
  // returns OK anyway (the replica serves what it has, and reports itself
  // stale); CANCELLED when `stop` is notified first.
  absl::Status WaitUntilCaughtUp(absl::Duration wait,
                                 const absl::Notification& stop);

  Progress progress() const override;

  // For ServeOptions::watch: returns the reason once the replica refuses
  // to apply the log (FAILED_PRECONDITION: the stream was recreated, so
  // its positions are not the ones applied here), or OK at `stop`.
  absl::Status WaitUntilRefused(const absl::Notification& stop) const;

 private:
  void Run();
  void ApplyLoop();
  // Subscribes from the applied position + 1; false (logged) if it cannot.
  bool Subscribe();
  void Unsubscribe();
  void RefreshIfDue();
  // `stored`: when the stream stored the entry (InfiniteFuture if unknown).
  void Apply(natsMsg* msg, absl::Time stored);
  // Log lines for the timeline of a slow visibility: an entry delivered,
  // or applied, over a second after the stream stored it.
  void NoteIfLate(uint64_t sequence, uint64_t last, absl::Time stored);
  void NoteIfSlowApply(uint64_t sequence, absl::Time stored, absl::Time handed)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Before the entry at `sequence` is applied: fetches, and applies, any
  // entry between the last one handed to the writer and it that the
  // consumer did not deliver (a consumer recreated across a stream leader
  // change may jump ahead; compaction leaves true gaps, which the stream
  // answers as not found). False (logged) when the stream cannot say.
  bool FillGapBefore(uint64_t sequence);
  // Whether `info` is the stream this database has applied: compares its
  // creation time with the one stored (store::Writer::LogIdentity),
  // adopting it when none is; refuses (Refuse) when they differ.
  bool SameStream(const jsStreamInfo& info);
  // Reads the stream's info and SameStream; false (logged) when NATS does
  // not answer. `first` is the stream's first sequence.
  bool CheckStream(uint64_t* first = nullptr);
  void Refuse(absl::Status reason);
  bool refused() const;
  void NoteContact(std::optional<uint64_t> last_sequence);
  // The stream does not exist (yet): its end is 0.
  void NoteStreamGone();
  // Whether entries have been pending for stall_timeout with nothing
  // delivered meanwhile.
  bool Stalled();
  // The visibility thread: catches the reader up after applied groups.
  void CatchUpLoop();
  bool Refused() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return !refusal_.ok();
  }
  bool CatchUpDue() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return stopping_ || applied_since_catch_up_;
  }

  const nats::NatsConnection* connection_;
  store::Writer* writer_;
  store::Reader* reader_;
  const LogApplierOptions options_;

  // The applier thread's own.
  natsSubscription* subscription_ = nullptr;
  bool stream_ensured_ = false;
  absl::Time next_refresh_ = absl::InfinitePast();
  StallWatch stall_;
  bool logged_unreachable_ = false;
  absl::Time last_late_delivery_log_ = absl::InfinitePast();
  // The sequence after the last entry handed to the writer.
  uint64_t next_expected_ = 0;
  // The creation time of the stream applied here, once compared.
  std::string identity_;
  // The consumer delivering now: the library recreates an ordered consumer
  // by itself (on the stream of that name, which may be a new one), and a
  // delivery from another consumer has the stream checked again.
  std::string consumer_;

  mutable absl::Mutex mu_;
  uint64_t log_last_ ABSL_GUARDED_BY(mu_) = 0;
  std::optional<absl::Time> last_contact_ ABSL_GUARDED_BY(mu_);
  // The stream's last sequence at the first contact: what "caught up at
  // start" means.
  std::optional<uint64_t> start_target_ ABSL_GUARDED_BY(mu_);
  bool applied_since_catch_up_ ABSL_GUARDED_BY(mu_) = false;
  // ApplyAsync calls whose completion has not run: the destructor waits
  // for them, since they call back into this object.
  int in_flight_ ABSL_GUARDED_BY(mu_) = 0;
  bool logged_write_failure_ ABSL_GUARDED_BY(mu_) = false;
  absl::Time last_slow_apply_log_ ABSL_GUARDED_BY(mu_) = absl::InfinitePast();
  // Why the replica no longer applies the log; OK while it does.
  absl::Status refusal_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;

  absl::Notification stop_;
  std::thread applier_thread_;
  std::thread catch_up_thread_;
};

}  // namespace amicus::query

#endif  // AMICUS_QUERY_SERVICE_LOG_APPLIER_H_
