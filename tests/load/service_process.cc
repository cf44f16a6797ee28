#include "tests/load/service_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"

extern char** environ;

namespace amicus::load {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

absl::StatusOr<std::unique_ptr<ServiceProcess>> ServiceProcess::Start(
    const std::vector<std::string>& argv, const std::string& log_path) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null",
                                   O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return absl::InternalError(absl::StrCat("cannot start ", argv[0]));
  std::unique_ptr<ServiceProcess> process(new ServiceProcess(pid, log_path));
  absl::Status up = process->WaitForAddress(absl::Seconds(60));
  if (!up.ok()) return up;
  return process;
}

absl::Status ServiceProcess::WaitForAddress(absl::Duration timeout) {
  const std::string marker = "listening on ";
  const absl::Time give_up = absl::Now() + timeout;
  while (absl::Now() < give_up) {
    const std::string log = ReadAll(log_path_);
    const size_t at = log.find(marker);
    if (at != std::string::npos) {
      const size_t start = at + marker.size();
      const size_t end = log.find_first_not_of("0123456789.:", start);
      address_ = log.substr(start, end - start);
      return absl::OkStatus();
    }
    if (!Alive()) return absl::InternalError("service exited: " + log);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return absl::DeadlineExceededError("no 'listening on' line in " + log_path_);
}

bool ServiceProcess::Alive() const {
  if (!exited_ && waitpid(pid_, nullptr, WNOHANG) == pid_) exited_ = true;
  return !exited_;
}

int64_t ServiceProcess::PeakRssKib() const {
  std::istringstream status(ReadAll(absl::StrCat("/proc/", pid_, "/status")));
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) != 0) continue;
    std::istringstream fields(line.substr(6));
    int64_t kib = 0;
    fields >> kib;
    return kib;
  }
  return 0;
}

ServiceProcess::~ServiceProcess() {
  if (!Alive()) return;
  kill(pid_, SIGTERM);
  for (int i = 0; i < 300; ++i) {
    if (!Alive()) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
}

}  // namespace amicus::load
