#include "test_util.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "extract/extractor.h"
#include "extract/iso_countries.h"
#include "extract/system_dictionary.h"
#include "gtest/gtest.h"

namespace amicus::extract::testing {

const ExtractOptions& OptionsWithDictionary() {
  static const ExtractOptions* options = [] {
    auto* o = new ExtractOptions();
    o->dictionary = LoadSystemDictionary();
    o->countries = LoadIsoCountries();
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

std::string MultiPagePdf(const std::vector<std::vector<std::string>>& pages) {
  size_t n = pages.size();
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", ""};
  std::vector<std::string> kids;
  for (size_t p = 0; p < n; ++p) {
    size_t page_obj = 4 + 2 * p;
    kids.push_back(absl::StrCat(page_obj, " 0 R"));
    std::string stream = "BT /F1 11 Tf 72 720 Td 14 TL\n";
    for (const std::string& line : pages[p]) absl::StrAppend(&stream, "(", line, ") '\n");
    stream += "ET";
    objects.push_back("");  // filled below: the font is object 3
    objects.resize(page_obj + 1);
    objects[page_obj - 1] = absl::StrCat(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ", page_obj + 1,
        " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    objects[page_obj] =
        absl::StrCat("<< /Length ", stream.size(), " >>\nstream\n", stream, "\nendstream");
  }
  objects[1] = absl::StrCat("<< /Type /Pages /Kids [", absl::StrJoin(kids, " "),
                            "] /Count ", n, " >>");
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    absl::StrAppend(&pdf, i + 1, " 0 obj\n", objects[i], "\nendobj\n");
  }
  size_t xref = pdf.size();
  absl::StrAppend(&pdf, "xref\n0 ", objects.size() + 1, "\n0000000000 65535 f \n");
  for (size_t off : offsets) {
    std::string num = std::to_string(off);
    absl::StrAppend(&pdf, std::string(10 - num.size(), '0'), num, " 00000 n \n");
  }
  absl::StrAppend(&pdf, "trailer\n<< /Size ", objects.size() + 1,
                  " /Root 1 0 R >>\nstartxref\n", xref, "\n%%EOF\n");
  return pdf;
}

std::string SignerNames(const amicus::v1::Extraction& e) {
  std::string out;
  for (const auto& set : e.signatory_sets()) {
    for (const auto& s : set.signatories()) {
      out += s.name() + (s.country().empty() ? "" : " (" + s.country() + ")") + "; ";
    }
  }
  return out;
}

std::string ActorOf(const amicus::v1::Extraction& e, const char* evidence) {
  const amicus::v1::Event* event = EventContaining(e, evidence);
  if (event == nullptr) return "<no event>";
  return event->actors_size() == 0 ? "" : event->actors(0).name();
}

}  // namespace amicus::extract::testing
