#include "bench/entity_tiers.h"

#include <cmath>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace amicus::bench {
namespace {

constexpr char kConsonants[] = "bdfgklmnprstvz";
constexpr char kVowels[] = "aeiou";
constexpr int kSyllables = 14 * 5;
constexpr const char* kGiven[] = {"Maria", "Tomas", "Amina", "Oleh",
                                  "Lucia", "Kwame", "Sofia", "Rahul"};

// A pronounceable word that spells `id` in four consonant-vowel syllables
// (70^4 = 24M distinct words).
std::string Word(int64_t id) {
  std::string word;
  for (int i = 0; i < 4; ++i) {
    const int s = static_cast<int>(id % kSyllables);
    id /= kSyllables;
    word.push_back(kConsonants[s / 5]);
    word.push_back(kVowels[s % 5]);
  }
  word[0] = absl::ascii_toupper(word[0]);
  return word;
}

int64_t EntityId(int tier, int64_t block) { return block * kTiers + tier; }

}  // namespace

std::string TierPerson(int tier, int64_t block) {
  const int64_t id = EntityId(tier, block);
  return absl::StrCat(kGiven[id % 8], " ", Word(id));
}

std::string TierOrganization(int tier, int64_t block) {
  // Offset so that no organization shares a word with a person.
  return absl::StrCat(Word(EntityId(tier, block) + 12000000),
                      " Rights Network");
}

std::string TierWord(int tier, int64_t block) {
  // Offset so that no word is a person's or an organization's name.
  return absl::AsciiStrToLower(Word(EntityId(tier, block) + 6000000));
}

int NearestTier(double target, int64_t units) {
  int best = 0;
  for (int t = 1; t < kTiers && kTierCounts[t] <= units; ++t) {
    const double gap = std::fabs(std::log(static_cast<double>(kTierCounts[t]) /
                                          target));
    const double best_gap = std::fabs(
        std::log(static_cast<double>(kTierCounts[best]) / target));
    if (gap < best_gap) best = t;
  }
  return best;
}

}  // namespace amicus::bench
