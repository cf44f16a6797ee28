#include "bench/pg_load.h"

#include <functional>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "amicus/v1/records.pb.h"
#include "bench/rocks_records.h"
#include "store/key_codec.h"

namespace amicus::bench {
namespace {

// Appends one COPY text row for the record at `key`/`value`.
using RowWriter = std::function<void(const rocksdb::Slice& key,
                                     const rocksdb::Slice& value,
                                     std::string* out)>;

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

// Text as one COPY field: the framing characters become spaces, which
// split words as they did.
std::string CopyText(const std::string& text) {
  std::string field = text;
  for (char& c : field) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\\') c = ' ';
  }
  return field;
}

// Names never hold tabs, newlines or backslashes in this corpus; replace
// them anyway so a row cannot break the COPY framing.
std::string CopyName(const std::string& name) {
  return CopyText(absl::AsciiStrToLower(name));
}

// "seq\tordinal" of a record key.
std::string KeyColumns(const rocksdb::Slice& key) {
  absl::string_view k(key.data(), key.size());
  return absl::StrCat(store::DecodeSeq(k), "\t",
                      key.size() >= 12 ? store::DecodeOrdinal(k) : 0);
}

std::string Day(const v1::Event& event) {
  if (event.date_precision() != v1::DATE_PRECISION_DAY) return "\\N";
  return absl::StrFormat("%04d-%02d-%02d", event.date().year(),
                         event.date().month(), event.date().day());
}

void EventRow(const rocksdb::Slice& key, const rocksdb::Slice& value,
              std::string* out) {
  v1::Event event;
  event.ParseFromArray(value.data(), static_cast<int>(value.size()));
  const std::string actor =
      event.actors_size() > 0 ? CopyName(event.actors(0).name()) : "";
  // What amicus searches an event's text in: evidence and summary.
  const std::string body =
      CopyText(absl::StrCat(event.evidence().text(), " ", event.summary()));
  absl::StrAppend(out, KeyColumns(key), "\t", actor, "\t", Day(event), "\t",
                  body, "\t");
  AppendHex(out, value);
  out->push_back('\n');
}

void SetRow(const rocksdb::Slice& key, const rocksdb::Slice& value,
            std::string* out) {
  absl::StrAppend(out, KeyColumns(key), "\t");
  AppendHex(out, value);
  out->push_back('\n');
}

void SignerRows(const rocksdb::Slice& key, const rocksdb::Slice& value,
                std::string* out) {
  v1::SignatorySet set;
  set.ParseFromArray(value.data(), static_cast<int>(value.size()));
  for (const v1::Signatory& s : set.signatories()) {
    absl::StrAppend(out, CopyName(s.name()), "\t", KeyColumns(key), "\n");
  }
}

// COPY of one column family into `table`, one pass over the family.
absl::Status CopyIn(PGconn* conn, const std::string& table,
                    const std::string& db_path,
                    const std::string& secondary_dir,
                    const std::string& family, const RowWriter& row,
                    int64_t* rows) {
  PGresult* r = PQexec(conn, ("COPY " + table + " FROM STDIN").c_str());
  bool ready = PQresultStatus(r) == PGRES_COPY_IN;
  PQclear(r);
  if (!ready) return absl::InternalError(PQerrorMessage(conn));
  std::string chunk;
  auto scanner = FamilyScanner::Open(db_path, secondary_dir, family);
  if (!scanner.ok()) return scanner.status();
  absl::Status scanned = (*scanner)->ForEach(
      [&](const rocksdb::Slice& key, const rocksdb::Slice& value) {
        row(key, value, &chunk);
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
  while ((r = PQgetResult(conn)) != nullptr) PQclear(r);
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

absl::StatusOr<int64_t> LoadRecords(PGconn* conn, const std::string& db_path,
                                    const std::string& secondary_dir) {
  absl::Status s = Exec(
      conn,
      "DROP TABLE IF EXISTS events, signatory_sets, signatory_orgs; "
      "CREATE TABLE events (seq bigint, ordinal int, actor text, day date, "
      "body text, payload bytea); "
      "CREATE TABLE signatory_sets (seq bigint, ordinal int, payload bytea); "
      "CREATE TABLE signatory_orgs (org text, seq bigint, ordinal int)");
  int64_t events = 0, sets = 0, signings = 0;
  if (s.ok()) {
    s = CopyIn(conn, "events", db_path, secondary_dir + "-events", "events",
               EventRow, &events);
  }
  if (s.ok()) {
    s = CopyIn(conn, "signatory_sets", db_path, secondary_dir + "-sets",
               "signatory_sets", SetRow, &sets);
  }
  if (s.ok()) {
    s = CopyIn(conn, "signatory_orgs", db_path, secondary_dir + "-orgs",
               "signatory_sets", SignerRows, &signings);
  }
  if (s.ok()) {
    s = Exec(conn,
             "ALTER TABLE events ADD PRIMARY KEY (seq, ordinal); "
             "CREATE INDEX events_by_actor ON events (actor, seq, ordinal); "
             "CREATE INDEX events_by_day ON events (day, seq, ordinal); "
             "CREATE INDEX events_by_word ON events USING gin "
             "(to_tsvector('simple', body)); "
             "ALTER TABLE signatory_sets ADD PRIMARY KEY (seq, ordinal); "
             "CREATE INDEX orgs_by_name ON signatory_orgs (org, seq, ordinal)");
  }
  if (s.ok()) s = Exec(conn, "VACUUM ANALYZE");
  if (!s.ok()) return s;
  return events;
}

}  // namespace amicus::bench
