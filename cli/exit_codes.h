#ifndef AMICUS_CLI_EXIT_CODES_H_
#define AMICUS_CLI_EXIT_CODES_H_

namespace amicus::cli {

inline constexpr int kExitOk = 0;
// Some document or request failed; the others were handled.
inline constexpr int kExitFailed = 1;
// Bad command line, or the server could not be reached.
inline constexpr int kExitUsage = 2;

}  // namespace amicus::cli

#endif  // AMICUS_CLI_EXIT_CODES_H_
