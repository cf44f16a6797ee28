#include "bench/pg_load.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "amicus/v1/records.pb.h"
#include "bench/rocks_records.h"
#include "store/key_codec.h"

namespace amicus::bench {
namespace {

// COPY text format: bytea as \\x<hex> (the backslash itself escaped).
void AppendHex(std::string* out, const rocksdb::Slice& bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->append("\\\\x");
  for (size_t i = 0; i < bytes.size(); ++i) {
    auto b = static_cast<unsigned char>(bytes[i]);
    out->push_back(kHex[b >> 4]);
    out->push_back(kHex[b & 15]);
  }
}

// Names never hold tabs, newlines or backslashes in this corpus; replace
// them anyway so a row cannot break the COPY framing.
std::string CopyText(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\\') c = ' ';
  }
  return text;
}

std::string Row(const rocksdb::Slice& key, const rocksdb::Slice& value) {
  amicus::v1::Event event;
  event.ParseFromArray(value.data(), static_cast<int>(value.size()));
  absl::string_view k(key.data(), key.size());
  std::string actor = event.actors_size() > 0
                          ? absl::AsciiStrToLower(event.actors(0).name())
                          : "";
  std::string row = absl::StrCat(store::DecodeSeq(k), "\t",
                                 key.size() >= 12 ? store::DecodeOrdinal(k) : 0, "\t",
                                 CopyText(actor), "\t");
  AppendHex(&row, value);
  row.push_back('\n');
  return row;
}

absl::Status CopyIn(PGconn* conn, const std::string& db_path,
                    const std::string& secondary_dir, int64_t* rows) {
  PGresult* r = PQexec(conn, "COPY events FROM STDIN");
  bool ready = PQresultStatus(r) == PGRES_COPY_IN;
  PQclear(r);
  if (!ready) return absl::InternalError(PQerrorMessage(conn));
  std::string chunk;
  absl::Status scanned = ForEachEntry(
      db_path, secondary_dir, "events",
      [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
        chunk += Row(key, value);
        ++*rows;
        if (chunk.size() > (1 << 20)) {
          PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size()));
          chunk.clear();
        }
      });
  PQputCopyData(conn, chunk.data(), static_cast<int>(chunk.size()));
  PQputCopyEnd(conn, scanned.ok() ? nullptr : "scan failed");
  r = PQgetResult(conn);
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  if (!scanned.ok()) return scanned;
  return ok ? absl::OkStatus() : absl::InternalError(PQerrorMessage(conn));
}

}  // namespace

absl::Status Exec(PGconn* conn, const std::string& sql) {
  PGresult* r = PQexec(conn, sql.c_str());
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  return ok ? absl::OkStatus()
            : absl::InternalError(absl::StrCat(sql, ": ", PQerrorMessage(conn)));
}

absl::StatusOr<int64_t> LoadEvents(PGconn* conn, const std::string& db_path,
                                   const std::string& secondary_dir) {
  absl::Status s = Exec(conn,
                        "DROP TABLE IF EXISTS events; CREATE TABLE events "
                        "(seq bigint, ordinal int, actor text, payload bytea)");
  if (!s.ok()) return s;
  int64_t rows = 0;
  if (s = CopyIn(conn, db_path, secondary_dir, &rows); !s.ok()) return s;
  s = Exec(conn,
           "ALTER TABLE events ADD PRIMARY KEY (seq, ordinal); "
           "CREATE INDEX events_by_actor ON events (actor, seq, ordinal)");
  if (s.ok()) s = Exec(conn, "VACUUM ANALYZE events");
  if (!s.ok()) return s;
  return rows;
}

}  // namespace amicus::bench
