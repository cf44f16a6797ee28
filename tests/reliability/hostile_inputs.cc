#include "tests/reliability/hostile_inputs.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/e2e/service_pair.h"

namespace amicus::testing {
namespace {

using grpc::StatusCode;

constexpr size_t kDocumentLimit = 16 << 20;  // amicus-ingest's default

std::function<std::string()> Text(std::string text) {
  return [text] { return text; };
}

std::string Repeat(const std::string& unit, size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) out += unit;
  return out;
}

HostileInput Refused(std::string name, std::string uri, std::string content,
                     std::vector<std::string> words, std::string type = "") {
  HostileInput input;
  input.name = std::move(name);
  input.source_uri = std::move(uri);
  input.media_type = std::move(type);
  input.content = Text(std::move(content));
  input.code = StatusCode::INVALID_ARGUMENT;
  input.message_words = std::move(words);
  return input;
}

HostileInput Stored(std::string name, std::string uri,
                    std::function<std::string()> content,
                    std::vector<std::string> stored_text) {
  HostileInput input;
  input.name = std::move(name);
  input.source_uri = std::move(uri);
  input.content = std::move(content);
  input.stored_text = std::move(stored_text);
  return input;
}

std::vector<HostileInput> NotText() {
  return {
      Refused("Empty", "empty.txt", "", {"empty"}),
      Refused("WhitespaceOnly", "blank.txt", " \n\t \r\n \f \n", {"whitespace"}),
      Refused("NulBytes", "nul.txt",
              std::string("Press release\0on the\0court", 26), {"binary"}),
      Refused("ControlBytes", "control.txt",
              "Statement\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f end",
              {"binary"}),
      Refused("Utf16WithBom", "utf16.txt",
              std::string("\xff\xfeS\0t\0a\0t\0e\0m\0e\0n\0t\0", 20),
              {"binary"}),
  };
}

std::vector<HostileInput> InvalidUtf8() {
  return {
      Refused("OverlongSlash", "overlong.txt", "Statement \xc0\xaf end",
              {"UTF-8", "offset 10"}),
      Refused("OverlongThreeBytes", "overlong3.txt", "Ok \xe0\x80\xaf end",
              {"UTF-8", "offset 3"}),
      Refused("Surrogate", "surrogate.txt", "Half \xed\xa0\x80 pair",
              {"UTF-8", "offset 5"}),
      Refused("TruncatedAtEnd", "truncated.txt", "Ends mid-character \xe2\x82",
              {"UTF-8", "offset 19"}),
      Refused("LoneContinuationByte", "continuation.txt", "\x80 starts badly",
              {"UTF-8", "offset 0"}),
      Refused("BeyondUnicode", "beyond.txt", "Past U+10FFFF \xf4\x90\x80\x80",
              {"UTF-8", "offset 14"}),
      // The documented contract refuses non-UTF-8; transcoding is the
      // better behaviour (Windows1252WithCharsetIsTranscoded).
      Refused("Windows1252", "cp1252.txt",
              "Caf\xe9 \x93quoted\x94 statement of 3 March 2024.",
              {"UTF-8", "offset 3"}),
  };
}

std::vector<HostileInput> BadPdfs() {
  const std::string pdf = ReadFileOrDie(
      std::string(AMICUS_EXAMPLES_DIR) + "/statement_lawyer_arrest.pdf");
  return {
      Refused("ZeroBytePdf", "empty.pdf", "", {"empty"}, "application/pdf"),
      Refused("OneBytePdf", "one.pdf", "%", {"%PDF-"}, "application/pdf"),
      Refused("PdfThatIsNotAPdf", "fake.pdf", "%PDF-1.7\nnot a PDF at all\n",
              {"PDF", "loaded"}),
      Refused("TruncatedPdf", "truncated.pdf", pdf.substr(0, pdf.size() / 2),
              {"PDF", "loaded"}),
      Refused("TextDeclaredAsPdf", "letter", "Joint letter on reprisals.",
              {"%PDF-"}, "application/pdf"),
      Refused("UnknownMediaType", "letter.doc", "Joint letter on reprisals.",
              {"application/msword"}, "application/msword"),
  };
}

std::vector<HostileInput> TooLarge() {
  HostileInput over_limit;
  over_limit.name = "JustOverTheLimit";
  over_limit.source_uri = "over.txt";
  over_limit.content = [] { return std::string(kDocumentLimit + 1, 'a'); };
  over_limit.code = StatusCode::RESOURCE_EXHAUSTED;
  over_limit.message_words = {absl::StrCat(kDocumentLimit + 1),
                              absl::StrCat(kDocumentLimit)};
  // gRPC refuses it before the service sees it (message limit is the
  // document limit + 1 MiB).
  HostileInput huge = over_limit;
  huge.name = "TwoHundredMegabytes";
  huge.source_uri = "huge.txt";
  huge.content = [] { return std::string(200 << 20, 'a'); };
  huge.message_words = {"max"};
  return {over_limit, huge};
}

void NoImpossibleDates(const v1::Extraction& extraction) {
  EXPECT_LE(extraction.document().date().year(), 9999);
  for (const v1::Event& event : extraction.events()) {
    EXPECT_LE(event.date().year(), 9999) << event.ShortDebugString();
  }
}

// A list of half a million signers keeps the document's bound of 100,000
// and says so, so that the extraction still fits in one GetExtraction reply.
void SignatoriesBounded(const v1::Extraction& extraction) {
  int signatories = 0;
  for (const v1::SignatorySet& set : extraction.signatory_sets()) {
    signatories += set.signatories_size();
  }
  EXPECT_EQ(signatories, 100000);
  bool warned = false;
  for (const std::string& warning : extraction.document().warnings()) {
    warned = warned || absl::StrContains(warning, "signatories");
  }
  EXPECT_TRUE(warned) << extraction.document().ShortDebugString().substr(0, 500);
}

std::vector<HostileInput> ValidButExtreme() {
  const std::string sentence =
      "The rights group said the court must be free to act. ";
  std::vector<HostileInput> inputs = {
      Stored("HtmlNested100000Levels", "nested.html",
             [] {
               return "<html><body>" + Repeat("<div>", 100000) +
                      "Innermost statement survives." +
                      Repeat("</div>", 100000) + "</body></html>";
             },
             {"Innermost statement survives."}),
      Stored("HtmlMegabyteAttribute", "attribute.html",
             [] {
               return "<html><body><p title=\"" + std::string(1 << 20, 'x') +
                      "\">The group said the court must be free.</p>"
                      "</body></html>";
             },
             {"The group said the court must be free."}),
      Stored("FifteenMegabytesOneLine", "one-line.txt",
             [sentence] {
               return Repeat(sentence, 15000000 / sentence.size());
             },
             {sentence.substr(0, 40)}),
      Stored("MillionQuoteMarks", "quotes.txt",
             [] { return "Opening words " + std::string(1000000, '"'); },
             {"Opening words"}),
      Stored("SignatoryListOfHalfMillionLines", "signatories.md",
             [] {
               std::string letter =
                   "We, the undersigned organizations, call for release.\n\n";
               for (int i = 0; i < 500000; ++i) {
                 absl::StrAppend(&letter, "- Association Number ", i, "\n");
               }
               return letter;
             },
             {"Association Number 499999"}),
      Stored("DateNinetyNineSmarch", "smarch.txt",
             Text("GENEVA, 99 Smarch 99999 - The group said on 99 Smarch "
                  "99999 that it condemned the ban.\n"),
             {"99 Smarch 99999"}),
      Stored("RightToLeftAndCombining", "rtl.txt",
             Text("GENEVA, 3 March 2024 - \xd7\x90\xd7\x9e\xd7\xa0\xd7\xa1"
                  "\xd7\x98\xd7\x99 and \xd8\xa7\xd9\x84\xd8\xb9\xd9\x81"
                  "\xd9\x88 said \xe2\x80\xae override\xe2\x80\xac that "
                  "Zoe\xcc\x88 and n\xcc\x83 were released.\n"),
             {"\xd7\x90\xd7\x9e\xd7\xa0\xd7\xa1\xd7\x98\xd7\x99",
              "\xd8\xa7\xd9\x84\xd8\xb9\xd9\x81\xd9\x88"}),
      Stored("Utf8ByteOrderMark", "bom.txt",
             Text("\xef\xbb\xbfGENEVA, 3 March 2024 - The group condemned "
                  "the ban.\n"),
             {"GENEVA, 3 March 2024"}),
      Stored("MarkdownQuoteNested100000Levels", "nested.md",
             [] { return Repeat(">", 100000) + " The deepest words.\n"; },
             {"The deepest words."}),
  };
  inputs[5].check_stored = NoImpossibleDates;
  for (HostileInput& input : inputs) {
    if (input.name == "SignatoryListOfHalfMillionLines") {
      input.check_stored = SignatoriesBounded;
    }
  }
  return inputs;
}

// Inputs that leave no readable text: storing them would give every such
// document the id of the empty text.
std::vector<HostileInput> NoReadableText() {
  return {
      // Only non-ASCII whitespace.
      Refused("UnicodeWhitespaceOnly", "nbsp.txt",
              "\xc2\xa0\xe3\x80\x80\xe2\x80\x83\n\xc2\xa0\n", {"whitespace"}),
      // Markup with no readable text.
      Refused("HtmlWithoutReadableText", "script.html",
              "<html><body><script>var a = 1;</script><nav>Menu</nav>"
              "</body></html>",
              {"text"}),
  };
}

}  // namespace

std::vector<HostileInput> HostileInputs() {
  std::vector<HostileInput> all;
  for (auto group : {NotText(), InvalidUtf8(), BadPdfs(), TooLarge(),
                     ValidButExtreme(), NoReadableText()}) {
    for (HostileInput& input : group) all.push_back(std::move(input));
  }
  return all;
}

}  // namespace amicus::testing
