#include "cli/usage.h"

#include "absl/flags/reflection.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace amicus::cli {

const char kUsage[] =
    R"(amicus: structured records from human-rights statements.

Usage:
  amicus ingest --target=HOST:PORT FILE|DIR...
      Send documents (.txt .md .html .htm .pdf; directories recursively) to
      amicus-ingest; prints "<id> new|existing events=N quotes=N
      signatory_sets=N <path>" or "ERROR <code> <message> <path>" per file
      (--json: one IngestStreamResponse per line); a file over
      --max_document_bytes (16 MiB) is refused without being sent. A progress line
      (documents/s, errors) goes to stderr when it is a terminal, or always
      with --progress.
  amicus events      --target=HOST:PORT [--from= --to= --actor= --type=
                     --document= --contains= --min_confidence=]
  amicus quotes      --target=HOST:PORT [--from= --to= --speaker=
                     --organization= --document= --contains=
                     --min_confidence=]
  amicus signatories --target=HOST:PORT [--organization= --document=
                     --min_confidence=]
  amicus documents   --target=HOST:PORT [--kind= --contains=]
      Stream records from amicus-query as a table, one record per line under
      a header. Also: --json (one proto3 JSON record per line, for jq),
      --follow (keep streaming new records), --limit=N.
      --contains='visa "travel ban"' keeps the records whose text (events:
      evidence or summary; documents: title or text) has every word, and
      each quoted phrase's words in order; whole words, case and accents
      ignored ("ban" does not match "banned", "egypte" matches "Égypte").
      Dates are YYYY, YYYY-MM or YYYY-MM-DD. --min_confidence=X (0 to 1)
      keeps the records the extractor is at least that sure of (for
      signatories: the sets, and within them the entries).
  amicus extract FILE...
      Extract locally, without a server; one JSON Extraction per line.
  amicus help

Exit status: 0 success, 1 some document or request failed, 2 usage error or
server unreachable.
)";

absl::Status CheckFlagsKnown(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    absl::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-') continue;
    arg.remove_prefix(arg[1] == '-' ? 2 : 1);
    absl::string_view name = arg.substr(0, arg.find('='));
    if (absl::FindCommandLineFlag(name) != nullptr) continue;
    // --nojson is absl's spelling of --json=false.
    if (absl::ConsumePrefix(&name, "no") &&
        absl::FindCommandLineFlag(name) != nullptr) {
      continue;
    }
    return absl::InvalidArgumentError(
        absl::StrCat("unknown flag ", argv[i], "; see amicus help"));
  }
  return absl::OkStatus();
}

}  // namespace amicus::cli
