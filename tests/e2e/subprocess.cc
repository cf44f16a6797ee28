#include "tests/e2e/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

extern char** environ;

namespace amicus::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

int ExitCode(int wait_status) {
  if (WIFEXITED(wait_status)) return WEXITSTATUS(wait_status);
  if (WIFSIGNALED(wait_status)) return 128 + WTERMSIG(wait_status);
  return -1;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Subprocess>> Subprocess::Start(
    const std::vector<std::string>& argv) {
  char dir_template[] = "/tmp/amicus-proc-XXXXXX";
  if (mkdtemp(dir_template) == nullptr) {
    return absl::InternalError("mkdtemp failed");
  }
  std::string dir = dir_template;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null",
                                   O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO,
                                   (dir + "/stdout").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO,
                                   (dir + "/stderr").c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    return absl::InternalError(absl::StrCat("cannot start ", argv[0]));
  }
  return std::unique_ptr<Subprocess>(new Subprocess(pid, dir));
}

Subprocess::~Subprocess() {
  if (!exited_) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  std::string command = "rm -rf '" + dir_ + "'";
  (void)!system(command.c_str());
}

absl::StatusOr<std::string> Subprocess::WaitForListenAddress(
    absl::Duration timeout) {
  const std::string marker = "listening on ";
  absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    std::string log = Stderr();
    size_t at = log.find(marker);
    if (at != std::string::npos) {
      size_t start = at + marker.size();
      size_t end = log.find_first_not_of("0123456789.:", start);
      if (end != std::string::npos) return log.substr(start, end - start);
    }
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exited_ = true;
      exit_code_ = ExitCode(status);
      return absl::FailedPreconditionError(
          absl::StrCat("exited with ", exit_code_, ": ", Stderr()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return absl::DeadlineExceededError("no 'listening on' line: " + Stderr());
}

absl::StatusOr<int> Subprocess::Wait(absl::Duration timeout) {
  absl::Time deadline = absl::Now() + timeout;
  while (!exited_ && absl::Now() < deadline) {
    int status;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exited_ = true;
      exit_code_ = ExitCode(status);
    }
    if (!exited_) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (exited_) return exit_code_;
  return absl::DeadlineExceededError("process did not exit");
}

absl::StatusOr<int> Subprocess::Terminate(absl::Duration timeout) {
  if (!exited_) kill(pid_, SIGTERM);
  return Wait(timeout);
}

absl::StatusOr<int> Subprocess::Kill(absl::Duration timeout) {
  if (!exited_) kill(pid_, SIGKILL);
  return Wait(timeout);
}

std::string Subprocess::Stdout() const { return ReadFile(dir_ + "/stdout"); }
std::string Subprocess::Stderr() const { return ReadFile(dir_ + "/stderr"); }

RunResult RunCommand(const std::vector<std::string>& argv, absl::Duration timeout) {
  RunResult result;
  auto process = Subprocess::Start(argv);
  if (!process.ok()) {
    result.err = std::string(process.status().message());
    return result;
  }
  absl::StatusOr<int> code = (*process)->Wait(timeout);
  result.exit_code = code.ok() ? *code : -1;
  result.out = (*process)->Stdout();
  result.err = (*process)->Stderr();
  return result;
}

}  // namespace amicus::testing
