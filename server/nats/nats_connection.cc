#include "server/nats/nats_connection.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "server/log.h"
#include "server/nats/nats_status.h"

namespace amicus::nats {
namespace {

const char* StateName(natsConnStatus status) {
  switch (status) {
    case NATS_CONN_STATUS_CONNECTED:
      return "connected";
    case NATS_CONN_STATUS_CONNECTING:
      return "connecting";
    case NATS_CONN_STATUS_RECONNECTING:
      return "reconnecting";
    case NATS_CONN_STATUS_CLOSED:
      return "closed";
    default:
      return "disconnected";
  }
}

std::string ConnectedUrl(natsConnection* connection) {
  char url[256] = "";
  natsConnection_GetConnectedUrl(connection, url, sizeof(url));
  return url;
}

}  // namespace

absl::StatusOr<std::unique_ptr<NatsConnection>> NatsConnection::Connect(
    NatsConnectionOptions options) {
  std::unique_ptr<NatsConnection> connection(
      new NatsConnection(std::move(options)));
  if (absl::Status s = connection->Open(); !s.ok()) return s;
  return connection;
}

absl::Status NatsConnection::Open() {
  std::vector<std::string> urls;
  for (absl::string_view url : absl::StrSplit(options_.urls, ',')) {
    url = absl::StripAsciiWhitespace(url);
    if (!url.empty()) urls.emplace_back(url);
  }
  if (urls.empty()) {
    return absl::InvalidArgumentError(
        "no NATS server URL given (--nats=nats://HOST:PORT[,...])");
  }
  std::vector<const char*> servers;
  for (const std::string& url : urls) servers.push_back(url.c_str());

  const int64_t wait_ms = absl::ToInt64Milliseconds(options_.reconnect_wait);
  natsStatus s = natsOptions_Create(&nats_options_);
  if (s == NATS_OK) {
    s = natsOptions_SetServers(nats_options_, servers.data(),
                               static_cast<int>(servers.size()));
  }
  if (s == NATS_OK)
    s = natsOptions_SetName(nats_options_, options_.name.c_str());
  if (s == NATS_OK) {
    s = natsOptions_SetTimeout(
        nats_options_, absl::ToInt64Milliseconds(options_.request_timeout));
  }
  if (s == NATS_OK) s = natsOptions_SetMaxReconnect(nats_options_, -1);
  if (s == NATS_OK) s = natsOptions_SetReconnectWait(nats_options_, wait_ms);
  // With the server gone, a publish would sit in the reconnect buffer and
  // reach the log after its caller was told it failed; callers check
  // IsConnected() first, and the smallest buffer keeps a publish that races
  // a disconnect from being held for long.
  if (s == NATS_OK) s = natsOptions_SetReconnectBufSize(nats_options_, 1);
  if (s == NATS_OK) {
    s = natsOptions_SetRetryOnFailedConnect(nats_options_, true, OnConnected,
                                            this);
  }
  if (s == NATS_OK) {
    s = natsOptions_SetDisconnectedCB(nats_options_, OnDisconnected, this);
  }
  if (s == NATS_OK) {
    s = natsOptions_SetReconnectedCB(nats_options_, OnReconnected, this);
  }
  if (s == NATS_OK) s = natsOptions_SetClosedCB(nats_options_, OnClosed, this);
  if (s != NATS_OK) {
    return FromNats(s, static_cast<jsErrCode>(0),
                    absl::StrCat("NATS options for ", options_.urls));
  }

  s = natsConnection_Connect(&connection_, nats_options_);
  if (s == NATS_OK) {
    server::LogLine(absl::StrCat(options_.name, ": connected to NATS at ",
                                 ConnectedUrl(connection_)));
  } else if (s == NATS_NOT_YET_CONNECTED) {
    server::LogLine(absl::StrCat(
        options_.name, ": NATS not reachable yet at ", options_.urls,
        "; retrying every ", absl::FormatDuration(options_.reconnect_wait)));
  } else {
    return FromNats(s, static_cast<jsErrCode>(0),
                    absl::StrCat("connecting to NATS at ", options_.urls));
  }

  jsOptions js_options;
  jsOptions_Init(&js_options);
  js_options.Wait = absl::ToInt64Milliseconds(options_.request_timeout);
  js_options.PublishAsync.MaxPending = options_.max_pending_async;
  if (options_.on_publish_ack) {
    js_options.PublishAsync.AckHandler = OnPublishAck;
    js_options.PublishAsync.AckHandlerClosure = this;
  }
  s = natsConnection_JetStream(&jetstream_, connection_, &js_options);
  return FromNats(s, static_cast<jsErrCode>(0), "creating JetStream context");
}

NatsConnection::~NatsConnection() {
  {
    absl::WriterMutexLock lock(&callback_mu_);
    closing_ = true;  // callbacks from now on touch nothing but this object
  }
  if (connection_ != nullptr) {
    // nats.c calls back on its own threads, also after Destroy returns;
    // the closed callback comes last, so this object stays until then.
    natsConnection_Close(connection_);
    closed_.WaitForNotificationWithTimeout(options_.request_timeout);
  }
  jsCtx_Destroy(jetstream_);
  natsConnection_Destroy(connection_);
  natsOptions_Destroy(nats_options_);
}

bool NatsConnection::IsConnected() const {
  return connection_ != nullptr &&
         natsConnection_Status(connection_) == NATS_CONN_STATUS_CONNECTED;
}

absl::Status NatsConnection::Unreachable() const {
  const char* state = connection_ == nullptr
                          ? "not connected"
                          : StateName(natsConnection_Status(connection_));
  return absl::UnavailableError(
      absl::StrCat("NATS unreachable at ", options_.urls, ": ", state,
                   "; retry when the NATS servers are back"));
}

int64_t NatsConnection::MaxPayload() const {
  return connection_ == nullptr ? 0 : natsConnection_GetMaxPayload(connection_);
}

void NatsConnection::OnConnected(natsConnection* connection, void* self) {
  auto* me = static_cast<NatsConnection*>(self);
  absl::ReaderMutexLock lock(&me->callback_mu_);
  if (me->closing_) return;
  server::LogLine(absl::StrCat(me->options_.name, ": connected to NATS at ",
                               ConnectedUrl(connection)));
}

void NatsConnection::OnDisconnected(natsConnection*, void* self) {
  auto* me = static_cast<NatsConnection*>(self);
  absl::ReaderMutexLock lock(&me->callback_mu_);
  if (me->closing_) return;
  server::LogLine(absl::StrCat(me->options_.name,
                               ": disconnected from NATS; reconnecting to ",
                               me->options_.urls));
}

void NatsConnection::OnReconnected(natsConnection* connection, void* self) {
  auto* me = static_cast<NatsConnection*>(self);
  absl::ReaderMutexLock lock(&me->callback_mu_);
  if (me->closing_) return;
  server::LogLine(absl::StrCat(me->options_.name, ": reconnected to NATS at ",
                               ConnectedUrl(connection)));
}

void NatsConnection::OnPublishAck(jsCtx*, natsMsg* msg, jsPubAck* ack,
                                  jsPubAckErr* error, void* self) {
  auto* me = static_cast<NatsConnection*>(self);
  {
    absl::ReaderMutexLock lock(&me->callback_mu_);
    if (!me->closing_) me->options_.on_publish_ack(msg, ack, error);
  }
  natsMsg_Destroy(msg);
}

void NatsConnection::OnClosed(natsConnection*, void* self) {
  static_cast<NatsConnection*>(self)->closed_.Notify();
}

}  // namespace amicus::nats
