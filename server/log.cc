#include "server/log.h"

#include <unistd.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace amicus::server {

void LogLine(absl::string_view line) {
  std::string out =
      absl::StrCat(absl::FormatTime("%Y-%m-%dT%H:%M:%E3SZ ", absl::Now(),
                                    absl::UTCTimeZone()),
                   line, "\n");
  absl::string_view rest = out;
  while (!rest.empty()) {
    ssize_t n = write(STDERR_FILENO, rest.data(), rest.size());
    if (n <= 0) return;  // stderr is gone; nothing sensible left to do
    rest.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace amicus::server
