#ifndef AMICUS_SERVER_GRPC_STATUS_H_
#define AMICUS_SERVER_GRPC_STATUS_H_

#include "absl/status/status.h"
#include "grpcpp/support/status.h"

namespace amicus::server {

// Same code (the canonical codes coincide) and message.
grpc::Status ToGrpcStatus(const absl::Status& status);

}  // namespace amicus::server

#endif  // AMICUS_SERVER_GRPC_STATUS_H_
