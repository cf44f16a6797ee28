#include "store/intersect_cursor.h"

#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "store/cursor.h"
#include "store/rocks_status.h"
#include "store/word_postings.h"

namespace amicus::store {
namespace {

absl::string_view AsStringView(const rocksdb::Slice& slice) {
  return absl::string_view(slice.data(), slice.size());
}

}  // namespace

// An iterator several prefixes read, and which of them it sits on: only
// that one may step with Next instead of a Seek.
struct IntersectCursor::SharedIterator {
  rocksdb::Iterator* it = nullptr;
  const void* at = nullptr;
};

// One prefix's record keys, read forward. An entry's key past the prefix
// is a record key, or, in a family indexing words by document
// (word_postings.h), a seq whose value lists the ordinals: those entries
// are expanded into their record keys (EntryRecords, a copy, because other
// prefixes may move the shared iterator meanwhile).
class IntersectCursor::Posting {
 public:
  Posting(SharedIterator* shared, std::string prefix, Cf family)
      : shared_(shared),
        prefix_(std::move(prefix)),
        by_document_(IndexesWordsByDocument(family)),
        entry_key_bytes_(by_document_ ? kSeqBytes : RecordKeyBytesOf(family)) {}

  // The first record key at or after `from`, or nullptr when none is left.
  const std::string* HeadAtOrAfter(absl::string_view from) {
    if (exhausted_) return nullptr;
    if (!head_.empty() && head_ >= from) return &head_;
    if (by_document_ && records_.NextAtOrAfter(from, &head_)) return &head_;
    rocksdb::Iterator* it = shared_->it;
    if (shared_->at == this) {
      // The usual step of a scan: the next entry is likely the one wanted,
      // and a Next costs far less than a Seek's search of every level.
      it->Next();
    } else {
      it->Seek(SeekTarget(from));
    }
    shared_->at = nullptr;
    while (it->Valid()) {
      ++entries_read_;
      absl::string_view key = AsStringView(it->key());
      if (!absl::StartsWith(key, prefix_)) break;
      absl::string_view entry_key = key.substr(prefix_.size());
      if (entry_key.size() != entry_key_bytes_) {
        it->Next();  // not an entry of this family's form: skip it
        continue;
      }
      if (entry_key < from.substr(0, entry_key_bytes_)) {
        it->Seek(SeekTarget(from));
        continue;
      }
      if (!Load(entry_key, AsStringView(it->value()), from)) {
        it->Next();  // nothing at or after `from` in it
        continue;
      }
      shared_->at = this;
      return &head_;
    }
    exhausted_ = true;
    return nullptr;
  }

  size_t entries_read() const { return entries_read_; }

 private:
  // Where the first entry that may hold a key at or after `from` is.
  std::string SeekTarget(absl::string_view from) const {
    if (!by_document_) return absl::StrCat(prefix_, from);
    return absl::StrCat(prefix_, from.substr(0, kSeqBytes));
  }

  // Makes head_ the entry's first record key at or after `from`; false
  // when it has none.
  bool Load(absl::string_view entry_key, absl::string_view value,
            absl::string_view from) {
    if (!by_document_) {
      if (entry_key < from) return false;
      head_.assign(entry_key.data(), entry_key.size());
      return true;
    }
    records_.Load(entry_key, value);  // a corrupt entry holds none
    return records_.NextAtOrAfter(from, &head_);
  }

  SharedIterator* shared_;
  std::string prefix_;
  bool by_document_;
  size_t entry_key_bytes_;
  std::string head_;
  EntryRecords records_;  // by document only: the entry head_ is from
  bool exhausted_ = false;
  size_t entries_read_ = 0;
};

// A term's record keys: the union of its prefixes'.
class IntersectCursor::Term {
 public:
  Term(SharedIterator* shared, const IndexTerm& term) {
    for (const std::string& prefix : term.prefixes) {
      postings_.emplace_back(shared, prefix, term.family);
    }
  }

  // The smallest record key at or after `from` under any prefix, or
  // nullptr when none is left.
  const std::string* HeadAtOrAfter(absl::string_view from) {
    const std::string* smallest = nullptr;
    for (Posting& posting : postings_) {
      const std::string* head = posting.HeadAtOrAfter(from);
      if (head != nullptr && (smallest == nullptr || *head < *smallest)) {
        smallest = head;
      }
    }
    return smallest;
  }

  size_t entries_read() const {
    size_t total = 0;
    for (const Posting& posting : postings_) total += posting.entries_read();
    return total;
  }

 private:
  std::vector<Posting> postings_;
};

IntersectCursor::IntersectCursor(
    const std::vector<rocksdb::Iterator*>& iterators, RecordSource records,
    IntersectScanSpec spec)
    : candidate_(std::move(spec.start)),
      prefetch_(records,
                spec.terms.empty() ? kRecordKeyBytes
                                   : RecordKeyBytesOf(spec.terms[0].family)) {
  for (size_t i = 0; i < spec.terms.size(); ++i) {
    SharedIterator* shared = nullptr;
    for (const std::unique_ptr<SharedIterator>& s : shared_) {
      if (s->it == iterators[i]) shared = s.get();
    }
    if (shared == nullptr) {
      shared_.push_back(std::make_unique<SharedIterator>());
      shared = shared_.back().get();
      shared->it = iterators[i];
    }
    terms_.push_back(std::make_unique<Term>(shared, spec.terms[i]));
  }
  Refill();
}

IntersectCursor::~IntersectCursor() = default;
IntersectCursor::IntersectCursor(IntersectCursor&&) = default;

bool IntersectCursor::FindNext() {
  if (terms_.empty()) return false;
  size_t agreed = 0;
  for (size_t i = 0;; i = (i + 1) % terms_.size()) {
    const std::string* head = terms_[i]->HeadAtOrAfter(candidate_);
    if (head == nullptr) return false;
    if (*head == candidate_) {
      ++agreed;
    } else {
      candidate_ = *head;
      agreed = 1;
    }
    if (agreed == terms_.size()) return true;
  }
}

void IntersectCursor::Refill() {
  fetch_status_ = prefetch_.Refill([this] {
    if (!FindNext()) return false;
    prefetch_.Add(candidate_);
    candidate_.push_back('\0');  // the next key after it
    return true;
  });
  valid_ = fetch_status_.ok() && prefetch_.Valid();
}

void IntersectCursor::Next() {
  prefetch_.Next();
  if (!prefetch_.Valid()) Refill();
}

absl::Status IntersectCursor::status() const {
  for (const std::unique_ptr<SharedIterator>& shared : shared_) {
    absl::Status status = FromRocks(shared->it->status(), "scanning");
    if (!status.ok()) return status;
  }
  return fetch_status_;
}

size_t IntersectCursor::index_entries_read() const {
  size_t total = 0;
  for (const std::unique_ptr<Term>& term : terms_) total += term->entries_read();
  return total;
}

}  // namespace amicus::store
