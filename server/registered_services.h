#ifndef AMICUS_SERVER_REGISTERED_SERVICES_H_
#define AMICUS_SERVER_REGISTERED_SERVICES_H_

#include <memory>
#include <string>
#include <vector>

#include "grpcpp/impl/server_builder_option.h"

namespace amicus::server {

// A ServerBuilder option that records the full names of every service the
// built server registered ("amicus.v1.IngestService"), so health status can
// be set per service without the caller repeating the names.
// `names` must outlive the BuildAndStart() call.
std::unique_ptr<grpc::ServerBuilderOption> RecordServiceNames(
    std::vector<std::string>* names);

}  // namespace amicus::server

#endif  // AMICUS_SERVER_REGISTERED_SERVICES_H_
