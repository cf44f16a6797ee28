#include "cli/cli_flags.h"

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50051",
          "HOST:PORT of amicus-ingest (ingest) or amicus-query (queries).");
ABSL_FLAG(bool, json, false, "Print each record (ingest: each result) as one line of proto3 JSON.");
ABSL_FLAG(bool, follow, false,
          "Keep streaming records ingested after the stored ones.");
ABSL_FLAG(bool, progress, false,
          "ingest: show a progress line (documents/s, errors) on stderr even "
          "when stderr is not a terminal.");
ABSL_FLAG(int64_t, limit, 0, "Stop after this many records; 0: no limit.");
ABSL_FLAG(int64_t, max_document_bytes, 16 << 20,
          "extract, ingest: refuse files larger than this, as amicus-ingest "
          "does (set it to the server's --max_document_bytes); ingest "
          "reports them and sends the rest.");
ABSL_FLAG(std::string, from, "", "Earliest date, YYYY[-MM[-DD]].");
ABSL_FLAG(std::string, to, "", "Latest date, YYYY[-MM[-DD]].");
ABSL_FLAG(std::string, actor, "", "events: an actor's name.");
ABSL_FLAG(std::string, type, "", "events: event type, e.g. threat, sanction.");
ABSL_FLAG(std::string, document, "", "Only records of this document id.");
ABSL_FLAG(std::string, contains, "",
          "Only records whose text has these whole words (\"...\": a phrase).");
ABSL_FLAG(std::string, min_confidence, "",
          "events, quotes, signatories: only records whose confidence is at "
          "least this, 0 to 1.");
ABSL_FLAG(std::string, speaker, "", "quotes: a speaker's name.");
ABSL_FLAG(std::string, organization, "",
          "quotes, signatories: an organization's name or acronym.");
ABSL_FLAG(std::string, kind, "",
          "documents: press_release, joint_letter, statement or other.");
// Client-side transport security; see RELIABILITY.md, "Authentication and
// transport security".
ABSL_FLAG(std::string, tls_ca, "",
          "PEM CA bundle that signed the server's certificate: connect with "
          "TLS. Empty with --tls_cert: TLS with the system's CAs.");
ABSL_FLAG(std::string, tls_cert, "",
          "PEM client certificate, for servers that require mutual TLS.");
ABSL_FLAG(std::string, tls_key, "", "PEM private key of --tls_cert.");
ABSL_FLAG(std::string, token, "",
          "Bearer token sent with every call (needs TLS). Prefer "
          "--token_file: command lines are visible to other users.");
ABSL_FLAG(std::string, token_file, "",
          "File whose first line is the bearer token (needs TLS).");
