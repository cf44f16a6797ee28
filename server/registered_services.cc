#include "server/registered_services.h"

#include <utility>

#include "grpcpp/impl/server_builder_plugin.h"
#include "grpcpp/impl/server_initializer.h"
#include "grpcpp/support/channel_arguments.h"

namespace amicus::server {
namespace {

// gRPC exposes the registered service names only to builder plugins (server
// reflection learns them the same way).
class ServiceNamesPlugin : public grpc::ServerBuilderPlugin {
 public:
  explicit ServiceNamesPlugin(std::vector<std::string>* names)
      : names_(names) {}

  std::string name() override { return "amicus_service_names"; }
  void InitServer(grpc::ServerInitializer* si) override {
    *names_ = *si->GetServiceList();
  }
  void Finish(grpc::ServerInitializer*) override {}
  void ChangeArguments(const std::string&, void*) override {}

 private:
  std::vector<std::string>* names_;
};

class ServiceNamesOption : public grpc::ServerBuilderOption {
 public:
  explicit ServiceNamesOption(std::vector<std::string>* names)
      : names_(names) {}

  void UpdateArguments(grpc::ChannelArguments*) override {}
  void UpdatePlugins(std::vector<std::unique_ptr<grpc::ServerBuilderPlugin>>*
                         plugins) override {
    plugins->push_back(std::make_unique<ServiceNamesPlugin>(names_));
  }

 private:
  std::vector<std::string>* names_;
};

}  // namespace

std::unique_ptr<grpc::ServerBuilderOption> RecordServiceNames(
    std::vector<std::string>* names) {
  return std::make_unique<ServiceNamesOption>(names);
}

}  // namespace amicus::server
