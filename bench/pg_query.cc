#include "bench/pg_query.h"

#include <arpa/inet.h>

#include <cstdio>
#include <cstring>

namespace amicus::bench {
namespace {

// Binary COPY row: int16 field count, then per field int32 length + bytes.
void VisitCopyRow(const char* data, int size, const RowVisitor& visit,
                  RowScan* scan) {
  if (size < 6) return;
  int16_t fields;
  std::memcpy(&fields, data, 2);
  if (static_cast<int16_t>(ntohs(static_cast<uint16_t>(fields))) != 1) return;
  int32_t length;
  std::memcpy(&length, data + 2, 4);
  length = static_cast<int32_t>(ntohl(static_cast<uint32_t>(length)));
  visit(data + 6, length);
  ++scan->rows;
}

}  // namespace

bool SingleRowQuery(PGconn* conn, const char* sql,
                    const std::vector<std::string>& params,
                    const RowVisitor& visit, const Stopwatch& clock,
                    RowScan* scan) {
  std::vector<const char*> values;
  for (const std::string& p : params) values.push_back(p.c_str());
  if (!PQsendQueryParams(conn, sql, static_cast<int>(values.size()), nullptr,
                         values.data(), nullptr, nullptr,
                         /*resultFormat=*/1) ||
      !PQsetSingleRowMode(conn)) {
    std::fprintf(stderr, "%s", PQerrorMessage(conn));
    return false;
  }
  bool ok = true;
  while (PGresult* r = PQgetResult(conn)) {
    ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_SINGLE_TUPLE) {
      if (scan->first_ms < 0) scan->first_ms = clock.Millis();
      visit(PQgetvalue(r, 0, 0), PQgetlength(r, 0, 0));
      ++scan->rows;
    } else if (status != PGRES_TUPLES_OK) {
      std::fprintf(stderr, "%s", PQerrorMessage(conn));
      ok = false;
    }
    PQclear(r);
  }
  return ok;
}

bool CopyOut(PGconn* conn, const std::string& select, const RowVisitor& visit,
             RowScan* scan) {
  const std::string sql = "COPY (" + select + ") TO STDOUT (FORMAT binary)";
  PGresult* r = PQexec(conn, sql.c_str());
  bool ready = PQresultStatus(r) == PGRES_COPY_OUT;
  PQclear(r);
  if (!ready) return false;
  char* buffer = nullptr;
  bool header = true;
  int n;
  while ((n = PQgetCopyData(conn, &buffer, 0)) > 0) {
    // libpq hands over one row per call; the first also carries the
    // 19-byte file header; the trailer (count -1) is skipped by the check
    // on the field count.
    int skip = header ? 19 : 0;
    header = false;
    VisitCopyRow(buffer + skip, n - skip, visit, scan);
    PQfreemem(buffer);
  }
  bool ok = n == -1;
  // The COPY's own result, then NULL: the connection is free again.
  while ((r = PQgetResult(conn)) != nullptr) {
    ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
  }
  return ok;
}

}  // namespace amicus::bench
