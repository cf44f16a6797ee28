// amicus extract: the ingest service's extraction, locally, as JSON lines.
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "amicus/v1/records.pb.h"
#include "cli/cli_flags.h"
#include "cli/commands.h"
#include "cli/document_files.h"
#include "cli/exit_codes.h"
#include "extract/extractor.h"
#include "extract/iso_countries.h"
#include "extract/system_dictionary.h"
#include "google/protobuf/util/json_util.h"

namespace amicus::cli {

int RunExtract(const std::vector<std::string>& paths) {
  if (paths.empty()) {
    std::cerr << "amicus extract: no FILE given\n";
    return kExitUsage;
  }
  if (absl::GetFlag(FLAGS_max_document_bytes) <= 0) {
    std::cerr << "amicus extract: --max_document_bytes must be positive\n";
    return kExitUsage;
  }
  extract::ExtractOptions options;
  options.max_content_bytes =
      static_cast<size_t>(absl::GetFlag(FLAGS_max_document_bytes));
  options.dictionary = extract::LoadSystemDictionary();
  options.countries = extract::LoadIsoCountries();
  int exit_code = kExitOk;
  for (const std::string& path : ExpandDocumentPaths(paths)) {
    absl::StatusOr<std::string> content = ReadFileBytes(path);
    absl::StatusOr<v1::Extraction> extraction =
        content.ok() ? extract::Extract(path, *content, "", options)
                     : absl::StatusOr<v1::Extraction>(content.status());
    std::string json;
    if (extraction.ok()) {
      extraction->set_source_uri(path);
      auto printed =
          google::protobuf::util::MessageToJsonString(*extraction, &json);
      if (!printed.ok()) extraction = absl::InternalError(printed.ToString());
    }
    if (!extraction.ok()) {
      std::cerr << "amicus extract: " << path << ": "
                << extraction.status().ToString() << "\n";
      exit_code = kExitFailed;
      continue;
    }
    std::cout << json << "\n";
  }
  return exit_code;
}

}  // namespace amicus::cli
