// amicus events|quotes|signatories|documents: a QueryService stream to
// stdout, one record per line: a table with a header, or JSON lines.
#include <cstdint>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "amicus/v1/query_service.grpc.pb.h"
#include "cli/cli_flags.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/date_flags.h"
#include "cli/enum_names.h"
#include "cli/exit_codes.h"
#include "cli/json_printer.h"
#include "cli/raw_stream.h"
#include "cli/record_summary.h"
#include "cli/wire_json.h"
#include "google/protobuf/arena.h"

namespace amicus::cli {
namespace {

struct FilterFlag {
  const char* name;
  absl::Flag<std::string>* flag;
};

const FilterFlag kFilterFlags[] = {
    {"from", &FLAGS_from},         {"to", &FLAGS_to},
    {"actor", &FLAGS_actor},       {"type", &FLAGS_type},
    {"document", &FLAGS_document}, {"contains", &FLAGS_contains},
    {"speaker", &FLAGS_speaker},   {"organization", &FLAGS_organization},
    {"kind", &FLAGS_kind},         {"min_confidence", &FLAGS_min_confidence},
};

// A filter the request has no field for would be silently ignored; refuse
// it instead so the user does not trust an unfiltered answer.
absl::Status CheckFiltersApply(absl::string_view command,
                               const absl::flat_hash_set<std::string>& allowed) {
  for (const FilterFlag& filter : kFilterFlags) {
    if (!absl::GetFlag(*filter.flag).empty() && !allowed.contains(filter.name)) {
      return absl::InvalidArgumentError(
          absl::StrCat("--", filter.name, " does not apply to ", command));
    }
  }
  return absl::OkStatus();
}

// Sets the request's date from a date flag when it is given, and leaves
// it unset otherwise: a request with an empty date has a filter to the
// server, which then parses and checks every record of the stream instead
// of sending the stored bytes (callgrind: 57% of the instructions
// amicus-query spent on a whole-family export).
template <typename Request>
absl::Status ReadDateFlag(const char* name, absl::Flag<std::string>& flag,
                          Request* request,
                          v1::Date* (Request::*mutable_date)()) {
  const std::string value = absl::GetFlag(flag);
  if (value.empty()) return absl::OkStatus();
  absl::StatusOr<v1::Date> parsed = ParseDateFlag(name, value);
  if (!parsed.ok()) return parsed.status();
  *(request->*mutable_date)() = *parsed;
  return absl::OkStatus();
}

// How records are shown without --json: a table with these columns.
template <typename Record>
struct TableFormat {
  const std::vector<Column>& columns;
  std::vector<std::string> (*row)(const Record&);
};

// Calls `print` with the bytes of each record of a stream response (field
// 1 of every amicus.v1 stream response), skipping its other fields; false
// when the bytes are not a well-formed message.
template <typename Print>
bool ForEachRecord(absl::string_view response, Print print) {
  const auto* p = reinterpret_cast<const uint8_t*>(response.data());
  const auto* end = p + response.size();
  auto varint = [&p, end](uint64_t* value) {
    *value = 0;
    for (int shift = 0; shift < 64 && p < end; shift += 7) {
      const uint8_t byte = *p++;
      *value |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) return true;
    }
    return false;
  };
  while (p < end) {
    uint64_t tag, value;
    if (!varint(&tag) || tag < 8) return false;
    switch (tag & 7) {
      case 0:
        if (!varint(&value)) return false;
        break;
      case 1:
      case 5: {
        const size_t size = (tag & 7) == 1 ? 8 : 4;
        if (static_cast<size_t>(end - p) < size) return false;
        p += size;
        break;
      }
      case 2: {
        if (!varint(&value) || value > static_cast<uint64_t>(end - p)) return false;
        const absl::string_view bytes(reinterpret_cast<const char*>(p), value);
        p += value;
        if ((tag >> 3) == 1 && !print(bytes)) return false;
        break;
      }
      default:  // groups: no amicus response has one
        return false;
    }
  }
  return true;
}

// Prints every record of a server stream. Honors --json (JSON lines for
// jq, no header) and --limit (cancelling the stream once the limit is
// reached, which also ends --follow). Each batch goes out in one write:
// JSON lines as protobuf's JSON mapping prints them, straight from the
// records' bytes (WireJsonPrinter; JsonPrinter on the parsed record for
// bytes it leaves to the parser), or table rows.
template <typename Record>
int PrintStream(const std::string& target, grpc::ClientContext* context,
                RawStream* stream, const TableFormat<Record>& table) {
  const bool json = absl::GetFlag(FLAGS_json);
  const int64_t limit = absl::GetFlag(FLAGS_limit);
  if (!json) std::cout << TableHeader(table.columns) << "\n";
  const WireJsonPrinter wire_printer(Record::descriptor());
  JsonPrinter printer;
  std::string out;
  auto flush = [&out] {
    std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
    std::cout.flush();  // --follow users watch batches as they come
    out.clear();
  };
  // Records parsed (table rows, and JSON the wire printer leaves to the
  // parser) go on an arena reset per response: no malloc and free per
  // string.
  google::protobuf::Arena arena;
  // False for a record that does not parse.
  auto print = [&](absl::string_view bytes) {
    if (json && wire_printer.Append(bytes, &out)) {
      out.push_back('\n');
      return true;
    }
    Record& record = *google::protobuf::Arena::CreateMessage<Record>(&arena);
    if (!record.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      return false;
    }
    if (!json) {
      out.append(TableRow(table.columns, table.row(record)));
      out.push_back('\n');
    } else if (printer.Append(record, &out)) {
      out.push_back('\n');
    }
    return true;
  };
  int64_t printed = 0;
  bool limited = false;
  absl::string_view response;
  while (stream->Read(&response)) {
    arena.Reset();
    const bool parsed = ForEachRecord(response, [&](absl::string_view bytes) {
      if (!print(bytes)) return false;
      limited = limit > 0 && ++printed >= limit;
      return !limited;
    });
    if (!parsed && !limited) {
      flush();
      context->TryCancel();
      while (stream->Read(&response)) {
      }
      stream->Finish();
      return ReportRpcFailure(
          grpc::Status(grpc::StatusCode::INTERNAL,
                       absl::StrCat("a response from ", target,
                                    " does not parse")),
          target);
    }
    flush();
    if (limited) {
      context->TryCancel();
      while (stream->Read(&response)) {
      }
      stream->Finish();
      return kExitOk;
    }
  }
  const grpc::Status status = stream->Finish();
  return status.ok() ? kExitOk : ReportRpcFailure(status, target);
}

// --min_confidence as a number; 0 when it is not given. The server checks
// the range, so a client in any language gets the same answer.
absl::StatusOr<float> ReadMinConfidence() {
  const std::string value = absl::GetFlag(FLAGS_min_confidence);
  float parsed = 0;
  if (!value.empty() && !absl::SimpleAtof(value, &parsed)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--min_confidence=", value, " is not a number"));
  }
  return parsed;
}

absl::StatusOr<v1::StreamEventsRequest> EventsRequest() {
  v1::StreamEventsRequest request;
  absl::Status status = ReadDateFlag("from", FLAGS_from, &request,
                                     &v1::StreamEventsRequest::mutable_start_date);
  if (status.ok()) {
    status = ReadDateFlag("to", FLAGS_to, &request,
                          &v1::StreamEventsRequest::mutable_end_date);
  }
  if (!status.ok()) return status;
  if (const std::string type = absl::GetFlag(FLAGS_type); !type.empty()) {
    absl::StatusOr<v1::EventType> parsed = ParseEventType(type);
    if (!parsed.ok()) return parsed.status();
    request.set_type(*parsed);
  }
  request.set_actor(absl::GetFlag(FLAGS_actor));
  request.set_document_id(absl::GetFlag(FLAGS_document));
  request.set_text_contains(absl::GetFlag(FLAGS_contains));
  request.set_follow(absl::GetFlag(FLAGS_follow));
  absl::StatusOr<float> min_confidence = ReadMinConfidence();
  if (!min_confidence.ok()) return min_confidence.status();
  request.set_min_confidence(*min_confidence);
  return request;
}

absl::StatusOr<v1::StreamQuotesRequest> QuotesRequest() {
  v1::StreamQuotesRequest request;
  absl::Status status = ReadDateFlag("from", FLAGS_from, &request,
                                     &v1::StreamQuotesRequest::mutable_start_date);
  if (status.ok()) {
    status = ReadDateFlag("to", FLAGS_to, &request,
                          &v1::StreamQuotesRequest::mutable_end_date);
  }
  if (!status.ok()) return status;
  request.set_speaker(absl::GetFlag(FLAGS_speaker));
  request.set_organization(absl::GetFlag(FLAGS_organization));
  request.set_text_contains(absl::GetFlag(FLAGS_contains));
  request.set_document_id(absl::GetFlag(FLAGS_document));
  request.set_follow(absl::GetFlag(FLAGS_follow));
  absl::StatusOr<float> min_confidence = ReadMinConfidence();
  if (!min_confidence.ok()) return min_confidence.status();
  request.set_min_confidence(*min_confidence);
  return request;
}

absl::StatusOr<v1::StreamSignatorySetsRequest> SignatoriesRequest() {
  v1::StreamSignatorySetsRequest request;
  request.set_organization(absl::GetFlag(FLAGS_organization));
  request.set_document_id(absl::GetFlag(FLAGS_document));
  request.set_follow(absl::GetFlag(FLAGS_follow));
  absl::StatusOr<float> min_confidence = ReadMinConfidence();
  if (!min_confidence.ok()) return min_confidence.status();
  request.set_min_confidence(*min_confidence);
  return request;
}

absl::StatusOr<v1::ListDocumentsRequest> DocumentsRequest() {
  v1::ListDocumentsRequest request;
  if (const std::string kind = absl::GetFlag(FLAGS_kind); !kind.empty()) {
    absl::StatusOr<v1::DocumentKind> parsed = ParseDocumentKind(kind);
    if (!parsed.ok()) return parsed.status();
    request.set_kind(*parsed);
  }
  request.set_text_contains(absl::GetFlag(FLAGS_contains));
  request.set_follow(absl::GetFlag(FLAGS_follow));
  // The one-line summary has no use for the text; JSON shows the record whole.
  request.set_omit_text(!absl::GetFlag(FLAGS_json));
  return request;
}

int UsageError(const absl::Status& status) {
  std::cerr << "amicus: " << status.message() << "\n";
  return kExitUsage;
}

// Builds the request before connecting, so a usage error never waits on
// the network.
template <typename Request, typename Record>
int RunQuery(absl::StatusOr<Request> request, absl::string_view method,
             const TableFormat<Record>& table) {
  if (!request.ok()) return UsageError(request.status());
  const std::string target = absl::GetFlag(FLAGS_target);
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel = Connect(target);
  if (!channel.ok()) return UsageError(channel.status());
  grpc::ClientContext context;
  RawStream stream(*channel, &context,
                   absl::StrCat("/", v1::QueryService::service_full_name(),
                                "/", method),
                   *request);
  return PrintStream(target, &context, &stream, table);
}

int RunCommand(absl::string_view command) {
  if (command == "events") {
    return RunQuery(EventsRequest(), "StreamEvents",
                    TableFormat<v1::Event>{EventColumns(), &EventRow});
  }
  if (command == "quotes") {
    return RunQuery(QuotesRequest(), "StreamQuotes",
                    TableFormat<v1::Quote>{QuoteColumns(), &QuoteRow});
  }
  if (command == "signatories") {
    return RunQuery(SignatoriesRequest(), "StreamSignatorySets",
                    TableFormat<v1::SignatorySet>{SignatorySetColumns(),
                                                  &SignatorySetRow});
  }
  return RunQuery(DocumentsRequest(), "ListDocuments",
                  TableFormat<v1::Document>{DocumentColumns(), &DocumentRow});
}

const absl::flat_hash_set<std::string>* FiltersOf(absl::string_view command) {
  static const auto* const kEvents = new absl::flat_hash_set<std::string>{
      "from", "to", "actor", "type", "document", "contains", "min_confidence"};
  static const auto* const kQuotes = new absl::flat_hash_set<std::string>{
      "from", "to", "speaker", "organization", "document", "contains",
      "min_confidence"};
  static const auto* const kSignatories =
      new absl::flat_hash_set<std::string>{"organization", "document",
                                           "min_confidence"};
  static const auto* const kDocuments =
      new absl::flat_hash_set<std::string>{"kind", "contains"};
  if (command == "events") return kEvents;
  if (command == "quotes") return kQuotes;
  if (command == "signatories") return kSignatories;
  if (command == "documents") return kDocuments;
  return nullptr;
}

}  // namespace

bool IsStreamCommand(absl::string_view command) {
  return FiltersOf(command) != nullptr;
}

int RunStream(absl::string_view command,
              const std::vector<std::string>& args) {
  if (!args.empty()) {
    return UsageError(absl::InvalidArgumentError(
        absl::StrCat("unexpected argument \"", args[0], "\" for ", command)));
  }
  if (absl::GetFlag(FLAGS_limit) < 0) {
    return UsageError(absl::InvalidArgumentError("--limit must be >= 0"));
  }
  absl::Status applies = CheckFiltersApply(command, *FiltersOf(command));
  if (!applies.ok()) return UsageError(applies);
  return RunCommand(command);
}

}  // namespace amicus::cli
