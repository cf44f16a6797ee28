#include "query_service/filter_digest.h"

#include <openssl/sha.h>

#include <vector>

#include "store/key_codec.h"

namespace amicus::query {

uint64_t DigestBytes(absl::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
         digest);
  return store::DecodeSeq(absl::string_view(
      reinterpret_cast<const char*>(digest), sizeof(digest)));
}

void ClearEmptyMessageFields(google::protobuf::Message* message) {
  const google::protobuf::Reflection* reflection = message->GetReflection();
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  reflection->ListFields(*message, &fields);
  for (const google::protobuf::FieldDescriptor* field : fields) {
    if (field->is_repeated() ||
        field->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) {
      continue;
    }
    if (reflection->GetMessage(*message, field).ByteSizeLong() == 0) {
      reflection->ClearField(message, field);
    }
  }
}

}  // namespace amicus::query
