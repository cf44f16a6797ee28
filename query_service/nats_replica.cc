#include "query_service/nats_replica.h"

#include <utility>

namespace amicus::query {

absl::StatusOr<std::unique_ptr<NatsReplica>> NatsReplica::Open(
    const NatsReplicaOptions& options) {
  std::unique_ptr<NatsReplica> replica(new NatsReplica());
  store::WriterOptions writer_options;
  // The log is the durable copy: after a machine crash the replica
  // resumes from the position that reached the disk, which is written
  // with the records it covers. A process crash loses nothing unsynced.
  // Writing without a WAL, flushing every family atomically, was measured
  // in bench/cluster: it saved no CPU that showed, and its flushes of every
  // family at once stalled writes on a busy machine (BENCHMARKS.md, run 8).
  writer_options.sync = false;
  // What is flushed is compacted soon after; compressing it twice costs
  // the replica CPU that the cluster's ingest rate depends on.
  writer_options.compress_level0 = false;
  // Applying the log is most of a replica's CPU, and its flushes and
  // compactions most of that: a memtable twice amicus-ingest's and a level-0
  // trigger twice RocksDB's cut a lone replica's CPU per document by 14-25%
  // for 36-55 MiB more peak memory (BENCHMARKS.md, "A replica's flushes and
  // compactions"; in bench/cluster's runs the change was within noise).
  // Its reads go to this writer, not to a secondary replaying the memtables
  // again, so the memory is counted once.
  writer_options.memtable_bytes = 96 << 20;
  writer_options.level0_compaction_trigger = 8;
  auto writer = store::Writer::Open(options.db, writer_options);
  if (!writer.ok()) return writer.status();
  replica->writer_ = *std::move(writer);

  // Reads go to the writer's own database: a secondary instance would
  // replay every applied entry into memtables of its own.
  auto reader = store::Reader::OnWriter(*replica->writer_, options.db);
  if (!reader.ok()) return reader.status();
  replica->reader_ = *std::move(reader);

  nats::NatsConnectionOptions connection_options;
  connection_options.urls = options.nats_urls;
  connection_options.name = "amicus-query";
  auto connection = nats::NatsConnection::Connect(connection_options);
  if (!connection.ok()) return connection.status();
  replica->connection_ = *std::move(connection);

  replica->applier_ = std::make_unique<LogApplier>(
      replica->connection_.get(), replica->writer_.get(),
      replica->reader_.get(), options.applier);
  return replica;
}

}  // namespace amicus::query
