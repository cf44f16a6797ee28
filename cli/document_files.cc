#include "cli/document_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace amicus::cli {
namespace {

namespace fs = std::filesystem;

bool IsDocumentFile(const fs::path& path) {
  static const auto* const kExtensions = new absl::flat_hash_set<std::string>{
      ".txt", ".md", ".html", ".htm", ".pdf"};
  return kExtensions->contains(
      absl::AsciiStrToLower(path.extension().string()));
}

std::vector<std::string> DocumentsUnder(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code error;
  for (fs::recursive_directory_iterator it(
           dir, fs::directory_options::skip_permission_denied, error), end;
       !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error) && IsDocumentFile(it->path())) {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<std::string> ExpandDocumentPaths(
    const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> found = DocumentsUnder(path);
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(path);
    }
  }
  return files;
}

absl::StatusOr<std::string> ReadFileBytes(const std::string& path,
                                          int64_t max_bytes) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    return absl::FailedPreconditionError("is a directory");
  }
  const std::uintmax_t size = fs::file_size(path, error);
  if (!error && size > static_cast<std::uintmax_t>(max_bytes)) {
    return absl::ResourceExhaustedError(
        absl::StrCat("content is ", size, " bytes, over the limit of ",
                     max_bytes, " bytes"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int saved = errno;
    const std::string reason = std::strerror(saved);
    if (saved == ENOENT) return absl::NotFoundError(reason);
    if (saved == EACCES) return absl::PermissionDeniedError(reason);
    return absl::FailedPreconditionError(reason);
  }
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  if (in.bad()) {
    return absl::DataLossError(absl::StrCat("read failed: ", std::strerror(errno)));
  }
  return bytes;
}

}  // namespace amicus::cli
