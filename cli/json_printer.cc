#include "cli/json_printer.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "amicus/v1/records.pb.h"
#include "google/protobuf/reflection.h"
#include "google/protobuf/util/json_util.h"

namespace amicus::cli {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// protobuf's JsonEscaping (util/internal/json_escaping.cc in 3.21), what it
// writes for code points below U+00A0: "" for "as it is".
struct CommonEscapes {
  char text[0xa0][7] = {};
  CommonEscapes() {
    static const char kHex[] = "0123456789abcdef";
    for (int c = 0; c < 0xa0; ++c) {
      if (c < 0x20 || c >= 0x7f) {
        std::snprintf(text[c], sizeof(text[c]), "\\u00%c%c", kHex[c >> 4],
                      kHex[c & 0xf]);
      }
    }
    std::strcpy(text['\b'], "\\b");
    std::strcpy(text['\t'], "\\t");
    std::strcpy(text['\n'], "\\n");
    std::strcpy(text['\f'], "\\f");
    std::strcpy(text['\r'], "\\r");
    std::strcpy(text['"'], "\\\"");
    std::strcpy(text['\\'], "\\\\");
    std::strcpy(text['<'], "\\u003c");
    std::strcpy(text['>'], "\\u003e");
  }
};

const CommonEscapes& Escapes() {
  static const CommonEscapes* const kEscapes = new CommonEscapes();
  return *kEscapes;
}

void AppendHex4(uint32_t unit, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  char buffer[6] = {'\\', 'u', kHex[(unit >> 12) & 0xf], kHex[(unit >> 8) & 0xf],
                    kHex[(unit >> 4) & 0xf], kHex[unit & 0xf]};
  out->append(buffer, 6);
}

// Whether JsonEscaping writes a code point at or above U+00A0 as \uXXXX
// (invisible, formatting and separator characters); the rest go out as
// they are.
bool EscapesHigh(uint32_t cp) {
  switch (cp) {
    case 0xfeff:
    case 0xfff9:
    case 0xfffa:
    case 0xfffb:
    case 0x00ad:
    case 0x06dd:
    case 0x070f:
    case 0x17b4:
    case 0x17b5:
      return true;
    default:
      break;
  }
  return (cp >= 0x0600 && cp <= 0x0603) || (cp >= 0x200b && cp <= 0x200f) ||
         (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
         (cp >= 0x206a && cp <= 0x206f) || cp == 0xe0001 ||
         (cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0xe0020 && cp <= 0xe007f);
}

void AppendHighEscape(uint32_t cp, std::string* out) {
  if (cp < 0x10000) {
    AppendHex4(cp, out);
    return;
  }
  // A surrogate pair, as JsonEscaping writes it.
  AppendHex4(0xd800 + ((cp - 0x10000) >> 10), out);
  AppendHex4(0xdc00 + ((cp - 0x10000) & 0x3ff), out);
}

// Bytes the fast path must stop at: ASCII that gets escaped, and every
// byte of a multi-byte sequence.
struct StopBytes {
  bool stop[256] = {};
  StopBytes() {
    const CommonEscapes& escapes = Escapes();
    for (int c = 0; c < 256; ++c) {
      stop[c] = c >= 0x80 || escapes.text[c][0] != '\0';
    }
  }
};

const StopBytes& Stops() {
  static const StopBytes* const kStops = new StopBytes();
  return *kStops;
}

// "%.*g" with the C locale's radix, which the CLI never changes.
int PrintG(char* buffer, size_t size, int digits, double value) {
  return std::snprintf(buffer, size, "%.*g", digits, value);
}

// SimpleFtoa's FloatToBuffer: buffer holds at least 24 bytes. Its
// safe_strtof also wants errno untouched (a subnormal gets 9 digits).
int FloatToText(float value, char* buffer) {
  int size = PrintG(buffer, 24, 6, value);
  errno = 0;
  char* end = nullptr;
  const float parsed = std::strtof(buffer, &end);
  if (*end != '\0' || errno != 0 || parsed != value) {
    size = PrintG(buffer, 24, 9, value);
  }
  return size;
}

int DoubleToText(double value, char* buffer) {
  // Unlike floats, SimpleDtoa checks the value only, not errno.
  int size = PrintG(buffer, 32, 15, value);
  if (std::strtod(buffer, nullptr) != value) {
    size = PrintG(buffer, 32, 17, value);
  }
  return size;
}

void AppendNonFinite(double value, std::string* out) {
  if (std::isnan(value)) {
    out->append("\"NaN\"");
  } else {
    out->append(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
  }
}

// Days since 1970-01-01 -> civil date (proleptic Gregorian).
void CivilFromDays(int64_t days, int64_t* year, int* month, int* day) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

// google.protobuf.Timestamp as protobuf renders it: false out of range.
bool AppendTimestamp(int64_t seconds, int32_t nanos, std::string* out) {
  constexpr int64_t kMinSeconds = -62135596800;  // 0001-01-01T00:00:00Z
  constexpr int64_t kMaxSeconds = 253402300799;  // 9999-12-31T23:59:59Z
  if (seconds < kMinSeconds || seconds > kMaxSeconds || nanos < 0 ||
      nanos >= 1000000000) {
    return false;
  }
  int64_t days = seconds / 86400;
  int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  int64_t year;
  int month, day;
  CivilFromDays(days, &year, &month, &day);
  char buffer[48];
  int size = std::snprintf(
      buffer, sizeof(buffer), "\"%04d-%02d-%02dT%02d:%02d:%02d",
      static_cast<int>(year), month, day, static_cast<int>(rest / 3600),
      static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  if (nanos != 0) {
    if (nanos % 1000000 == 0) {
      size += std::snprintf(buffer + size, sizeof(buffer) - size, ".%03d",
                            nanos / 1000000);
    } else if (nanos % 1000 == 0) {
      size += std::snprintf(buffer + size, sizeof(buffer) - size, ".%06d",
                            nanos / 1000);
    } else {
      size += std::snprintf(buffer + size, sizeof(buffer) - size, ".%09d",
                            nanos);
    }
  }
  out->append(buffer, size);
  out->append("Z\"");
  return true;
}

// The index of the first byte at or after `i` that the escaper must look
// at (StopBytes), or `n`: 16 bytes at a time where SSE2 is there.
size_t SkipPlain(const unsigned char* s, size_t i, size_t n, const bool* stop) {
#ifdef __SSE2__
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i del = _mm_set1_epi8(0x7f);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i less = _mm_set1_epi8('<');
  const __m128i greater = _mm_set1_epi8('>');
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // Signed: bytes >= 0x80 are negative, so below 0x20 too.
    __m128i hit = _mm_cmplt_epi8(v, space);
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, del));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, quote));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, backslash));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, less));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, greater));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + __builtin_ctz(static_cast<unsigned>(mask));
    i += 16;
  }
#endif
  while (i < n && !stop[s[i]]) ++i;
  return i;
}

}  // namespace

namespace {

// Whether the multi-byte sequence at s[i] (s[i] >= 0x80) is well-formed
// UTF-8 (Unicode table 3-7: no overlong forms, surrogates or code points
// past U+10FFFF), as protobuf checks proto3 strings on parse.
bool WellFormedAt(const unsigned char* s, size_t i, size_t n) {
  const unsigned char c = s[i];
  int more;
  unsigned char low = 0x80, high = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) {
    more = 1;
  } else if (c >= 0xe0 && c <= 0xef) {
    more = 2;
    if (c == 0xe0) low = 0xa0;
    if (c == 0xed) high = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    more = 3;
    if (c == 0xf0) low = 0x90;
    if (c == 0xf4) high = 0x8f;
  } else {
    return false;
  }
  if (n - i <= static_cast<size_t>(more)) return false;
  if (s[i + 1] < low || s[i + 1] > high) return false;
  for (int k = 2; k <= more; ++k) {
    if (s[i + k] < 0x80 || s[i + k] > 0xbf) return false;
  }
  return true;
}

// The escaper; with kStrict, false at the first ill-formed sequence
// (`out` then holds part of the text).
template <bool kStrict>
bool EscapeJson(absl::string_view text, std::string* out) {
  const bool* stop = Stops().stop;
  const CommonEscapes& escapes = Escapes();
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  auto flush = [&](size_t end) {
    if (end > run) out->append(text.data() + run, end - run);
  };
  while (i < n) {
    if (!stop[s[i]]) {
      i = SkipPlain(s, i, n, stop);
      if (i == n) break;
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      flush(i);
      out->append(escapes.text[c]);
      run = ++i;
      continue;
    }
    if (kStrict && !WellFormedAt(s, i, n)) return false;
    // A multi-byte sequence, read as JsonEscaping's ReadCodePoint reads it:
    // a sequence it cannot read is dropped, up to and including the byte
    // that broke it.
    uint32_t cp;
    int left;
    if (c <= 0xbf || c >= 0xf8) {
      flush(i);
      run = ++i;
      continue;
    } else if (c <= 0xdf) {
      cp = c & 0x1f;
      left = 1;
    } else if (c <= 0xef) {
      cp = c & 0x0f;
      left = 2;
    } else {
      cp = c & 0x07;
      left = 3;
    }
    size_t j = i + 1;
    bool ok = true;
    while (left > 0 && j < n) {
      const unsigned char next = s[j++];
      --left;
      cp = (cp << 6) | (next & 0x3f);
      if (next < 0x80 || next > 0xbf) {
        ok = false;
        break;
      }
    }
    if (ok && left > 0) {  // cut off by the end of the string
      flush(i);
      run = i = n;
      break;
    }
    if (!ok || (cp & 0xfffff800) == 0xd800 || cp > 0x10ffff) {
      flush(i);
      run = i = j;
      continue;
    }
    // Valid (overlong forms included, as JsonEscaping lets them through).
    if (cp < 0xa0) {
      if (escapes.text[cp][0] != '\0') {
        flush(i);
        out->append(escapes.text[cp]);
        run = j;
      }
    } else if (EscapesHigh(cp)) {
      flush(i);
      AppendHighEscape(cp, out);
      run = j;
    }
    i = j;
  }
  flush(n);
  return true;
}

}  // namespace

absl::flat_hash_map<int, std::string> EnumJsonNames(
    const google::protobuf::EnumDescriptor* values) {
  absl::flat_hash_map<int, std::string> names;
  for (int v = 0; v < values->value_count(); ++v) {
    const int number = values->value(v)->number();
    if (names.contains(number)) continue;
    std::string name = "\"";
    AppendJsonEscaped(values->value(v)->name(), &name);
    name.push_back('"');
    names[number] = std::move(name);
  }
  return names;
}

void AppendJsonEscaped(absl::string_view text, std::string* out) {
  EscapeJson<false>(text, out);
}

bool AppendWellFormedJsonEscaped(absl::string_view text, std::string* out) {
  return EscapeJson<true>(text, out);
}

bool IsValidUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    if (!WellFormedAt(s, i, n)) return false;
    i += s[i] >= 0xf0 ? 4 : s[i] >= 0xe0 ? 3 : 2;
  }
  return true;
}

std::string FormatJsonFloat(float value) {
  char buffer[24];
  return std::string(buffer, FloatToText(value, buffer));
}

std::string FormatJsonDouble(double value) {
  char buffer[32];
  return std::string(buffer, DoubleToText(value, buffer));
}

namespace {

// Recently printed floats: formatting one costs a snprintf and a strtof,
// and records repeat a few confidences.
void AppendFloat(float value, std::string* out) {
  struct Cached {
    uint32_t bits = 0;
    uint8_t size = 0;  // 0: empty
    char text[23];
  };
  thread_local Cached cache[256];
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  Cached& slot = cache[(bits * 0x9e3779b1u) >> 24];
  if (slot.size == 0 || slot.bits != bits) {
    slot.bits = bits;
    slot.size = static_cast<uint8_t>(FloatToText(value, slot.text));
  }
  out->append(slot.text, slot.size);
}

void AppendFloatValue(float value, std::string* out) {
  if (std::isfinite(value)) {
    AppendFloat(value, out);
  } else {
    AppendNonFinite(value, out);
  }
}

}  // namespace

void AppendJsonFloat(float value, std::string* out) {
  AppendFloatValue(value, out);
}

bool AppendJsonTimestamp(int64_t seconds, int32_t nanos, std::string* out) {
  return AppendTimestamp(seconds, nanos, out);
}

namespace {

// Hand-written printers of the record messages (generated accessors
// instead of reflection: half the time again). Used only while the
// messages have exactly the fields below (RecordsMatch), so a field added
// to records.proto falls back to the reflection printer until it is added
// here; json_printer_test.cc fills every field to compare.
namespace records {

class Object {
 public:
  explicit Object(std::string* out) : out_(out) { out_->push_back('{'); }
  ~Object() { out_->push_back('}'); }
  // Starts a field: `key` is "\"name\":".
  std::string* Key(absl::string_view key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    out_->append(key.data(), key.size());
    return out_;
  }
  void String(absl::string_view key, const std::string& value) {
    if (value.empty()) return;
    std::string* out = Key(key);
    out->push_back('"');
    AppendJsonEscaped(value, out);
    out->push_back('"');
  }
  void Int32(absl::string_view key, int32_t value) {
    if (value != 0) absl::StrAppend(Key(key), value);
  }
  void Int64(absl::string_view key, int64_t value) {
    if (value == 0) return;
    std::string* out = Key(key);
    out->push_back('"');
    absl::StrAppend(out, value);
    out->push_back('"');
  }
  template <typename Enum>
  void EnumValue(absl::string_view key, int value,
                 const std::string& (*name)(Enum), bool (*valid)(int)) {
    if (value == 0) return;
    std::string* out = Key(key);
    if (valid(value)) {
      out->push_back('"');
      out->append(name(static_cast<Enum>(value)));
      out->push_back('"');
    } else {
      absl::StrAppend(out, value);
    }
  }
  std::string* out() { return out_; }

 private:
  std::string* out_;
  bool first_ = true;
};

void Date(const v1::Date& date, std::string* out) {
  Object o(out);
  o.Int32("\"year\":", date.year());
  o.Int32("\"month\":", date.month());
  o.Int32("\"day\":", date.day());
}

void TextSpan(const v1::TextSpan& span, std::string* out) {
  Object o(out);
  o.Int64("\"startOffset\":", span.start_offset());
  o.Int64("\"endOffset\":", span.end_offset());
  o.String("\"text\":", span.text());
}

void Organization(const v1::Organization& organization, std::string* out) {
  Object o(out);
  o.String("\"name\":", organization.name());
  o.String("\"acronym\":", organization.acronym());
  o.String("\"country\":", organization.country());
}

void Person(const v1::Person& person, std::string* out) {
  Object o(out);
  o.String("\"name\":", person.name());
  o.String("\"role\":", person.role());
  if (person.has_organization()) {
    Organization(person.organization(), o.Key("\"organization\":"));
  }
}

void Source(const v1::CorroboratingSource& source, std::string* out) {
  Object o(out);
  o.String("\"documentId\":", source.document_id());
  o.String("\"recordId\":", source.record_id());
  o.String("\"sourceUri\":", source.source_uri());
}

template <typename Element, typename Print>
void List(Object& o, absl::string_view key,
          const google::protobuf::RepeatedPtrField<Element>& list,
          Print print) {
  if (list.empty()) return;
  std::string* out = o.Key(key);
  out->push_back('[');
  for (int i = 0; i < list.size(); ++i) {
    if (i > 0) out->push_back(',');
    print(list.Get(i), out);
  }
  out->push_back(']');
}

void StringItem(const std::string& value, std::string* out) {
  out->push_back('"');
  AppendJsonEscaped(value, out);
  out->push_back('"');
}

void Float(Object& o, absl::string_view key, float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  if (bits != 0) AppendFloatValue(value, o.Key(key));  // -0 is printed
}

void Signatory(const v1::Signatory& signatory, std::string* out) {
  Object o(out);
  o.String("\"name\":", signatory.name());
  o.String("\"acronym\":", signatory.acronym());
  o.String("\"country\":", signatory.country());
  Float(o, "\"confidence\":", signatory.confidence());
}

void Event(const v1::Event& event, std::string* out) {
  Object o(out);
  o.String("\"id\":", event.id());
  o.String("\"documentId\":", event.document_id());
  if (event.has_date()) Date(event.date(), o.Key("\"date\":"));
  o.EnumValue("\"datePrecision\":", event.date_precision(),
              &v1::DatePrecision_Name<v1::DatePrecision>,
              &v1::DatePrecision_IsValid);
  List(o, "\"actors\":", event.actors(), &Person);
  o.EnumValue("\"type\":", event.type(), &v1::EventType_Name<v1::EventType>,
              &v1::EventType_IsValid);
  o.String("\"summary\":", event.summary());
  if (event.has_evidence()) TextSpan(event.evidence(), o.Key("\"evidence\":"));
  List(o, "\"corroboratingSources\":", event.corroborating_sources(), &Source);
  Float(o, "\"confidence\":", event.confidence());
}

void Quote(const v1::Quote& quote, std::string* out) {
  Object o(out);
  o.String("\"id\":", quote.id());
  o.String("\"documentId\":", quote.document_id());
  o.String("\"text\":", quote.text());
  if (quote.has_speaker()) Person(quote.speaker(), o.Key("\"speaker\":"));
  o.String("\"cue\":", quote.cue());
  if (quote.has_evidence()) TextSpan(quote.evidence(), o.Key("\"evidence\":"));
  if (quote.has_date()) Date(quote.date(), o.Key("\"date\":"));
  List(o, "\"corroboratingSources\":", quote.corroborating_sources(), &Source);
  Float(o, "\"confidence\":", quote.confidence());
}

void SignatorySet(const v1::SignatorySet& set, std::string* out) {
  Object o(out);
  o.String("\"id\":", set.id());
  o.String("\"documentId\":", set.document_id());
  o.String("\"addressee\":", set.addressee());
  if (set.has_date()) Date(set.date(), o.Key("\"date\":"));
  List(o, "\"signatories\":", set.signatories(), &Signatory);
  if (set.has_evidence()) TextSpan(set.evidence(), o.Key("\"evidence\":"));
  Float(o, "\"confidence\":", set.confidence());
}

// False where the create time is out of Timestamp's range.
bool Document(const v1::Document& document, std::string* out) {
  Object o(out);
  o.String("\"id\":", document.id());
  o.String("\"sourceUri\":", document.source_uri());
  o.String("\"title\":", document.title());
  o.EnumValue("\"kind\":", document.kind(),
              &v1::DocumentKind_Name<v1::DocumentKind>,
              &v1::DocumentKind_IsValid);
  if (document.has_date()) Date(document.date(), o.Key("\"date\":"));
  o.String("\"place\":", document.place());
  List(o, "\"issuers\":", document.issuers(), &Organization);
  o.String("\"mediaType\":", document.media_type());
  o.String("\"text\":", document.text());
  List(o, "\"warnings\":", document.warnings(), &StringItem);
  o.Int64("\"contentSize\":", document.content_size());
  if (document.has_create_time() &&
      !AppendTimestamp(document.create_time().seconds(),
                       document.create_time().nanos(),
                       o.Key("\"createTime\":"))) {
    return false;
  }
  o.Int32("\"eventCount\":", document.event_count());
  o.Int32("\"quoteCount\":", document.quote_count());
  o.Int32("\"signatorySetCount\":", document.signatory_set_count());
  List(o, "\"organizations\":", document.organizations(), &Organization);
  List(o, "\"people\":", document.people(), &Person);
  return true;
}

// `message` by a hand-written printer; nullopt when there is none for it.
std::optional<bool> Record(const Message& message, std::string* out) {
  if (const auto* event = dynamic_cast<const v1::Event*>(&message)) {
    Event(*event, out);
    return true;
  }
  if (const auto* quote = dynamic_cast<const v1::Quote*>(&message)) {
    Quote(*quote, out);
    return true;
  }
  if (const auto* set = dynamic_cast<const v1::SignatorySet*>(&message)) {
    SignatorySet(*set, out);
    return true;
  }
  if (const auto* document = dynamic_cast<const v1::Document*>(&message)) {
    return Document(*document, out);
  }
  return std::nullopt;
}

}  // namespace records

// Whether the message types the hand-written printers know have exactly
// the fields they print: by number from 1, "jsonName:kind" (s string,
// i int32, l int64, f float, e enum, m message, S/M repeated string or
// message), with no explicit presence on scalars (proto3 `optional`).
bool RecordsMatch() {
  struct Known {
    const Descriptor* type;
    std::vector<std::string> fields;
  };
  const Known kKnown[] = {
      {v1::Date::descriptor(), {"year:i", "month:i", "day:i"}},
      {v1::TextSpan::descriptor(), {"startOffset:l", "endOffset:l", "text:s"}},
      {v1::Organization::descriptor(), {"name:s", "acronym:s", "country:s"}},
      {v1::Person::descriptor(), {"name:s", "role:s", "organization:m"}},
      {v1::CorroboratingSource::descriptor(),
       {"documentId:s", "recordId:s", "sourceUri:s"}},
      {v1::Event::descriptor(),
       {"id:s", "documentId:s", "date:m", "datePrecision:e", "actors:M",
        "type:e", "summary:s", "evidence:m", "corroboratingSources:M",
        "confidence:f"}},
      {v1::Quote::descriptor(),
       {"id:s", "documentId:s", "text:s", "speaker:m", "cue:s", "evidence:m",
        "date:m", "corroboratingSources:M", "confidence:f"}},
      {v1::Signatory::descriptor(),
       {"name:s", "acronym:s", "country:s", "confidence:f"}},
      {v1::SignatorySet::descriptor(),
       {"id:s", "documentId:s", "addressee:s", "date:m", "signatories:M",
        "evidence:m", "confidence:f"}},
      {v1::Document::descriptor(),
       {"id:s", "sourceUri:s", "title:s", "kind:e", "date:m", "place:s",
        "issuers:M", "mediaType:s", "text:s", "warnings:S", "contentSize:l",
        "createTime:m", "eventCount:i", "quoteCount:i", "signatorySetCount:i",
        "organizations:M", "people:M"}},
  };
  for (const Known& known : kKnown) {
    if (known.type->field_count() != static_cast<int>(known.fields.size())) {
      return false;
    }
    for (size_t i = 0; i < known.fields.size(); ++i) {
      const FieldDescriptor* field =
          known.type->FindFieldByNumber(static_cast<int>(i) + 1);
      if (field == nullptr) return false;
      char kind = '?';
      switch (field->type()) {
        case FieldDescriptor::TYPE_STRING: kind = 's'; break;
        case FieldDescriptor::TYPE_INT32: kind = 'i'; break;
        case FieldDescriptor::TYPE_INT64: kind = 'l'; break;
        case FieldDescriptor::TYPE_FLOAT: kind = 'f'; break;
        case FieldDescriptor::TYPE_ENUM: kind = 'e'; break;
        case FieldDescriptor::TYPE_MESSAGE: kind = 'm'; break;
        default: return false;
      }
      if (field->is_repeated()) kind = static_cast<char>(kind - 'a' + 'A');
      if (field->json_name() + ":" + kind != known.fields[i]) return false;
      if (!field->is_repeated() && kind != 'm' && field->has_presence()) {
        return false;
      }
    }
  }
  return true;
}

}  // namespace

struct JsonPrinter::FieldPlan {
  enum Kind {
    kInt32,
    kInt64,
    kUint32,
    kUint64,
    kBool,
    kFloat,
    kDouble,
    kString,
    kBytes,
    kEnum,
    kMessage,
    kTimestamp,
  };
  const FieldDescriptor* field = nullptr;
  Kind kind = kInt32;
  bool repeated = false;
  // "\"jsonName\":", escaped.
  std::string key;
  // For enums: "\"NAME\"" by value number.
  absl::flat_hash_map<int, std::string> enum_names;
  // For messages (not Timestamps): the nested type's plan.
  const MessagePlan* message = nullptr;
};

struct JsonPrinter::MessagePlan {
  std::vector<FieldPlan> fields;  // in field number order
  // The generated class's reflection: every message reached from a
  // generated message is generated, so it spares a virtual call per
  // message (GetReflection) on the way.
  const Reflection* generated = nullptr;
};

JsonPrinter::JsonPrinter() : records_match_(RecordsMatch()) {}
JsonPrinter::~JsonPrinter() = default;

const JsonPrinter::MessagePlan* JsonPrinter::PlanFor(const Descriptor* type) {
  if (auto it = plans_.find(type); it != plans_.end()) return it->second.get();
  if (unplanned_.contains(type)) return nullptr;
  // Until done: a type reaching itself gets no plan.
  unplanned_[type] = true;
  // Well-known types have JSON mappings of their own.
  if (type->file()->package() == "google.protobuf") return nullptr;
  auto plan = std::make_unique<MessagePlan>();
  std::vector<const FieldDescriptor*> fields;
  for (int i = 0; i < type->field_count(); ++i) fields.push_back(type->field(i));
  std::sort(fields.begin(), fields.end(),
            [](const FieldDescriptor* a, const FieldDescriptor* b) {
              return a->number() < b->number();
            });
  for (const FieldDescriptor* field : fields) {
    if (field->is_map() || field->type() == FieldDescriptor::TYPE_GROUP) {
      return nullptr;
    }
    FieldPlan entry;
    entry.field = field;
    entry.repeated = field->is_repeated();
    entry.key.push_back('"');
    AppendJsonEscaped(field->json_name(), &entry.key);
    entry.key.append("\":");
    switch (field->cpp_type()) {
      case FieldDescriptor::CPPTYPE_INT32:
        entry.kind = FieldPlan::kInt32;
        break;
      case FieldDescriptor::CPPTYPE_INT64:
        entry.kind = FieldPlan::kInt64;
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        entry.kind = FieldPlan::kUint32;
        break;
      case FieldDescriptor::CPPTYPE_UINT64:
        entry.kind = FieldPlan::kUint64;
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        entry.kind = FieldPlan::kBool;
        break;
      case FieldDescriptor::CPPTYPE_FLOAT:
        entry.kind = FieldPlan::kFloat;
        break;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        entry.kind = FieldPlan::kDouble;
        break;
      case FieldDescriptor::CPPTYPE_STRING:
        entry.kind = field->type() == FieldDescriptor::TYPE_BYTES
                         ? FieldPlan::kBytes
                         : FieldPlan::kString;
        break;
      case FieldDescriptor::CPPTYPE_ENUM: {
        entry.kind = FieldPlan::kEnum;
        const google::protobuf::EnumDescriptor* values = field->enum_type();
        if (values->full_name() == "google.protobuf.NullValue") return nullptr;
        entry.enum_names = EnumJsonNames(values);
        break;
      }
      case FieldDescriptor::CPPTYPE_MESSAGE: {
        const Descriptor* nested = field->message_type();
        if (nested->full_name() == "google.protobuf.Timestamp") {
          entry.kind = FieldPlan::kTimestamp;
          break;
        }
        entry.kind = FieldPlan::kMessage;
        entry.message = PlanFor(nested);
        if (entry.message == nullptr) return nullptr;
        break;
      }
    }
    plan->fields.push_back(std::move(entry));
  }
  if (const Message* prototype =
          google::protobuf::MessageFactory::generated_factory()->GetPrototype(
              type)) {
    plan->generated = prototype->GetReflection();
  }
  unplanned_.erase(type);
  return (plans_[type] = std::move(plan)).get();
}

bool JsonPrinter::AppendValue(const FieldPlan& plan, const Message& message,
                              const Reflection* reflection, bool generated,
                              int index, std::string* out) {
  const FieldDescriptor* field = plan.field;
  const bool repeated = plan.repeated;
  switch (plan.kind) {
    case FieldPlan::kInt32:
      absl::StrAppend(out, repeated
                               ? reflection->GetRepeatedInt32(message, field, index)
                               : reflection->GetInt32(message, field));
      return true;
    case FieldPlan::kUint32:
      absl::StrAppend(out, repeated
                               ? reflection->GetRepeatedUInt32(message, field, index)
                               : reflection->GetUInt32(message, field));
      return true;
    case FieldPlan::kInt64:
      out->push_back('"');
      absl::StrAppend(out, repeated
                               ? reflection->GetRepeatedInt64(message, field, index)
                               : reflection->GetInt64(message, field));
      out->push_back('"');
      return true;
    case FieldPlan::kUint64:
      out->push_back('"');
      absl::StrAppend(out, repeated
                               ? reflection->GetRepeatedUInt64(message, field, index)
                               : reflection->GetUInt64(message, field));
      out->push_back('"');
      return true;
    case FieldPlan::kBool: {
      const bool value = repeated
                             ? reflection->GetRepeatedBool(message, field, index)
                             : reflection->GetBool(message, field);
      out->append(value ? "true" : "false");
      return true;
    }
    case FieldPlan::kFloat: {
      const float value = repeated
                              ? reflection->GetRepeatedFloat(message, field, index)
                              : reflection->GetFloat(message, field);
      AppendFloatValue(value, out);
      return true;
    }
    case FieldPlan::kDouble: {
      const double value =
          repeated ? reflection->GetRepeatedDouble(message, field, index)
                   : reflection->GetDouble(message, field);
      if (std::isfinite(value)) {
        char buffer[32];
        out->append(buffer, DoubleToText(value, buffer));
      } else {
        AppendNonFinite(value, out);
      }
      return true;
    }
    case FieldPlan::kString: {
      const std::string& value =
          repeated
              ? reflection->GetRepeatedStringReference(message, field, index,
                                                       &scratch_)
              : reflection->GetStringReference(message, field, &scratch_);
      out->push_back('"');
      AppendJsonEscaped(value, out);
      out->push_back('"');
      return true;
    }
    case FieldPlan::kBytes: {
      const std::string& value =
          repeated
              ? reflection->GetRepeatedStringReference(message, field, index,
                                                       &scratch_)
              : reflection->GetStringReference(message, field, &scratch_);
      out->push_back('"');
      out->append(absl::Base64Escape(value));
      out->push_back('"');
      return true;
    }
    case FieldPlan::kEnum: {
      const int value = repeated
                            ? reflection->GetRepeatedEnumValue(message, field, index)
                            : reflection->GetEnumValue(message, field);
      if (auto it = plan.enum_names.find(value); it != plan.enum_names.end()) {
        out->append(it->second);
      } else {
        absl::StrAppend(out, value);
      }
      return true;
    }
    case FieldPlan::kMessage: {
      const Message& nested =
          repeated ? reflection->GetRepeatedMessage(message, field, index)
                   : reflection->GetMessage(message, field);
      return AppendMessage(*plan.message, nested, generated, out);
    }
    case FieldPlan::kTimestamp: {
      const Message& nested =
          repeated ? reflection->GetRepeatedMessage(message, field, index)
                   : reflection->GetMessage(message, field);
      const Descriptor* type = nested.GetDescriptor();
      const Reflection* nested_reflection = nested.GetReflection();
      return AppendTimestamp(
          nested_reflection->GetInt64(nested, type->FindFieldByNumber(1)),
          nested_reflection->GetInt32(nested, type->FindFieldByNumber(2)),
          out);
    }
  }
  return false;
}

bool JsonPrinter::AppendMessage(const MessagePlan& plan, const Message& message,
                                bool generated, std::string* out) {
  const Reflection* reflection =
      generated ? plan.generated : message.GetReflection();
  out->push_back('{');
  bool first = true;
  for (const FieldPlan& field : plan.fields) {
    int count = 0;
    if (field.repeated) {
      count = reflection->FieldSize(message, field.field);
      if (count == 0) continue;
    } else if (!reflection->HasField(message, field.field)) {
      continue;
    }
    if (!first) out->push_back(',');
    first = false;
    out->append(field.key);
    if (!field.repeated) {
      if (!AppendValue(field, message, reflection, generated, 0, out)) {
        return false;
      }
      continue;
    }
    out->push_back('[');
    for (int i = 0; i < count; ++i) {
      if (i > 0) out->push_back(',');
      if (!AppendValue(field, message, reflection, generated, i, out)) {
        return false;
      }
    }
    out->push_back(']');
  }
  out->push_back('}');
  return true;
}

bool JsonPrinter::Append(const Message& message, std::string* out) {
  const size_t before = out->size();
  if (records_match_) {
    if (std::optional<bool> printed = records::Record(message, out)) {
      if (!*printed) out->resize(before);
      return *printed;
    }
  }
  if (const MessagePlan* plan = PlanFor(message.GetDescriptor())) {
    const bool generated = plan->generated != nullptr &&
                           message.GetReflection() == plan->generated;
    if (AppendMessage(*plan, message, generated, out)) return true;
    out->resize(before);
    return false;
  }
  std::string json;
  if (!google::protobuf::util::MessageToJsonString(message, &json).ok()) {
    return false;
  }
  out->append(json);
  return true;
}

}  // namespace amicus::cli
