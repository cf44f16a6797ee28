#include "tests/cluster/nats_cluster.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "tests/cluster/jetstream_client.h"

namespace amicus::testing {
namespace {

// A port nothing listens on now. The cluster keeps it for the node's whole
// life, so a restarted node is found at the same address by its peers.
absl::StatusOr<int> FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return absl::InternalError("socket failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof(address);
  int port = -1;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  close(fd);
  if (port < 0) return absl::InternalError("no free port on 127.0.0.1");
  return port;
}

absl::Status WaitForLogLine(Subprocess& process, const std::string& line,
                            absl::Duration timeout) {
  absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    if (process.Stderr().find(line) != std::string::npos) return absl::OkStatus();
    if (process.Wait(absl::ZeroDuration()).ok()) {
      return absl::FailedPreconditionError("nats-server exited: " + process.Stderr());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return absl::DeadlineExceededError("no '" + line + "' line: " + process.Stderr());
}

}  // namespace

std::string NatsServerBinary() {
  const char* configured = std::getenv("AMICUS_NATS_SERVER");
  return configured != nullptr ? configured : "/usr/sbin/nats-server";
}

absl::StatusOr<std::unique_ptr<NatsCluster>> NatsCluster::Start(int nodes) {
  if (access(NatsServerBinary().c_str(), X_OK) != 0) {
    return absl::FailedPreconditionError(
        NatsServerBinary() + " not found: scripts/install-deps installs nats-server");
  }
  std::unique_ptr<NatsCluster> cluster(new NatsCluster());
  char dir_template[] = "/tmp/amicus-nats-XXXXXX";
  if (mkdtemp(dir_template) == nullptr) return absl::InternalError("mkdtemp failed");
  cluster->dir_ = dir_template;
  cluster->nodes_.resize(nodes);
  for (int i = 0; i < nodes; ++i) {
    Node& node = cluster->nodes_[i];
    node.name = absl::StrCat("n", i);
    node.config_path = absl::StrCat(cluster->dir_, "/", node.name, ".conf");
    for (int* port : {&node.client_port, &node.cluster_port}) {
      absl::StatusOr<int> free = FreePort();
      if (!free.ok()) return free.status();
      *port = *free;
    }
  }
  for (const Node& node : cluster->nodes_) {
    if (absl::Status written = cluster->WriteConfig(node); !written.ok()) return written;
  }
  for (int i = 0; i < nodes; ++i) {
    if (absl::Status started = cluster->Restart(i); !started.ok()) return started;
  }
  return cluster;
}

NatsCluster::~NatsCluster() {
  for (Node& node : nodes_) node.process.reset();  // SIGKILL, then reaped
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
}

absl::Status NatsCluster::WriteConfig(const Node& node) const {
  std::vector<std::string> routes;
  for (const Node& peer : nodes_) {
    if (&peer != &node) routes.push_back(absl::StrCat("nats://127.0.0.1:", peer.cluster_port));
  }
  std::ofstream out(node.config_path);
  out << "server_name: " << node.name << "\n"
      << "listen: 127.0.0.1:" << node.client_port << "\n"
      << "max_payload: 20MB\n"
      << "jetstream {\n  store_dir: \"" << dir_ << "/" << node.name << "\"\n}\n"
      << "cluster {\n  name: amicus-test\n  listen: 127.0.0.1:" << node.cluster_port
      << "\n  routes: [\n    " << absl::StrJoin(routes, "\n    ") << "\n  ]\n}\n";
  out.close();
  if (!out) return absl::InternalError("cannot write " + node.config_path);
  return absl::OkStatus();
}

std::string NatsCluster::Url(int node) const {
  return absl::StrCat("nats://127.0.0.1:", nodes_[node].client_port);
}

std::string NatsCluster::Urls() const {
  std::vector<std::string> urls;
  for (int i = 0; i < size(); ++i) urls.push_back(Url(i));
  return absl::StrJoin(urls, ",");
}

std::string NatsCluster::ServerName(int node) const { return nodes_[node].name; }

int NatsCluster::NodeNamed(const std::string& server_name) const {
  for (int i = 0; i < size(); ++i) {
    if (nodes_[i].name == server_name) return i;
  }
  return -1;
}

absl::Status NatsCluster::Kill(int node) {
  Node& n = nodes_[node];
  if (n.process == nullptr) return absl::FailedPreconditionError(n.name + " is not running");
  absl::StatusOr<int> code = n.process->Kill(absl::Seconds(30));
  past_logs_.push_back(n.name + ": " + n.process->Stderr());
  n.process.reset();
  return code.status();
}

absl::Status NatsCluster::Stop(int node) {
  Node& n = nodes_[node];
  if (n.process == nullptr) return absl::FailedPreconditionError(n.name + " is not running");
  absl::StatusOr<int> code = n.process->Terminate(absl::Seconds(30));
  past_logs_.push_back(n.name + ": " + n.process->Stderr());
  n.process.reset();
  return code.status();
}

absl::Status NatsCluster::Restart(int node) {
  Node& n = nodes_[node];
  if (n.process != nullptr) return absl::FailedPreconditionError(n.name + " is running");
  absl::StatusOr<std::unique_ptr<Subprocess>> process =
      Subprocess::Start({NatsServerBinary(), "-c", n.config_path});
  if (!process.ok()) return process.status();
  n.process = *std::move(process);
  return WaitForLogLine(*n.process, "Server is ready", absl::Seconds(30));
}

absl::Status NatsCluster::StopAll() {
  for (int i = 0; i < size(); ++i) {
    if (!Running(i)) continue;
    if (absl::Status stopped = Stop(i); !stopped.ok()) return stopped;
  }
  return absl::OkStatus();
}

absl::Status NatsCluster::RestartAll() {
  // All at once: a node alone cannot elect a meta leader, and waiting for
  // "ready" node by node would not let the others start.
  for (int i = 0; i < size(); ++i) {
    if (Running(i)) continue;
    absl::StatusOr<std::unique_ptr<Subprocess>> process =
        Subprocess::Start({NatsServerBinary(), "-c", nodes_[i].config_path});
    if (!process.ok()) return process.status();
    nodes_[i].process = *std::move(process);
  }
  for (Node& n : nodes_) {
    absl::Status ready = WaitForLogLine(*n.process, "Server is ready", absl::Seconds(30));
    if (!ready.ok()) return ready;
  }
  return absl::OkStatus();
}

absl::Status NatsCluster::WaitForMetaLeader(absl::Duration timeout) const {
  absl::StatusOr<std::unique_ptr<JetStreamClient>> client = JetStreamClient::Connect(Urls());
  if (!client.ok()) return client.status();
  absl::Time deadline = absl::Now() + timeout;
  absl::Status last = absl::DeadlineExceededError("no JetStream meta leader");
  while (absl::Now() < deadline) {
    jsAccountInfo* info = nullptr;
    jsErrCode code = static_cast<jsErrCode>(0);
    jsOptions options;
    jsOptions_Init(&options);
    options.Wait = 1000;
    natsStatus status = js_GetAccountInfo(&info, (*client)->js(), &options, &code);
    jsAccountInfo_Destroy(info);
    if (status == NATS_OK) return absl::OkStatus();
    last = NatsError("JetStream account info", status, code);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return absl::DeadlineExceededError(absl::StrCat(
      "no JetStream meta leader within ", absl::FormatDuration(timeout), ": ",
      last.message()));
}

std::string NatsCluster::Log(int node) const {
  std::string log;
  for (const std::string& past : past_logs_) {
    if (past.rfind(nodes_[node].name + ": ", 0) == 0) absl::StrAppend(&log, past, "\n");
  }
  if (nodes_[node].process) absl::StrAppend(&log, nodes_[node].process->Stderr());
  return log;
}

}  // namespace amicus::testing
