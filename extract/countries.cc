#include "extract/countries.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace amicus::extract {
namespace {

// How letters and the press write States that ISO 3166-1 spells
// otherwise or not at all: short forms, former names, constituent
// countries and territories whose status is disputed.
const std::pair<const char*, const char*> kColloquial[] = {
    {"US", "United States"}, {"U.S.", "United States"}, {"USA", "United States"},
    {"U.S.A.", "United States"}, {"United States of America", "United States"},
    {"UK", "United Kingdom"}, {"U.K.", "United Kingdom"},
    {"Great Britain", "United Kingdom"}, {"Britain", "United Kingdom"},
    {"England", "United Kingdom"}, {"Scotland", "United Kingdom"},
    {"Wales", "United Kingdom"}, {"Northern Ireland", "United Kingdom"},
    {"DRC", "Democratic Republic of the Congo"},
    {"DR Congo", "Democratic Republic of the Congo"},
    {"RDC", "Democratic Republic of the Congo"},
    {"Democratic Republic of the Congo", "Democratic Republic of the Congo"},
    {"UAE", "United Arab Emirates"}, {"Cote d'Ivoire", "Côte d'Ivoire"},
    {"Côte d\xE2\x80\x99Ivoire", "Côte d'Ivoire"},
    {"Cote d\xE2\x80\x99Ivoire", "Côte d'Ivoire"}, {"Ivory Coast", "Côte d'Ivoire"},
    {"Holland", "Netherlands"}, {"South Korea", "South Korea"},
    {"North Korea", "North Korea"}, {"Burma", "Myanmar"},
    {"Czech Republic", "Czechia"}, {"Russia", "Russia"}, {"Turkey", "Türkiye"},
    {"Turkiye", "Türkiye"}, {"Perú", "Peru"}, {"México", "Mexico"},
    {"Brasil", "Brazil"}, {"East Timor", "Timor-Leste"}, {"Vietnam", "Viet Nam"},
    {"Occupied Palestinian Territory", "Palestine"}, {"Swaziland", "Eswatini"},
    {"Syria", "Syria"}, {"Laos", "Laos"}, {"Lao PDR", "Laos"},
    {"Macedonia", "North Macedonia"}, {"Bosnia", "Bosnia and Herzegovina"},
    {"BiH", "Bosnia and Herzegovina"}, {"NZ", "New Zealand"},
    {"Kosovo", "Kosovo"}, {"Vatican City", "Holy See"}, {"Cape Verde", "Cabo Verde"},
    {"Brunei", "Brunei Darussalam"}, {"Tibet", "Tibet"},
    {"West Papua", "West Papua"}, {"Kurdistan", "Kurdistan"}};

std::string Key(absl::string_view name) {
  return absl::AsciiStrToLower(absl::StripAsciiWhitespace(name));
}

std::string Field(const google::protobuf::Struct& entry, const std::string& key) {
  auto it = entry.fields().find(key);
  return it == entry.fields().end() ? "" : it->second.string_value();
}

}  // namespace

CountryNames::CountryNames() {
  for (const auto& [name, canonical] : kColloquial) Add(name, canonical);
}

void CountryNames::Add(absl::string_view name, absl::string_view canonical) {
  if (name.empty()) return;
  by_name_.try_emplace(Key(name), std::string(canonical));
  std::string key = Key(name);
  if (absl::StartsWith(key, "the ")) by_name_.try_emplace(key.substr(4), canonical);
}

std::string CountryNames::One(absl::string_view name) const {
  std::string key = Key(name);
  auto it = by_name_.find(key);
  // "The Netherlands", "the Gambia".
  if (it == by_name_.end() && absl::StartsWith(key, "the ")) it = by_name_.find(key.substr(4));
  return it == by_name_.end() ? "" : it->second;
}

std::string CountryNames::Canonical(absl::string_view name) const {
  std::string single = One(name);
  if (!single.empty()) return single;
  for (absl::string_view sep : {" and ", " & ", "/", ", "}) {
    // Most names hold no separator: skip the split and its allocations.
    if (name.find(sep) == absl::string_view::npos) continue;
    std::vector<absl::string_view> parts = absl::StrSplit(name, sep);
    if (parts.size() < 2) continue;
    std::vector<std::string> canonical;
    for (absl::string_view p : parts) {
      std::string c = One(p);
      if (c.empty()) return "";
      canonical.push_back(c);
    }
    return absl::StrJoin(canonical, std::string(sep));
  }
  return "";
}

absl::StatusOr<CountryNames> ParseIsoCountries(absl::string_view json) {
  google::protobuf::Struct root;
  auto parsed = google::protobuf::util::JsonStringToMessage(std::string(json), &root);
  if (!parsed.ok()) return absl::InvalidArgumentError(parsed.ToString());
  auto list = root.fields().find("3166-1");
  if (list == root.fields().end()) {
    return absl::InvalidArgumentError("no \"3166-1\" list in the ISO 3166 data");
  }
  CountryNames names;
  // Two passes: every entry's own names first, so that the short form of
  // "Congo, The Democratic Republic of the" does not take "Congo" from the
  // Republic of the Congo.
  std::vector<std::pair<std::string, std::string>> short_forms;
  for (const auto& value : list->second.list_value().values()) {
    const google::protobuf::Struct& entry = value.struct_value();
    std::string name = Field(entry, "name");
    std::string common = Field(entry, "common_name");
    // "Iran, Islamic Republic of" is also written "Iran" and "Islamic
    // Republic of Iran"; "Bonaire, Sint Eustatius and Saba" is no inversion.
    std::string short_form, reordered;
    std::vector<std::string> parts = absl::StrSplit(name, absl::MaxSplits(", ", 1));
    bool inverted = parts.size() == 2 && (absl::EndsWith(parts[1], " of") ||
                                          absl::EndsWith(parts[1], " of the"));
    if (inverted) {
      short_form = parts[0];
      reordered = parts[1] + " " + parts[0];
    }
    // "The Democratic Republic of the Congo" is not "Congo".
    std::string canonical = !common.empty()                          ? common
                            : !inverted                              ? name
                            : absl::StartsWith(parts[1], "The ") ? reordered.substr(4)
                                                                 : short_form;
    names.Add(canonical, canonical);
    names.Add(name, canonical);
    names.Add(Field(entry, "official_name"), canonical);
    short_forms.emplace_back(short_form, canonical);
    short_forms.emplace_back(reordered, canonical);
  }
  for (const auto& [form, canonical] : short_forms) names.Add(form, canonical);
  return names;
}

const CountryNames& DefaultCountryNames() {
  static const CountryNames* names = new CountryNames();
  return *names;
}

}  // namespace amicus::extract
