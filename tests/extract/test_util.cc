#include "test_util.h"

#include "absl/strings/match.h"
#include "extract/extractor.h"
#include "extract/system_dictionary.h"
#include "gtest/gtest.h"

namespace amicus::extract::testing {

const ExtractOptions& OptionsWithDictionary() {
  static const ExtractOptions* options = [] {
    auto* o = new ExtractOptions();
    o->dictionary = LoadSystemDictionary();
    return o;
  }();
  return *options;
}

amicus::v1::Extraction MustExtract(absl::string_view content,
                                   absl::string_view media_type) {
  auto result = Extract("fixture", content, media_type, OptionsWithDictionary());
  EXPECT_TRUE(result.ok()) << result.status();
  return result.ok() ? *result : amicus::v1::Extraction();
}

const amicus::v1::Quote* QuoteContaining(const amicus::v1::Extraction& e,
                                         absl::string_view fragment) {
  for (const auto& q : e.quotes()) {
    if (absl::StrContains(q.text(), fragment)) return &q;
  }
  return nullptr;
}

const amicus::v1::Event* EventContaining(const amicus::v1::Extraction& e,
                                         absl::string_view fragment) {
  for (const auto& ev : e.events()) {
    if (absl::StrContains(ev.evidence().text(), fragment)) return &ev;
  }
  return nullptr;
}

}  // namespace amicus::extract::testing
