#include "tests/reliability/store_consistency.h"

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/util/message_differencer.h"
#include "store/column_families.h"
#include "store/document_entries.h"
#include "store/key_codec.h"
#include "store/meta_keys.h"

namespace amicus::testing {
namespace {

using google::protobuf::util::MessageDifferencer;

using Claimed = std::set<std::pair<std::string, std::string>>;

const std::map<std::string, std::string>& Family(
    const DatabaseContents& contents, const std::string& name) {
  static const std::map<std::string, std::string> kEmpty;
  auto it = contents.find(name);
  return it == contents.end() ? kEmpty : it->second;
}

// Checks one stored document; records the keys it owns in `claimed`.
void CheckDocument(const DatabaseContents& contents, uint64_t seq,
                   const v1::Document& stored, const v1::Extraction& sent,
                   Claimed* claimed, ConsistencyReport* report) {
  const std::string id = stored.id();
  v1::Extraction expected = AsStored(sent, stored);
  if (!MessageDifferencer::Equals(expected.document(), stored)) {
    report->problems.push_back(
        absl::StrCat("document ", id, " differs from its extraction"));
  }
  size_t missing = 0;
  for (const store::Entry& entry : store::DocumentEntries(expected, seq)) {
    const std::string& cf = store::CfName(entry.cf);
    claimed->insert({cf, entry.key});
    const auto& family = Family(contents, cf);
    auto it = family.find(entry.key);
    if (it == family.end() || it->second != entry.value) ++missing;
  }
  if (missing > 0) {
    report->problems.push_back(absl::StrCat(
        "document ", id, " (seq ", seq, ") is half-stored: ", missing,
        " of its keys are missing or differ"));
    return;
  }
  report->stored_ids.insert(id);
}

void CheckNoStrayKeys(const DatabaseContents& contents, const Claimed& claimed,
                      ConsistencyReport* report) {
  for (const auto& [cf, entries] : contents) {
    if (cf == store::CfName(store::Cf::kMeta)) continue;
    for (const auto& [key, value] : entries) {
      if (claimed.count({cf, key}) == 0) {
        report->problems.push_back(absl::StrCat(
            "key ", absl::CHexEscape(key), " in ", cf,
            " belongs to no stored document"));
      }
    }
  }
}

void CheckNextSeq(const DatabaseContents& contents, uint64_t max_seq,
                  ConsistencyReport* report) {
  const auto& meta = Family(contents, store::CfName(store::Cf::kMeta));
  auto it = meta.find(store::kNextSeqKey);
  if (max_seq == 0 && it == meta.end()) return;
  if (it == meta.end() || it->second.size() != store::kSeqBytes ||
      store::DecodeSeq(it->second) <= max_seq) {
    report->problems.push_back(
        absl::StrCat("next_seq is not past the last stored seq ", max_seq));
  }
}

}  // namespace

v1::Extraction AsStored(const v1::Extraction& extracted,
                        const v1::Document& stored) {
  v1::Extraction expected = extracted;
  v1::Document* document = expected.mutable_document();
  *document->mutable_create_time() = stored.create_time();
  document->set_event_count(expected.events_size());
  document->set_quote_count(expected.quotes_size());
  document->set_signatory_set_count(expected.signatory_sets_size());
  if (document->source_uri().empty()) {
    document->set_source_uri(expected.source_uri());
  }
  for (auto& event : *expected.mutable_events()) {
    event.set_document_id(document->id());
    event.clear_corroborating_sources();
  }
  for (auto& quote : *expected.mutable_quotes()) {
    quote.set_document_id(document->id());
    quote.clear_corroborating_sources();
  }
  for (auto& set : *expected.mutable_signatory_sets()) {
    set.set_document_id(document->id());
  }
  return expected;
}

ConsistencyReport CheckStoreConsistency(
    const DatabaseContents& contents,
    const std::map<std::string, v1::Extraction>& sent_by_id) {
  ConsistencyReport report;
  Claimed claimed;
  uint64_t max_seq = 0;
  for (const auto& [key, value] :
       Family(contents, store::CfName(store::Cf::kDocuments))) {
    v1::Document stored;
    uint64_t seq = store::DecodeSeq(key);
    max_seq = std::max(max_seq, seq);
    if (!stored.ParseFromString(value)) {
      report.problems.push_back(absl::StrCat("document seq ", seq,
                                             " does not parse"));
      continue;
    }
    auto sent = sent_by_id.find(stored.id());
    if (sent == sent_by_id.end()) {
      report.problems.push_back("stored document " + stored.id() +
                                " was never sent");
      continue;
    }
    CheckDocument(contents, seq, stored, sent->second, &claimed, &report);
  }
  CheckNoStrayKeys(contents, claimed, &report);
  CheckNextSeq(contents, max_seq, &report);
  return report;
}

}  // namespace amicus::testing
