// A batch encoded by WireBatch is what every client decodes as the public
// stream response: same records, same order, same resume token.
#include "query_service/wire_batch.h"

#include <string>
#include <vector>

#include "amicus/v1/query_service.pb.h"
#include "gtest/gtest.h"

namespace amicus::query {
namespace {

std::string Bytes(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  EXPECT_TRUE(buffer.Dump(&slices).ok());
  std::string out;
  for (const grpc::Slice& s : slices) {
    out.append(reinterpret_cast<const char*>(s.begin()), s.size());
  }
  return out;
}

v1::Event MakeEvent(int i, size_t evidence_bytes) {
  v1::Event event;
  event.set_id("doc/events/" + std::to_string(i));
  event.set_summary("summary " + std::to_string(i));
  event.mutable_evidence()->set_text(std::string(evidence_bytes, 'x'));
  return event;
}

TEST(WireBatch, DecodesAsThePublicResponseWithRecordsInOrder) {
  WireBatch batch;
  std::vector<v1::Event> events;
  // Sizes around the one- and two-byte varint length boundary and beyond.
  for (size_t size : {0, 100, 127, 128, 300, 20000, 70000}) {
    events.push_back(MakeEvent(static_cast<int>(events.size()), size));
    batch.Add(events.back().SerializeAsString());
  }
  EXPECT_EQ(batch.records(), 7);
  v1::StreamEventsResponse response;
  ASSERT_TRUE(response.ParseFromString(Bytes(batch.Finish("token-1", 0))));
  ASSERT_EQ(response.events_size(), 7);
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(response.events(i).SerializeAsString(),
              events[i].SerializeAsString());
  }
  EXPECT_EQ(response.resume_token(), "token-1");
}

TEST(WireBatch, IsEmptyAgainAfterFinishAndCanCarryOnlyAToken) {
  WireBatch batch;
  batch.Add(MakeEvent(1, 10).SerializeAsString());
  batch.Finish("first", 0);
  EXPECT_EQ(batch.records(), 0);
  v1::StreamQuotesResponse response;
  ASSERT_TRUE(response.ParseFromString(Bytes(batch.Finish("second", 0))));
  EXPECT_EQ(response.quotes_size(), 0);
  EXPECT_EQ(response.resume_token(), "second");
}

TEST(WireBatch, CarriesTheLogPositionOfItsView) {
  WireBatch batch;
  batch.Add(MakeEvent(1, 10).SerializeAsString());
  v1::StreamEventsResponse response;
  // Past the 32-bit range: positions are int64.
  constexpr uint64_t kPosition = (uint64_t{1} << 40) + 3;
  ASSERT_TRUE(response.ParseFromString(Bytes(batch.Finish("t", kPosition))));
  EXPECT_EQ(response.events_size(), 1);
  EXPECT_EQ(response.resume_token(), "t");
  EXPECT_EQ(response.log_position(), static_cast<int64_t>(kPosition));
}

TEST(WireBatch, CountsEncodedBytesForTheBatchLimit) {
  WireBatch batch;
  std::string record(1000, 'r');
  batch.Add(record);
  batch.Add(record);
  // Each record: one tag byte, a two-byte length, the bytes.
  EXPECT_EQ(batch.bytes(), 2 * (1 + 2 + 1000));
}

}  // namespace
}  // namespace amicus::query
