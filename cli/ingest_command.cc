// amicus ingest: every document over one IngestStream, one line per result.
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
#include "amicus/v1/ingest_service.grpc.pb.h"
#include "cli/cli_flags.h"
#include "cli/commands.h"
#include "cli/connection.h"
#include "cli/document_files.h"
#include "cli/exit_codes.h"

namespace amicus::cli {
namespace {

using Stream =
    grpc::ClientReaderWriter<v1::IngestRequest, v1::IngestStreamResponse>;

// Lines come from the sending thread (unreadable files) and the receiving
// thread (results), so they are printed whole under a lock.
class Output {
 public:
  void Line(const std::string& line) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::cout << line << "\n" << std::flush;
  }

 private:
  std::mutex mutex_;
};

std::string ErrorLine(absl::StatusCode code, absl::string_view message,
                      absl::string_view path) {
  return absl::StrCat("ERROR ", absl::StatusCodeToString(code), " ", message,
                      " ", path);
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
  for (const std::string& path : files) {
    absl::StatusOr<std::string> content = ReadFileBytes(path);
    if (!content.ok()) {
      out->Line(ErrorLine(content.status().code(), content.status().message(),
                          path));
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

  Output out;
  SendOutcome sent;
  std::thread sender([&] { sent = SendAll(files, stream.get(), &out); });
  int64_t received = 0;
  bool any_rejected = false;
  v1::IngestStreamResponse response;
  while (stream->Read(&response)) {
    ++received;
    if (response.has_error()) {
      any_rejected = true;
      out.Line(ErrorLine(static_cast<absl::StatusCode>(response.error().code()),
                         response.error().message(), response.source_uri()));
    } else {
      out.Line(ResultLine(response.result(), response.source_uri()));
    }
  }
  sender.join();
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
