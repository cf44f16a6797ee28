#include "server/serve.h"

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "grpc/health/v1/health.pb.h"
#include "grpcpp/ext/proto_server_reflection_plugin.h"
#include "grpcpp/health_check_service_interface.h"
#include "server/log.h"
#include "server/registered_services.h"
#include "server/shutdown_signal.h"

namespace amicus::server {
namespace {

// "127.0.0.1:0" + 41234 -> "127.0.0.1:41234"; "[::]:0" keeps its brackets.
std::string BoundAddress(const std::string& listen, int port) {
  const std::string::size_type colon = listen.rfind(':');
  return absl::StrCat(listen.substr(0, colon), ":", port);
}

void MarkServing(grpc::Server& server, const std::vector<std::string>& names,
                 bool serving = true) {
  grpc::HealthCheckServiceInterface* health = server.GetHealthCheckService();
  if (health == nullptr) return;
  health->SetServingStatus(serving);
  for (const std::string& name : names) health->SetServingStatus(name, serving);
}

void Drain(grpc::Server& server, const ServeOptions& options,
           const std::function<void()>& before_drain) {
  // Load balancers stop routing here before the listener goes away.
  if (grpc::HealthCheckServiceInterface* health =
          server.GetHealthCheckService()) {
    health->Shutdown();
  }
  if (before_drain) before_drain();
  server.Shutdown(absl::ToChronoTime(absl::Now() + options.drain_timeout));
  server.Wait();
}

}  // namespace

absl::Status Serve(const ServeOptions& options,
                   const std::vector<grpc::Service*>& services,
                   const std::function<void()>& before_drain) {
  if (options.listen.rfind(':') == std::string::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        "cannot listen on ", options.listen, ": expected HOST:PORT"));
  }
  // Reflection can only describe what the protobuf pool knows; gRPC's
  // health service does not register its schema there itself.
  (void)grpc::health::v1::HealthCheckResponse::descriptor();
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  absl::StatusOr<std::unique_ptr<ShutdownSignal>> signal =
      ShutdownSignal::Install();
  if (!signal.ok()) return signal.status();

  absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials =
      BuildServerCredentials(options.security);
  if (!credentials.ok()) return credentials.status();

  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(options.listen, *credentials, &port);
  ApplyLimits(options.limits, builder);
  // gRPC binds with SO_REUSEPORT by default, which would let a second server
  // silently share the port (and the traffic) instead of failing.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  for (grpc::Service* service : services) builder.RegisterService(service);
  std::vector<std::string> service_names;
  builder.SetOption(RecordServiceNames(&service_names));

  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    if (server != nullptr) server->Shutdown();
    return absl::UnavailableError(absl::StrCat(
        "cannot listen on ", options.listen, ": address in use?"));
  }
  // gRPC's default health service starts out SERVING; with something left
  // to prepare, say NOT_SERVING before anything is logged or prepared.
  MarkServing(*server, service_names, /*serving=*/!options.prepare);
  const std::string address = BoundAddress(options.listen, port);
  LogLine(absl::StrCat(options.name, ": listening on ", address,
                       options.description.empty() ? "" : " ",
                       options.description, " ",
                       DescribeSecurity(options.security),
                       " max_concurrent_streams=",
                       options.limits.max_concurrent_streams));
  if (options.on_listening) options.on_listening(address);

  absl::Notification stop_preparing;
  absl::Status prepared;
  std::atomic<bool> prepare_failed{false};
  std::thread preparing;
  if (options.prepare || options.watch) {
    preparing = std::thread([&] {
      if (options.prepare) {
        prepared = options.prepare(stop_preparing);
        if (stop_preparing.HasBeenNotified()) return;
        if (!prepared.ok()) {
          prepare_failed = true;
          ShutdownSignal::Trigger();
          return;
        }
        MarkServing(*server, service_names);
      }
      if (!options.watch) return;
      absl::Status watched = options.watch(stop_preparing);
      if (watched.ok() || stop_preparing.HasBeenNotified()) return;
      MarkServing(*server, service_names, /*serving=*/false);
      LogLine(absl::StrCat(options.name, ": health NOT_SERVING: ",
                           watched.message()));
    });
  }

  const char* cause = (*signal)->Wait();
  if (preparing.joinable()) {
    if (!prepare_failed) stop_preparing.Notify();
    preparing.join();
  }
  if (prepare_failed) {
    // Nothing was served but health checks: no drain to wait for.
    Drain(*server, options, before_drain);
    LogLine(absl::StrCat(options.name, ": stopped"));
    return prepared;
  }
  LogLine(absl::StrFormat("%s: %s received, draining for up to %s",
                          options.name, cause,
                          absl::FormatDuration(options.drain_timeout)));
  Drain(*server, options, before_drain);
  LogLine(absl::StrCat(options.name, ": stopped"));
  return absl::OkStatus();
}

void RequestShutdown() { ShutdownSignal::Trigger(); }

}  // namespace amicus::server
