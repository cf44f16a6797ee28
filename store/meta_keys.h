#ifndef AMICUS_STORE_META_KEYS_H_
#define AMICUS_STORE_META_KEYS_H_

namespace amicus::store {

// Key in the meta column family holding the next seq to allocate (8 bytes
// big-endian). Written in the same WriteBatch as each document, so the
// highest stored seq is always next_seq - 1 in any consistent view.
inline constexpr char kNextSeqKey[] = "next_seq";

// Key in the meta column family holding the layout version (one byte).
// Absent in databases written before the entity registry. The writer brings
// an older database up to date on open (layout_upgrade.h), then writes the
// version. 3: person indexes tell exact names from trailing runs. 4: word
// indexes for text search.
inline constexpr char kLayoutVersionKey[] = "layout_version";
inline constexpr char kLayoutVersion = 4;

// Key in the meta column family naming the log a query replica mirrors
// (distributed mode: the JetStream stream's creation time), so that a
// stream deleted and recreated, whose positions start over, is not taken
// for the one applied. Absent in single-machine databases and in replicas
// from before it; an absent key is adopted from the stream at its first
// contact, so no layout upgrade reads or writes it.
inline constexpr char kLogIdentityKey[] = "log_identity";

}  // namespace amicus::store

#endif  // AMICUS_STORE_META_KEYS_H_
