#include "cli/wire_json.h"

#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "cli/json_printer.h"

namespace amicus::cli {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;

namespace {

// Wire types of the encoding.
constexpr int kVarint = 0;
constexpr int kFixed32 = 5;
constexpr int kLength = 2;

enum class Kind { kNone, kString, kInt32, kInt64, kFloat, kEnum, kMessage, kTimestamp };

int WireTypeOf(Kind kind) {
  switch (kind) {
    case Kind::kFloat:
      return kFixed32;
    case Kind::kInt32:
    case Kind::kInt64:
    case Kind::kEnum:
      return kVarint;
    default:
      return kLength;
  }
}

// Reads a varint of at most 10 bytes (what a serializer writes; the
// parser's view of longer ones does not matter: they go to it).
bool ReadVarint(const uint8_t** p, const uint8_t* end, uint64_t* value) {
  uint64_t result = 0;
  for (int shift = 0; shift < 70 && *p < end; shift += 7) {
    const uint8_t byte = *(*p)++;
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (byte < 0x80) {
      *value = result;
      return true;
    }
  }
  return false;
}

bool ReadLength(const uint8_t** p, const uint8_t* end, absl::string_view* bytes) {
  uint64_t size;
  if (!ReadVarint(p, end, &size) || size > static_cast<uint64_t>(end - *p)) {
    return false;
  }
  *bytes = absl::string_view(reinterpret_cast<const char*>(*p), size);
  *p += size;
  return true;
}

}  // namespace

struct WireJsonPrinter::Message {
  struct Field {
    Kind kind = Kind::kNone;
    int wire_type = 0;
    bool repeated = false;
    std::string key;  // "\"jsonName\":"
    // Enums: "\"NAME\"" by number; others print by number.
    absl::flat_hash_map<int, std::string> enum_names;
    const Message* message = nullptr;  // kMessage
  };
  // Indexed by field number (kNone where the type has none).
  std::vector<Field> fields;
  std::vector<std::unique_ptr<Message>> owned;
};

namespace {

using Message = WireJsonPrinter::Message;

// The plan for `type`, or null where it has a field this printer does not
// print: maps, groups, other scalar kinds, repeated scalars (which may come
// packed), proto3 `optional`, well-known types other than Timestamp,
// recursion, or field numbers too large for a table.
std::unique_ptr<Message> Plan(const Descriptor* type, int depth) {
  constexpr int kMaxFieldNumber = 64;
  if (depth > 8 || type->file()->package() == "google.protobuf") return nullptr;
  auto plan = std::make_unique<Message>();
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    if (field->number() > kMaxFieldNumber || field->is_map()) return nullptr;
    Message::Field entry;
    entry.repeated = field->is_repeated();
    switch (field->type()) {
      case FieldDescriptor::TYPE_STRING: entry.kind = Kind::kString; break;
      case FieldDescriptor::TYPE_INT32: entry.kind = Kind::kInt32; break;
      case FieldDescriptor::TYPE_INT64: entry.kind = Kind::kInt64; break;
      case FieldDescriptor::TYPE_FLOAT: entry.kind = Kind::kFloat; break;
      case FieldDescriptor::TYPE_ENUM: entry.kind = Kind::kEnum; break;
      case FieldDescriptor::TYPE_MESSAGE: entry.kind = Kind::kMessage; break;
      default: return nullptr;
    }
    const bool scalar = entry.kind != Kind::kString && entry.kind != Kind::kMessage;
    if (scalar && entry.repeated) return nullptr;
    if (!entry.repeated && entry.kind != Kind::kMessage && field->has_presence()) {
      return nullptr;
    }
    entry.wire_type = WireTypeOf(entry.kind);
    entry.key.push_back('"');
    AppendJsonEscaped(field->json_name(), &entry.key);
    entry.key.append("\":");
    if (entry.kind == Kind::kEnum) {
      entry.enum_names = EnumJsonNames(field->enum_type());
    }
    if (entry.kind == Kind::kMessage) {
      if (field->message_type()->full_name() == "google.protobuf.Timestamp") {
        if (entry.repeated) return nullptr;
        entry.kind = Kind::kTimestamp;
      } else {
        std::unique_ptr<Message> nested = Plan(field->message_type(), depth + 1);
        if (nested == nullptr) return nullptr;
        entry.message = nested.get();
        plan->owned.push_back(std::move(nested));
      }
    }
    if (plan->fields.size() <= static_cast<size_t>(field->number())) {
      plan->fields.resize(field->number() + 1);
    }
    plan->fields[field->number()] = std::move(entry);
  }
  return plan;
}

// A Timestamp's fields (seconds, nanos) in canonical form.
bool AppendTimestampWire(absl::string_view wire, std::string* out) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(wire.data());
  const uint8_t* end = p + wire.size();
  uint64_t seconds = 0, nanos = 0;
  int last = 0;
  while (p < end) {
    uint64_t tag;
    if (!ReadVarint(&p, end, &tag)) return false;
    const uint64_t number = tag >> 3;
    if ((tag & 7) != kVarint || number <= static_cast<uint64_t>(last) || number > 2) {
      return false;
    }
    last = static_cast<int>(number);
    if (!ReadVarint(&p, end, number == 1 ? &seconds : &nanos)) return false;
  }
  return AppendJsonTimestamp(static_cast<int64_t>(seconds),
                             static_cast<int32_t>(nanos), out);
}

// Ill-formed UTF-8 fails (protobuf does not parse it in a proto3 string);
// the caller drops what was appended.
bool AppendString(absl::string_view text, std::string* out) {
  out->push_back('"');
  if (!AppendWellFormedJsonEscaped(text, out)) return false;
  out->push_back('"');
  return true;
}

bool AppendMessage(const Message& plan, absl::string_view wire, std::string* out);

// One value of `field` read at `*p`; `*skip` when a singular scalar holds
// its default (proto3 prints none).
bool AppendValue(const Message::Field& field, const uint8_t** p,
                 const uint8_t* end, bool* skip, std::string* out) {
  *skip = false;
  switch (field.kind) {
    case Kind::kInt32:
    case Kind::kInt64:
    case Kind::kEnum: {
      uint64_t raw;
      if (!ReadVarint(p, end, &raw)) return false;
      if (field.kind == Kind::kInt64) {
        if (raw == 0) return *skip = true;
        absl::StrAppend(out, "\"", static_cast<int64_t>(raw), "\"");
        return true;
      }
      const int32_t value = static_cast<int32_t>(raw);
      if (value == 0) return *skip = true;
      if (field.kind == Kind::kEnum) {
        if (auto it = field.enum_names.find(value); it != field.enum_names.end()) {
          out->append(it->second);
          return true;
        }
      }
      absl::StrAppend(out, value);
      return true;
    }
    case Kind::kFloat: {
      if (end - *p < 4) return false;
      uint32_t bits;
      std::memcpy(&bits, *p, 4);  // little-endian, as x86 is
      *p += 4;
      if (bits == 0) return *skip = true;  // -0 has bits and is printed
      float value;
      std::memcpy(&value, &bits, 4);
      AppendJsonFloat(value, out);
      return true;
    }
    case Kind::kString: {
      absl::string_view text;
      if (!ReadLength(p, end, &text)) return false;
      if (text.empty() && !field.repeated) return *skip = true;
      return AppendString(text, out);
    }
    case Kind::kMessage:
    case Kind::kTimestamp: {
      absl::string_view nested;
      if (!ReadLength(p, end, &nested)) return false;
      return field.kind == Kind::kTimestamp
                 ? AppendTimestampWire(nested, out)
                 : AppendMessage(*field.message, nested, out);
    }
    case Kind::kNone:
      break;
  }
  return false;
}

bool AppendMessage(const Message& plan, absl::string_view wire, std::string* out) {
  const uint8_t* p = reinterpret_cast<const uint8_t*>(wire.data());
  const uint8_t* end = p + wire.size();
  out->push_back('{');
  bool first = true;
  uint64_t last = 0;
  // The repeated field whose elements are being printed, its array open.
  uint64_t open_list = 0;
  while (p < end) {
    uint64_t tag;
    if (!ReadVarint(&p, end, &tag)) return false;
    const uint64_t number = tag >> 3;
    if (number >= plan.fields.size()) return false;
    const Message::Field& field = plan.fields[number];
    if (field.kind == Kind::kNone || static_cast<int>(tag & 7) != field.wire_type) {
      return false;
    }
    bool skip;
    if (number == open_list) {
      out->push_back(',');
      if (!AppendValue(field, &p, end, &skip, out)) return false;
      continue;
    }
    // Out of order, or a singular field twice (the parser would merge or
    // replace): the parser's answer is the one to print.
    if (number <= last) return false;
    last = number;
    if (open_list != 0) {
      out->push_back(']');
      open_list = 0;
    }
    const size_t before = out->size();
    if (!first) out->push_back(',');
    out->append(field.key);
    if (field.repeated) {
      out->push_back('[');
      open_list = number;
    }
    if (!AppendValue(field, &p, end, &skip, out)) return false;
    if (skip) {
      out->resize(before);
      continue;
    }
    first = false;
  }
  if (open_list != 0) out->push_back(']');
  out->push_back('}');
  return true;
}

}  // namespace

WireJsonPrinter::WireJsonPrinter(const Descriptor* type) : root_(Plan(type, 0)) {}
WireJsonPrinter::~WireJsonPrinter() = default;

bool WireJsonPrinter::Append(absl::string_view wire, std::string* out) const {
  if (root_ == nullptr) return false;
  const size_t before = out->size();
  if (AppendMessage(*root_, wire, out)) return true;
  out->resize(before);
  return false;
}

}  // namespace amicus::cli
