#ifndef AMICUS_TESTS_CLUSTER_NATS_CLUSTER_H_
#define AMICUS_TESTS_CLUSTER_NATS_CLUSTER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "tests/e2e/subprocess.h"

namespace amicus::testing {

// Path of the nats-server binary (Debian's package installs /usr/sbin).
std::string NatsServerBinary();

// A cluster of real nats-server processes with JetStream on 127.0.0.1. Each
// node has a config file, a store directory and client/cluster ports of its
// own, all fixed at Start(), so that a node killed or stopped comes back as
// the same JetStream peer with its data. Everything is removed on
// destruction.
class NatsCluster {
 public:
  static absl::StatusOr<std::unique_ptr<NatsCluster>> Start(int nodes = 3);
  ~NatsCluster();

  int size() const { return static_cast<int>(nodes_.size()); }
  // nats://127.0.0.1:PORT of one node, and of every node joined by commas
  // (the form of --nats).
  std::string Url(int node) const;
  std::string Urls() const;
  // The node's JetStream server name ("n0", "n1", ...).
  std::string ServerName(int node) const;
  // The index of the node named `server_name`, or -1.
  int NodeNamed(const std::string& server_name) const;

  // kill -9: a crash, nothing flushed or handed over.
  absl::Status Kill(int node);
  // SIGTERM: the server's own shutdown.
  absl::Status Stop(int node);
  // Starts a stopped or killed node again on its store and ports; returns
  // once it accepts clients (its JetStream may still be catching up).
  absl::Status Restart(int node);
  bool Running(int node) const { return nodes_[node].process != nullptr; }

  absl::Status StopAll();
  absl::Status RestartAll();

  // Waits until JetStream answers an account-info request through any node,
  // which in a cluster only happens once a meta leader is elected: before
  // that, stream creation and publishes fail.
  absl::Status WaitForMetaLeader(absl::Duration timeout) const;

  // The node's log (its stderr), for failure messages.
  std::string Log(int node) const;

 private:
  struct Node {
    std::string name;
    std::string config_path;
    int client_port = 0;
    int cluster_port = 0;
    std::unique_ptr<Subprocess> process;
  };

  NatsCluster() = default;
  absl::Status WriteConfig(const Node& node) const;

  std::string dir_;
  std::vector<Node> nodes_;
  // Logs of processes that were killed or stopped, so a failure message can
  // show what a node said before it went down.
  std::vector<std::string> past_logs_;
};

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_CLUSTER_NATS_CLUSTER_H_
