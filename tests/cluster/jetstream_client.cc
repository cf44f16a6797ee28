#include "tests/cluster/jetstream_client.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace amicus::testing {

absl::Status NatsError(const char* what, natsStatus status, jsErrCode code) {
  std::string message = absl::StrCat(what, ": ", natsStatus_GetText(status));
  if (code != 0) absl::StrAppend(&message, " (JetStream error ", code, ")");
  return status == NATS_TIMEOUT ? absl::DeadlineExceededError(message)
                                : absl::UnavailableError(message);
}

absl::StatusOr<std::unique_ptr<JetStreamClient>> JetStreamClient::Connect(
    const std::string& urls) {
  std::vector<std::string> list = absl::StrSplit(urls, ',');
  std::vector<const char*> servers;
  for (const std::string& url : list) servers.push_back(url.c_str());
  natsOptions* options = nullptr;
  natsStatus status = natsOptions_Create(&options);
  if (status == NATS_OK) {
    status = natsOptions_SetServers(options, servers.data(),
                                    static_cast<int>(servers.size()));
  }
  if (status == NATS_OK) status = natsOptions_SetMaxReconnect(options, -1);
  if (status == NATS_OK) status = natsOptions_SetReconnectWait(options, 100);
  if (status == NATS_OK) status = natsOptions_SetTimeout(options, 2000);
  std::unique_ptr<JetStreamClient> client(new JetStreamClient());
  if (status == NATS_OK) status = natsConnection_Connect(&client->connection_, options);
  natsOptions_Destroy(options);
  if (status != NATS_OK) return NatsError(urls.c_str(), status);
  status = natsConnection_JetStream(&client->js_, client->connection_, nullptr);
  if (status != NATS_OK) return NatsError("JetStream context", status);
  return client;
}

JetStreamClient::~JetStreamClient() {
  jsCtx_Destroy(js_);
  natsConnection_Destroy(connection_);
}

absl::Status JetStreamClient::AddStream(const std::string& name,
                                        const std::string& subjects,
                                        int replicas) {
  jsStreamConfig config;
  jsStreamConfig_Init(&config);
  config.Name = name.c_str();
  const char* subject_list[] = {subjects.c_str()};
  config.Subjects = subject_list;
  config.SubjectsLen = 1;
  config.Storage = js_FileStorage;
  config.Replicas = replicas;
  jsStreamInfo* info = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus status = js_AddStream(&info, js_, &config, nullptr, &code);
  jsStreamInfo_Destroy(info);
  if (status != NATS_OK) return NatsError("add stream", status, code);
  return absl::OkStatus();
}

absl::StatusOr<StreamState> JetStreamClient::State(const std::string& name) {
  jsStreamInfo* info = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus status = js_GetStreamInfo(&info, js_, name.c_str(), nullptr, &code);
  if (status != NATS_OK) return NatsError("stream info", status, code);
  StreamState state;
  state.messages = info->State.Msgs;
  state.last_sequence = info->State.LastSeq;
  if (info->Cluster != nullptr) {
    if (info->Cluster->Leader != nullptr) state.leader = info->Cluster->Leader;
    state.replicas = info->Cluster->ReplicasLen;
    for (int i = 0; i < info->Cluster->ReplicasLen; ++i) {
      const jsPeerInfo* peer = info->Cluster->Replicas[i];
      if (peer->Current && !peer->Offline) ++state.current_replicas;
    }
  }
  jsStreamInfo_Destroy(info);
  return state;
}

absl::StatusOr<uint64_t> JetStreamClient::Publish(const std::string& subject,
                                                  const std::string& payload,
                                                  const std::string& message_id,
                                                  absl::Duration timeout) {
  jsPubOptions options;
  jsPubOptions_Init(&options);
  options.MsgId = message_id.c_str();
  options.MaxWait = absl::ToInt64Milliseconds(timeout);
  jsPubAck* ack = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  natsStatus status =
      js_Publish(&ack, js_, subject.c_str(), payload.data(),
                 static_cast<int>(payload.size()), &options, &code);
  if (status != NATS_OK) return NatsError("publish", status, code);
  uint64_t sequence = ack->Sequence;
  jsPubAck_Destroy(ack);
  return sequence;
}

}  // namespace amicus::testing
