// amicus ingest: every document over one IngestStream, one line per result
// (or one JSON line with --json), and a progress line on stderr.
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "cli/cli_flags.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/document_files.h"
#include "cli/exit_codes.h"
#include "google/protobuf/util/json_util.h"

namespace amicus::cli {
namespace {

using Stream =
    grpc::ClientReaderWriter<v1::IngestRequest, v1::IngestStreamResponse>;

// Lines come from the sending thread (unreadable files) and the receiving
// thread (results), so they are printed whole under a lock. The progress
// line lives on stderr and is redrawn after each result line, so on a
// terminal the two never mix; pipes get it only with --progress.
class Output {
 public:
  Output(size_t total, bool show_progress)
      : total_(total), show_progress_(show_progress),
        start_(std::chrono::steady_clock::now()) {}

  // A line for stdout; `done` and `failed` count toward progress.
  void Line(const std::string& line, bool done, bool failed) {
    std::lock_guard<std::mutex> lock(mutex_);
    done_ += done;
    errors_ += failed;
    if (show_progress_) std::cerr << "\r\033[K" << std::flush;
    std::cout << line << "\n" << std::flush;
    if (show_progress_) std::cerr << ProgressText() << std::flush;
  }

  // Leaves the final progress line standing.
  void Finish() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (show_progress_) std::cerr << "\r\033[K" << ProgressText() << "\n";
  }

 private:
  std::string ProgressText() const {
    const double seconds = std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - start_)
                               .count();
    return absl::StrFormat("ingest: %d/%d documents, %.1f documents/s, %d errors",
                           done_, total_, seconds > 0 ? done_ / seconds : 0.0,
                           errors_);
  }

  std::mutex mutex_;
  const size_t total_;
  const bool show_progress_;
  const std::chrono::steady_clock::time_point start_;
  size_t done_ = 0;
  size_t errors_ = 0;
};

std::string ErrorLine(absl::StatusCode code, absl::string_view message,
                      absl::string_view path) {
  return absl::StrCat("ERROR ", absl::StatusCodeToString(code), " ", message,
                      " ", path);
}

// With --json: the IngestStreamResponse as one line of proto3 JSON.
std::string JsonLine(const v1::IngestStreamResponse& response) {
  std::string line;
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;  // "created": false stays
  if (!google::protobuf::util::MessageToJsonString(response, &line, options)
           .ok()) {
    return "{}";
  }
  return line;
}

std::string ResultLine(const v1::IngestResponse& result,
                       absl::string_view path) {
  return absl::StrCat(result.document_id(),
                      result.created() ? " new" : " existing",
                      " events=", result.event_count(),
                      " quotes=", result.quote_count(),
                      " signatory_sets=", result.signatory_set_count(), " ",
                      path);
}

// A file that could not be read never reaches the server; with --json it
// still gets a JSON line shaped like the server's error responses.
std::string ReadFailureLine(const absl::Status& status,
                            const std::string& path) {
  if (!absl::GetFlag(FLAGS_json)) {
    return ErrorLine(status.code(), status.message(), path);
  }
  v1::IngestStreamResponse response;
  response.set_index(-1);
  response.set_source_uri(path);
  response.mutable_error()->set_code(static_cast<int>(status.code()));
  response.mutable_error()->set_message(std::string(status.message()));
  return JsonLine(response);
}

struct SendOutcome {
  int64_t sent = 0;
  bool read_failed = false;
};

// Runs on its own thread so that reading results never waits for sending
// to finish: with both directions flow-controlled, one thread doing both
// in turn could stall against the server.
SendOutcome SendAll(const std::vector<std::string>& files, Stream* stream,
                    Output* out) {
  SendOutcome outcome;
  // A message over the server's limit would end the whole stream, so a
  // file too large is refused here and the files after it still go.
  const int64_t max_bytes = absl::GetFlag(FLAGS_max_document_bytes);
  for (const std::string& path : files) {
    absl::StatusOr<std::string> content = ReadFileBytes(path, max_bytes);
    if (!content.ok()) {
      out->Line(ReadFailureLine(content.status(), path), /*done=*/true,
                /*failed=*/true);
      outcome.read_failed = true;
      continue;
    }
    v1::IngestRequest request;
    request.set_source_uri(path);
    request.set_content(*std::move(content));
    if (!stream->Write(request)) break;  // the stream is over; Finish says why
    ++outcome.sent;
  }
  stream->WritesDone();
  return outcome;
}

}  // namespace

int RunIngest(const std::vector<std::string>& paths) {
  if (paths.empty()) {
    std::cerr << "amicus ingest: no FILE or DIR given\n";
    return kExitUsage;
  }
  if (absl::GetFlag(FLAGS_max_document_bytes) <= 0) {
    std::cerr << "amicus ingest: --max_document_bytes must be positive\n";
    return kExitUsage;
  }
  const std::vector<std::string> files = ExpandDocumentPaths(paths);
  if (files.empty()) {
    std::cerr << "amicus ingest: no .txt, .md, .html, .htm or .pdf files "
                 "found\n";
    return kExitUsage;
  }
  const std::string target = absl::GetFlag(FLAGS_target);
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel = Connect(target);
  if (!channel.ok()) {
    std::cerr << "amicus: " << channel.status().message() << "\n";
    return kExitUsage;
  }
  auto stub = v1::IngestService::NewStub(*channel);
  grpc::ClientContext context;
  std::unique_ptr<Stream> stream = stub->IngestStream(&context);

  Output out(files.size(),
             absl::GetFlag(FLAGS_progress) || isatty(STDERR_FILENO));
  const bool json = absl::GetFlag(FLAGS_json);
  SendOutcome sent;
  std::thread sender([&] { sent = SendAll(files, stream.get(), &out); });
  int64_t received = 0;
  bool any_rejected = false;
  v1::IngestStreamResponse response;
  while (stream->Read(&response)) {
    ++received;
    any_rejected |= response.has_error();
    if (json) {
      out.Line(JsonLine(response), true, response.has_error());
    } else if (response.has_error()) {
      out.Line(ErrorLine(static_cast<absl::StatusCode>(response.error().code()),
                         response.error().message(), response.source_uri()),
               true, true);
    } else {
      out.Line(ResultLine(response.result(), response.source_uri()), true,
               false);
    }
  }
  sender.join();
  out.Finish();
  const grpc::Status status = stream->Finish();
  if (!status.ok()) return ReportRpcFailure(status, target);
  if (received != sent.sent) {
    std::cerr << "amicus ingest: sent " << sent.sent << " documents but got "
              << received << " results\n";
    return kExitFailed;
  }
  return any_rejected || sent.read_failed ? kExitFailed : kExitOk;
}

}  // namespace amicus::cli
