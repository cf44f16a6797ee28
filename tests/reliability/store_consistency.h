#ifndef AMICUS_TESTS_RELIABILITY_STORE_CONSISTENCY_H_
#define AMICUS_TESTS_RELIABILITY_STORE_CONSISTENCY_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "amicus/v1/records.pb.h"
#include "tests/reliability/database_contents.h"

namespace amicus::testing {

// What the consistency check found.
struct ConsistencyReport {
  // Ids of the documents stored whole.
  std::set<std::string> stored_ids;
  // Every violation, in words; empty when the database is consistent.
  std::vector<std::string> problems;
};

// Checks a database against the documents that were sent (document id ->
// the Extraction the library computes for its content): every stored
// document is one that was sent, stored as extracted; every key the store's
// own key computation (store::DocumentEntries) assigns it is present with
// its value, so no document is half-stored and every index agrees with its
// record; no key belongs to no stored document; next_seq is past every seq.
ConsistencyReport CheckStoreConsistency(
    const DatabaseContents& contents,
    const std::map<std::string, v1::Extraction>& sent_by_id);

// `extracted` as the store holds it once written: counts, record document
// ids, no corroboration (derived at read time), and the stored
// create_time.
v1::Extraction AsStored(const v1::Extraction& extracted,
                        const v1::Document& stored);

}  // namespace amicus::testing

#endif  // AMICUS_TESTS_RELIABILITY_STORE_CONSISTENCY_H_
