// The CLI's JSON printer prints exactly what protobuf's JSON mapping
// (MessageToJsonString with the default options, as the CLI used before)
// prints, on every record kind and their nested messages, with unusual
// characters, defaults, extreme integers and floats.
#include "cli/json_printer.h"
#include "cli/wire_json.h"

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "amicus/v1/records.pb.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/timestamp.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace amicus::cli {
namespace {

using namespace std::string_literals;  // NOLINT: embedded NULs
using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// The wire printer on `bytes` of `type`: what protobuf prints for the
// parsed record when it accepts them, nothing when protobuf cannot parse or
// print them; `accepted`, if given, says whether it printed.
void ExpectWireSameAsParsed(const Descriptor* type, const std::string& bytes,
                            bool* accepted = nullptr) {
  std::unique_ptr<Message> parsed(
      google::protobuf::MessageFactory::generated_factory()
          ->GetPrototype(type)
          ->New());
  const bool parses = parsed->ParseFromString(bytes);
  std::string expected;
  const bool protobuf_ok =
      parses &&
      google::protobuf::util::MessageToJsonString(*parsed, &expected).ok();
  const WireJsonPrinter wire(type);
  std::string actual = "prefix";
  const bool printed = wire.Append(bytes, &actual);
  if (accepted != nullptr) *accepted = printed;
  if (!printed) {
    EXPECT_EQ(actual, "prefix") << "appended on failure";
    return;
  }
  ASSERT_TRUE(protobuf_ok) << "printed what protobuf does not: " << actual;
  EXPECT_EQ(actual, "prefix" + expected);
}

// Compares the printer with MessageToJsonString on `message`, and the wire
// printer on its serialized bytes, which it must take whenever protobuf
// parses and prints them (the records' canonical encoding).
void ExpectSameJson(const Message& message, JsonPrinter& printer) {
  if (message.GetDescriptor()->file()->package() == "amicus.v1") {
    const std::string bytes = message.SerializeAsString();
    bool accepted = false;
    ExpectWireSameAsParsed(message.GetDescriptor(), bytes, &accepted);
    std::unique_ptr<Message> parsed(message.New());
    std::string json;
    if (parsed->ParseFromString(bytes) &&
        google::protobuf::util::MessageToJsonString(*parsed, &json).ok()) {
      EXPECT_TRUE(accepted) << "left to the parser: " << message.ShortDebugString();
    }
  }
  std::string expected;
  const bool protobuf_ok =
      google::protobuf::util::MessageToJsonString(message, &expected).ok();
  std::string actual = "prefix";
  const bool printer_ok = printer.Append(message, &actual);
  ASSERT_EQ(printer_ok, protobuf_ok) << message.ShortDebugString();
  if (!protobuf_ok) {
    EXPECT_EQ(actual, "prefix") << "appended on failure";
    return;
  }
  EXPECT_EQ(actual, "prefix" + expected) << message.ShortDebugString();
}

void ExpectSameJson(const Message& message) {
  JsonPrinter printer;
  ExpectSameJson(message, printer);
}

// The records the CLI prints, and the rest of records.proto's messages.
std::vector<std::unique_ptr<Message>> EmptyRecords() {
  std::vector<std::unique_ptr<Message>> records;
  records.push_back(std::make_unique<v1::Event>());
  records.push_back(std::make_unique<v1::Quote>());
  records.push_back(std::make_unique<v1::SignatorySet>());
  records.push_back(std::make_unique<v1::Document>());
  records.push_back(std::make_unique<v1::Extraction>());
  records.push_back(std::make_unique<v1::Signatory>());
  records.push_back(std::make_unique<v1::Person>());
  records.push_back(std::make_unique<v1::Organization>());
  records.push_back(std::make_unique<v1::TextSpan>());
  records.push_back(std::make_unique<v1::Date>());
  records.push_back(std::make_unique<v1::CorroboratingSource>());
  return records;
}

// Values a filler puts in every field of a kind.
struct Values {
  std::string text = "text";
  int32_t int32 = 7;
  int64_t int64 = 1234567890123;
  float real = 0.85f;
  int enum_index = 1;  // an index into the enum's values, or -1: number 99
  int64_t seconds = 1735689600;
  int32_t nanos = 0;
  int repeated = 2;
};

// Sets every field of `message` (every element of repeated ones) through
// reflection, nested messages included, so a field added to the proto is
// covered without touching this test.
void Fill(Message* message, const Values& values, int depth = 0) {
  const Descriptor* type = message->GetDescriptor();
  const Reflection* reflection = message->GetReflection();
  if (type->full_name() == "google.protobuf.Timestamp") {
    reflection->SetInt64(message, type->FindFieldByName("seconds"), values.seconds);
    reflection->SetInt32(message, type->FindFieldByName("nanos"), values.nanos);
    return;
  }
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    const int count = field->is_repeated() ? values.repeated : 1;
    for (int n = 0; n < count; ++n) {
      const bool add = field->is_repeated();
      switch (field->cpp_type()) {
        case FieldDescriptor::CPPTYPE_STRING: {
          const std::string text = values.text + (n > 0 ? std::to_string(n) : "");
          add ? reflection->AddString(message, field, text)
              : reflection->SetString(message, field, text);
          break;
        }
        case FieldDescriptor::CPPTYPE_INT32:
          add ? reflection->AddInt32(message, field, values.int32 + n)
              : reflection->SetInt32(message, field, values.int32);
          break;
        case FieldDescriptor::CPPTYPE_INT64:
          add ? reflection->AddInt64(message, field, values.int64 - n)
              : reflection->SetInt64(message, field, values.int64);
          break;
        case FieldDescriptor::CPPTYPE_FLOAT:
          add ? reflection->AddFloat(message, field, values.real)
              : reflection->SetFloat(message, field, values.real);
          break;
        case FieldDescriptor::CPPTYPE_ENUM: {
          const auto* values_type = field->enum_type();
          const int number =
              values.enum_index < 0
                  ? 99
                  : values_type
                        ->value(values.enum_index % values_type->value_count())
                        ->number();
          add ? reflection->AddEnumValue(message, field, number)
              : reflection->SetEnumValue(message, field, number);
          break;
        }
        case FieldDescriptor::CPPTYPE_MESSAGE: {
          if (depth > 4) break;
          Message* nested = add ? reflection->AddMessage(message, field)
                                : reflection->MutableMessage(message, field);
          Fill(nested, values, depth + 1);
          break;
        }
        default:
          ADD_FAILURE() << "no filler for " << field->full_name()
                        << " (a new field type: extend Fill)";
      }
    }
  }
}

void ExpectSameJsonOnEveryRecord(const Values& values) {
  JsonPrinter printer;
  for (auto& record : EmptyRecords()) {
    Fill(record.get(), values);
    SCOPED_TRACE(record->GetDescriptor()->full_name());
    ExpectSameJson(*record, printer);
  }
}

TEST(JsonPrinterTest, RecordsGoThroughTheHandWrittenPrinters) {
  // If this fails, records.proto gained a field cli/json_printer.cc's
  // record printers do not print (RecordsMatch): add it there.
  EXPECT_TRUE(JsonPrinter().uses_record_printers());
}

TEST(JsonPrinterTest, EveryRecordKindHasAWirePlan) {
  for (auto& record : EmptyRecords()) {
    EXPECT_TRUE(WireJsonPrinter(record->GetDescriptor()).has_plan())
        << record->GetDescriptor()->full_name();
  }
}

// Bytes a serializer does not write: the wire printer leaves them to the
// parser or prints what protobuf prints for the parsed record.
TEST(JsonPrinterTest, NonCanonicalWireFormsMatchTheParsedRecord) {
  v1::Event event;
  event.set_id("e1");
  event.set_document_id("d1");
  event.mutable_date()->set_year(2024);
  event.add_actors()->set_name("Alpha Group");
  event.add_actors()->set_name("Beta Union");
  event.set_summary("a summary");
  event.set_confidence(0.5f);
  const std::string canonical = event.SerializeAsString();
  const Descriptor* type = v1::Event::descriptor();
  auto field = [](int number, int wire_type, const std::string& payload) {
    std::string out(1, static_cast<char>(number << 3 | wire_type));
    if (wire_type == 2) out.push_back(static_cast<char>(payload.size()));
    return out + payload;
  };
  const std::vector<std::string> cases = {
      // A singular string twice (the last wins), a message twice (merged).
      canonical + field(1, 2, "e2"),
      canonical + field(3, 2, "\x10\x05"),
      // Out of order, a repeated field split around another one.
      field(2, 2, "d1") + field(1, 2, "e1"),
      field(5, 2, "") + field(7, 2, "s") + field(5, 2, ""),
      // An unknown field, a wrong wire type, a field number past the table.
      canonical + field(15, 0, "\x01"),
      field(1, 0, "\x01"),
      canonical + "\xf8\x3f\x01"s,
      // Explicit defaults: "", 0, 0.0f, enum 0, an empty date.
      field(1, 2, "") + field(3, 2, "") + field(4, 0, "\x00"s) +
          field(6, 0, "\x00"s) + field(10, 5, "\0\0\0\0"s),
      // Negative int32 as ten bytes, an unknown enum value.
      field(3, 2, "\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"s) +
          field(6, 0, "\x63"),
      // Truncated: a length past the end, a cut varint, a cut float.
      field(1, 2, "abc").substr(0, 3),
      "\x20\x80"s,
      field(10, 5, "\0\0"s),
      // Invalid UTF-8 (protobuf refuses to parse a proto3 string), overlong.
      field(1, 2, "\xff"), field(7, 2, "\xc0\x80"), field(7, 2, "\xed\xa0\x80"),
      "",
  };
  for (const std::string& bytes : cases) {
    SCOPED_TRACE(testing::PrintToString(bytes));
    ExpectWireSameAsParsed(type, bytes);
  }
  bool accepted = false;
  ExpectWireSameAsParsed(type, cases[7], &accepted);
  EXPECT_TRUE(accepted) << "explicit defaults are printed by the wire printer";
  // A Timestamp outside its range, and nanos out of order.
  v1::Document document;
  document.mutable_create_time()->set_seconds(253402300800);
  ExpectWireSameAsParsed(v1::Document::descriptor(), document.SerializeAsString());
  ExpectWireSameAsParsed(v1::Document::descriptor(),
                         field(12, 2, "\x10\x05\x08\x01"));
}

TEST(JsonPrinterTest, Utf8ValidityAsProtobufChecksIt) {
  const std::vector<std::string> texts = {
      "", "ascii only, long enough for the sixteen-byte path", "é ñ 中文 😀",
      "\U0010FFFF", "\xf4\x90\x80\x80", "\xc0\x80", "\xc1\xbf", "\xe0\x9f\xbf",
      "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80",
      "\xc3", "a\x80", "\xfe", "0123456789abcdef\xe2\x82", "0123456789abcde\xe2\x82\xac",
  };
  for (const std::string& text : texts) {
    v1::TextSpan span;
    span.set_text(text);
    v1::TextSpan parsed;
    EXPECT_EQ(IsValidUtf8(text), parsed.ParseFromString(span.SerializeAsString()))
        << testing::PrintToString(text);
  }
}

TEST(JsonPrinterTest, EmptyRecordsAreEmptyObjects) {
  for (auto& record : EmptyRecords()) ExpectSameJson(*record);
  v1::Event event;
  std::string out;
  JsonPrinter printer;
  ASSERT_TRUE(printer.Append(event, &out));
  EXPECT_EQ(out, "{}");
}

TEST(JsonPrinterTest, EveryFieldOfEveryRecordKind) {
  ExpectSameJsonOnEveryRecord(Values());
  // And what this test expects, so both agreeing on something wrong shows.
  v1::Signatory signatory;
  signatory.set_name("Amnesty International");
  signatory.set_confidence(0.85f);
  std::string out;
  JsonPrinter printer;
  ASSERT_TRUE(printer.Append(signatory, &out));
  EXPECT_EQ(out, R"({"name":"Amnesty International","confidence":0.85})");
}

TEST(JsonPrinterTest, DefaultsInsideRecordsAndEmptyNestedMessages) {
  Values defaults;
  defaults.text = "";
  defaults.int32 = 0;
  defaults.int64 = 0;
  defaults.real = 0;
  defaults.enum_index = 0;
  defaults.seconds = 0;
  ExpectSameJsonOnEveryRecord(defaults);

  v1::Event event;
  event.mutable_date();
  event.mutable_evidence();
  event.add_actors();
  event.add_corroborating_sources();
  ExpectSameJson(event);
  v1::Document document;
  document.mutable_create_time();
  document.add_warnings("");
  document.add_issuers()->mutable_name()->clear();
  ExpectSameJson(document);
}

TEST(JsonPrinterTest, UnusualCharactersInEveryStringField) {
  const std::vector<std::string> texts = {
      "plain ASCII text, with punctuation: ;.!?()[]{}#$%*+-=_~`|^@",
      "a \"quoted\" word and a back\\slash and a /slash",
      "control \x01\x02\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x1b\x1f\x7f"s,
      "an embedded NUL: a\0b"s,
      "emoji 😀 👍🏽 👩‍👩‍👧 🇺🇳 and 𝄞",
      "RTL: עברית, العربية, فارسی with marks \u200e\u200f\u202a\u202b\u202c\u202d\u202e",
      "HTML-ish <script>alert('x & y')</script> &amp; &lt; 'single'",
      "line separators \u2028 and \u2029, NEL \u0085, NBSP \u00a0",
      "invisible: soft\u00adhyphen, zero\u200bwidth, \ufeffBOM, \u2060\u2064, "
      "\u206a\u206f, \u0600\u0603\u06dd\u070f\u17b4\u17b5\ufff9\ufffb",
      "tags \U000E0001\U000E0020\U000E007F music \U0001D173\U0001D17A",
      "C1 \u0080\u009f Latin-1 é ñ ü ß, CJK 中文 日本語 한국어, max \U0010FFFF",
      "accents: Ðoàn Văn Hiếu, Nguyễn, İstanbul, Łódź",
      "\xff",
      "lone lead \xc3",
      "broken pair \xc3\x41 continues",
      "cut three \xe2\x82",
      "stray continuation a\x80\xbf b",
      "surrogate \xed\xa0\x80 half",
      "overlong NUL \xc0\x80, A \xc1\x81, quote \xc0\xa2, lt \xc0\xbc",
      "too big \xf4\x90\x80\x80 and \xf8\x88\x80\x80\x80 and \xfe\xff",
      "four-byte cut \xf0\x9f\x98",
      "",
      " ",
      "\\u0000 looks escaped but is not",
  };
  for (const std::string& text : texts) {
    SCOPED_TRACE(testing::PrintToString(text));
    Values values;
    values.text = text;
    ExpectSameJsonOnEveryRecord(values);
  }
}

TEST(JsonPrinterTest, EscapesWhatProtobufEscapes) {
  std::string out;
  AppendJsonEscaped("<a href=\"x\">&'</a>\u2028\x01\xff", &out);
  EXPECT_EQ(out, "\\u003ca href=\\\"x\\\"\\u003e&'\\u003c/a\\u003e\\u2028\\u0001");
}

TEST(JsonPrinterTest, LargeAndNegativeIntegers) {
  for (int64_t value : {std::numeric_limits<int64_t>::max(),
                        std::numeric_limits<int64_t>::min(), int64_t{-1},
                        int64_t{1} << 53, (int64_t{1} << 53) + 1}) {
    Values values;
    values.int64 = value;
    values.int32 = static_cast<int32_t>(value);
    ExpectSameJsonOnEveryRecord(values);
  }
  Values values;
  values.int32 = std::numeric_limits<int32_t>::min();
  ExpectSameJsonOnEveryRecord(values);
}

TEST(JsonPrinterTest, EnumsByNameAndUnknownValuesByNumber) {
  for (int index : {0, 1, 2, 3, 5, 11, -1}) {
    Values values;
    values.enum_index = index;
    ExpectSameJsonOnEveryRecord(values);
  }
  v1::Event event;
  event.set_type(static_cast<v1::EventType>(-3));
  ExpectSameJson(event);
}

TEST(JsonPrinterTest, FloatsAsProtobufPrintsThem) {
  const float kFloats[] = {
      0.1f, 0.85f, 1e-7f, 0.5f, 0.25f, 0.3f, 0.7f, 0.95f, 0.99f, 1.0f,
      1.0f / 3, 2.0f / 3, 0.123456789f, 100.0f, 123456.0f, 1234567.0f,
      123456789.0f, 1e10f, 1e-10f, 3.4028235e38f, FLT_MIN, FLT_MIN / 2,
      1e-45f, FLT_EPSILON, -0.0f, -0.85f, -1e-7f,
      std::numeric_limits<float>::infinity(),
      -std::numeric_limits<float>::infinity(),
      std::numeric_limits<float>::quiet_NaN()};
  JsonPrinter printer;
  for (float value : kFloats) {
    SCOPED_TRACE(value);
    Values values;
    values.real = value;
    for (auto& record : EmptyRecords()) {
      Fill(record.get(), values);
      ExpectSameJson(*record, printer);
    }
  }
  // Every confidence a rule could give with two decimals, and random bit
  // patterns (subnormals, huge, NaN payloads).
  v1::Signatory signatory;
  for (int hundredths = 0; hundredths <= 100; ++hundredths) {
    signatory.set_confidence(hundredths / 100.0f);
    ExpectSameJson(signatory, printer);
  }
  std::mt19937 random(14);
  for (int i = 0; i < 20000; ++i) {
    uint32_t bits = random();
    float value;
    std::memcpy(&value, &bits, sizeof(value));
    signatory.set_confidence(value);
    ExpectSameJson(signatory, printer);
    if (HasFailure()) break;
  }
}

TEST(JsonPrinterTest, TimestampsAndTheirRange) {
  struct Case {
    int64_t seconds;
    int32_t nanos;
  };
  const Case kCases[] = {
      {0, 0},           {1735689600, 0},    {1735689600, 5000000},
      {1735689600, 5000}, {1735689600, 5},  {1735689600, 999999999},
      {-1, 0},          {-86401, 500000000}, {951782400, 0},  // 2000-02-29
      {-62135596800, 0}, {253402300799, 999999999},
      // Out of range: MessageToJsonString fails, the printer too.
      {-62135596801, 0}, {253402300800, 0}, {0, -1}, {0, 1000000000},
  };
  JsonPrinter printer;
  for (const Case& c : kCases) {
    SCOPED_TRACE(testing::Message() << c.seconds << "s " << c.nanos << "ns");
    v1::Document document;
    document.set_id("d");
    document.mutable_create_time()->set_seconds(c.seconds);
    document.mutable_create_time()->set_nanos(c.nanos);
    ExpectSameJson(document, printer);
    v1::Extraction extraction;
    *extraction.mutable_document() = document;
    extraction.add_events()->set_id("e");
    ExpectSameJson(extraction, printer);
  }
}

TEST(JsonPrinterTest, WellKnownTypesGoToProtobuf) {
  google::protobuf::Struct value;
  (*value.mutable_fields())["a"].set_string_value("<b>");
  (*value.mutable_fields())["n"].set_number_value(0.1);
  ExpectSameJson(value);
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(1);
  ExpectSameJson(timestamp);
}

TEST(JsonPrinterTest, DoublesAsProtobufPrintsThem) {
  for (double value : {0.1, 1.0 / 3, 1e-300, 5e-324, 1e300, -0.0, 123456789012345678.0}) {
    google::protobuf::Value number;
    number.set_number_value(value);
    std::string expected;
    ASSERT_TRUE(google::protobuf::util::MessageToJsonString(number, &expected).ok());
    EXPECT_EQ(FormatJsonDouble(value), expected) << value;
  }
}

}  // namespace
}  // namespace amicus::cli
