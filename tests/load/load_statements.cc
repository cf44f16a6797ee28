#include "tests/load/load_statements.h"

#include "absl/strings/str_cat.h"

namespace amicus::load {
namespace {

constexpr const char* kNames[] = {"Amara Diallo", "Jonas Keller", "Leila Haddad",
                                  "Tomas Novak", "Ines Moreira", "Kwame Mensah"};
constexpr const char* kOrganizations[] = {
    "Front Line Defenders", "Human Rights Watch", "Amnesty International",
    "Committee to Protect Journalists"};
constexpr const char* kMonths[] = {"January", "February", "March", "April",
                                   "May", "June", "July", "August",
                                   "September", "October", "November", "December"};

}  // namespace

std::string LoadStatement(int n) {
  const char* name = kNames[n % 6];
  const char* organization = kOrganizations[n % 4];
  const std::string date =
      absl::StrCat(1 + n % 28, " ", kMonths[(n / 28) % 12], " ", 2020 + n % 6);
  std::string text = absl::StrCat(
      "Statement ", n, "\n\n", date, ". ", organization,
      " condemned the arrest of human rights defender ", name, " on ", date,
      ". \"The charges against ", name, " must be dropped at once,\" said ",
      kNames[(n + 1) % 6], ", director at ", organization, ".\n\n");
  // Body text: enough bytes per document for full-document streams to
  // exercise flow control.
  for (int paragraph = 0; paragraph < 12; ++paragraph) {
    absl::StrAppend(&text, "Paragraph ", paragraph, " of statement ", n,
                    ": the organization recalls that peaceful advocacy is "
                    "protected by international law, that defenders must be "
                    "able to work without fear of reprisal, and that the "
                    "authorities have an obligation to ensure a fair trial "
                    "before an independent court.\n\n");
  }
  return text;
}

}  // namespace amicus::load
