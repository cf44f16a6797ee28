#include "server/nats/nats_status.h"

#include <string>

#include "absl/strings/str_cat.h"

namespace amicus::nats {
namespace {

absl::StatusCode CodeFor(natsStatus status, jsErrCode js_error) {
  switch (js_error) {
    case JSStreamWrongLastSequenceErr:
      return absl::StatusCode::kFailedPrecondition;
    case JSNoMessageFoundErr:
    case JSStreamNotFoundErr:
      return absl::StatusCode::kNotFound;
    case JSStreamMessageExceedsMaximumErr:
      return absl::StatusCode::kResourceExhausted;
    case JSClusterNotAvailErr:
    case JSClusterNotLeaderErr:
    case JSClusterNoPeersErr:
    case JSInsufficientResourcesErr:
      return absl::StatusCode::kUnavailable;
    default:
      break;
  }
  switch (status) {
    case NATS_TIMEOUT:
      return absl::StatusCode::kDeadlineExceeded;
    case NATS_CONNECTION_CLOSED:
    case NATS_CONNECTION_DISCONNECTED:
    case NATS_NO_SERVER:
    case NATS_NOT_YET_CONNECTED:
    case NATS_STALE_CONNECTION:
    case NATS_NO_RESPONDERS:
    case NATS_IO_ERROR:
    case NATS_INSUFFICIENT_BUFFER:
      return absl::StatusCode::kUnavailable;
    case NATS_MAX_PAYLOAD:
      return absl::StatusCode::kResourceExhausted;
    case NATS_NOT_FOUND:
      return absl::StatusCode::kNotFound;
    case NATS_CONNECTION_AUTH_FAILED:
    case NATS_NOT_PERMITTED:
      return absl::StatusCode::kPermissionDenied;
    default:
      return absl::StatusCode::kInternal;
  }
}

}  // namespace

absl::Status FromNats(natsStatus status, jsErrCode js_error,
                      absl::string_view action) {
  if (status == NATS_OK) return absl::OkStatus();
  std::string message = absl::StrCat(action, ": ", natsStatus_GetText(status));
  natsStatus last = NATS_OK;
  const char* detail = nats_GetLastError(&last);
  if (detail != nullptr && *detail != '\0' && last == status) {
    absl::StrAppend(&message, " (", detail, ")");
  }
  if (js_error != 0) {
    absl::StrAppend(&message, " [jsErrCode ", static_cast<int>(js_error), "]");
  }
  return absl::Status(CodeFor(status, js_error), message);
}

}  // namespace amicus::nats
