#include "tests/reliability/generated_statements.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace amicus::testing {
namespace {

constexpr const char* kMonths[] = {"January", "February", "March",
                                   "April",   "May",      "June",
                                   "July",    "August",   "September",
                                   "October", "November", "December"};
constexpr const char* kCities[] = {"GENEVA", "NAIROBI", "BOGOTA", "WARSAW",
                                   "MANILA"};
constexpr const char* kSurnames[] = {"Marchenko", "Okafor", "Lindqvist",
                                     "Restrepo",  "Santos", "Haddad"};

std::string PressRelease(int n) {
  const char* month = kMonths[n % 12];
  int day = 2 + n % 26;
  int year = 2000 + n % 25;
  return absl::StrFormat(
      "Authorities must release detained journalist Oleh %s (ref. %d)\n\n"
      "%s, %d %s %d - The authorities arrested journalist Oleh %s on %d %s "
      "%d, the Committee for Press Freedom said today.\n\n"
      "\"Journalists must never be jailed for their reporting,\" said Maria "
      "%s, Director of the Committee for Press Freedom. \"We call for release "
      "number %d.\"\n\n"
      "On %d %s %d, the Ministry of Interior announced a travel ban on %d "
      "reporters.\n",
      kSurnames[n % 6], n, kCities[n % 5], day, month, year, kSurnames[n % 6],
      day - 1, month, year, kSurnames[(n + 2) % 6], n, day - 1, month, year,
      3 + n);
}

std::string JointLetter(int n) {
  const char* month = kMonths[n % 12];
  int day = 2 + n % 26;
  int year = 2000 + n % 25;
  return absl::StrFormat(
      "# Joint letter number %d on the protection of civil society\n\n"
      "%d %s %d\n\nDear Prime Minister,\n\n"
      "We, the undersigned organizations, write to express our concern about "
      "draft law %d adopted on %d %s %d.\n\nSigned:\n\n"
      "- Amnesty International\n- Human Rights Watch\n"
      "- International Commission of Jurists (ICJ)\n- Article 19\n"
      "- Front Line Defenders\n",
      n, day, month, year, n, day - 1, month, year);
}

}  // namespace

Statement GeneratedStatement(int n) {
  if (n % 2 == 0) {
    return {absl::StrCat("generated/press-release-", n, ".txt"),
            PressRelease(n)};
  }
  return {absl::StrCat("generated/joint-letter-", n, ".md"), JointLetter(n)};
}

Statement GoodStatement() {
  return {"good/press-release.txt", PressRelease(7)};
}

}  // namespace amicus::testing
