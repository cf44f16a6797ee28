#ifndef AMICUS_BENCH_ENTITY_TIERS_H_
#define AMICUS_BENCH_ENTITY_TIERS_H_

#include <cstdint>
#include <string>

namespace amicus::bench {

// Entities with a known number of occurrences, all inside one block of
// consecutive units (documents for actors, joint letters for signing
// organizations), so the benchmark can pick, at any scale, a name that
// selects ~1% or ~0.01% of the records, and whose result stays the same
// when later documents are added.
//
// Every unit has one slot per tier; slot t of unit u names entity
// (t, u / kTierCounts[t]). Entity (t, b) therefore occurs exactly
// kTierCounts[t] times, in units b*count .. (b+1)*count-1. The counts
// step by ~3x, so the nearest tier is within 1.8x of any target.
inline constexpr int kTiers = 11;
inline constexpr int64_t kTierCounts[kTiers] = {
    1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000};

// The block (entity number within its tier) that unit `unit` names.
inline int64_t TierBlock(int tier, int64_t unit) {
  return unit / kTierCounts[tier];
}

// A person's full name ("Maria Bavorikuze"): surnames are invented and
// unique per entity, so no name filter matches two entities.
std::string TierPerson(int tier, int64_t block);

// An organization's name ("Bavorikuze Rights Network"), unique per entity.
std::string TierOrganization(int tier, int64_t block);

// A lowercase word ("bavorikuze") found nowhere but in the text of the
// entity's records: what the benchmark's text searches look for.
std::string TierWord(int tier, int64_t block);

// The tier whose count is nearest `target` (log scale) among the tiers
// with at least one whole block in the first `units` units.
int NearestTier(double target, int64_t units);

}  // namespace amicus::bench

#endif  // AMICUS_BENCH_ENTITY_TIERS_H_
