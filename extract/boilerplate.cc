#include "extract/boilerplate.h"

#include <array>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "extract/byte_scan.h"
#include "extract/text_units.h"

namespace amicus::extract {
namespace {

constexpr size_t kMinTeaserWords = 8;

bool IsRule(absl::string_view p) {
  size_t marks = 0;
  for (char c : p) {
    if (c == '_' || c == '-' || c == '=' || c == '*' || c == '~') {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

bool HasPhoneNumber(absl::string_view p) {
  size_t digits = CountDigits(p);
  // Cheapest tests first: few paragraphs carry seven digits.
  if (digits < 7 || HasMoreWordsThan(p, 25)) return false;
  // Each label as a word of its own: "Omar Castell", "hotel" and "at:"
  // hold the letters, "Tel:", "T: +41" and "+00 123" the label.
  std::string lower = absl::AsciiStrToLower(p);
  auto word_at = [&lower](size_t at, size_t size) {
    bool start = at == 0 || !absl::ascii_isalpha(static_cast<unsigned char>(lower[at - 1]));
    bool end = at + size >= lower.size() ||
               !absl::ascii_isalpha(static_cast<unsigned char>(lower[at + size]));
    return start && end;
  };
  for (absl::string_view label : {"tel", "t:", "phone", "telephone", "mobile"}) {
    for (size_t at = lower.find(label.data(), 0, label.size()); at != std::string::npos;
         at = lower.find(label.data(), at + 1, label.size())) {
      if (word_at(at, label.back() == ':' ? label.size() - 1 : label.size())) return true;
    }
  }
  for (size_t at = lower.find('+'); at != std::string::npos; at = lower.find('+', at + 1)) {
    if (at + 1 < lower.size() && absl::ascii_isdigit(static_cast<unsigned char>(lower[at + 1])))
      return true;
  }
  return false;
}

bool IsEmailLine(absl::string_view p) {
  return absl::StrContains(p, "@") && !HasMoreWordsThan(p, 8) &&
         !absl::StrContains(p, " said");
}

// Whether p[i...] starts with `cue` (lowercase ASCII) in any case.
bool CueAt(absl::string_view p, size_t i, absl::string_view cue) {
  if (p.size() - i < cue.size()) return false;
  for (size_t k = 0; k < cue.size(); ++k) {
    if (absl::ascii_tolower(static_cast<unsigned char>(p[i + k])) != cue[k]) return false;
  }
  return true;
}

// Short calls to action that only make sense on a web page. One pass over
// the paragraph, trying the cues at each byte that can start one, instead
// of lowercasing a copy and searching it once per cue: a list of
// signatories is hundreds of such short paragraphs.
bool IsWebFurniture(absl::string_view p) {
  static constexpr absl::string_view kCues[] = {
      "click here", "download", "share this", "read more", "more information here",
      "subscribe", "follow us", "print this", "for inquiries", "for more information",
      "please contact", "media contact", "press contact", "sign up", "back to top",
      "skip to", "cookie"};
  static const std::array<bool, 256> kStarts = [] {
    std::array<bool, 256> starts{};
    for (absl::string_view cue : kCues) starts[static_cast<unsigned char>(cue[0])] = true;
    return starts;
  }();
  if (HasMoreWordsThan(p, 14)) return false;
  // "Share on Facebook Share on Twitter": a page's share buttons; only at
  // the start, as "... continued to share on social media." is prose.
  if (absl::StartsWithIgnoreCase(p, "share on ")) return true;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = absl::ascii_tolower(static_cast<unsigned char>(p[i]));
    if (!kStarts[static_cast<unsigned char>(c)]) continue;
    for (absl::string_view cue : kCues) {
      if (cue[0] != c || !CueAt(p, i, cue)) continue;
      // "Police detained four journalists on 30 August. Read more": a
      // listing's teaser keeps its sentence; the link after it is harmless.
      absl::string_view before = absl::StripTrailingAsciiWhitespace(p.substr(0, i));
      bool sentence_before = !before.empty() && (before.back() == '.' || before.back() == '[') &&
                             HasMoreWordsThan(before, 5);
      if (!sentence_before) return true;
    }
  }
  return false;
}

bool IsContactsHeading(absl::string_view p) {
  absl::string_view bare = absl::StripSuffix(p, ":");
  if (bare.size() > 14) return false;  // longer than "media contacts"
  std::string lower = absl::AsciiStrToLower(bare);
  return lower == "contacts" || lower == "contact" || lower == "media contacts" ||
         lower == "media contact" || lower == "press contacts";
}

// A short line with no sentence punctuation: a name, title or place in a
// contact block.
bool IsShortLabel(absl::string_view p) {
  return !HasMoreWordsThan(p, 7) && !absl::EndsWith(p, ".");
}

}  // namespace

BoilerplateRemoval RemoveBoilerplate(const MappedText& in) {
  absl::string_view text = in.text;
  std::vector<Paragraph> paras = Paragraphs(text);
  std::vector<bool> drop(paras.size(), false);

  for (size_t i = 0; i < paras.size(); ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (IsRule(p) || HasPhoneNumber(p) || IsEmailLine(p) || IsWebFurniture(p)) {
      drop[i] = true;
    }
    if (IsContactsHeading(p)) {
      drop[i] = true;
      for (size_t k = i + 1; k < paras.size() && k <= i + 12 &&
                             IsShortLabel(paras[k].range.in(text));
           ++k) {
        drop[k] = true;
      }
    }
  }

  // A heading printed twice in a row (an HTML <title> above its <h1>).
  for (size_t i = 1; i < paras.size(); ++i) {
    if (paras[i].range.in(text) == paras[i - 1].range.in(text)) drop[i] = true;
  }

  // A teaser repeated at the top and again near the end of the page.
  absl::flat_hash_map<absl::string_view, size_t> first_seen;
  for (size_t i = 0; i < paras.size(); ++i) {
    absl::string_view p = paras[i].range.in(text);
    if (!HasMoreWordsThan(p, kMinTeaserWords - 1)) continue;
    auto [it, inserted] = first_seen.try_emplace(p, i);
    if (inserted) continue;
    size_t first = it->second;
    bool top = first < 4;
    bool bottom = i * 3 >= paras.size() * 2;
    if (!top || !bottom) continue;
    drop[first] = true;
    // A short heading right above the top copy belongs to the teaser.
    if (first == 1 && !HasMoreWordsThan(paras[0].range.in(text), 6)) drop[0] = true;
    for (size_t k = i; k < paras.size(); ++k) drop[k] = true;
    break;
  }

  BoilerplateRemoval result;
  MappedTextBuilder out(text.size());
  bool blank_pending = false;
  for (size_t i = 0; i < paras.size(); ++i) {
    if (drop[i]) {
      ++result.dropped_paragraphs;
      blank_pending = blank_pending || out.size() > 0;
      continue;
    }
    if (out.size() > 0) {
      bool blank = blank_pending || paras[i].blank_before;
      out.AppendAt(blank ? "\n\n" : "\n", in.offsets[paras[i].range.begin]);
    }
    blank_pending = false;
    out.AppendFrom(in, paras[i].range.begin, paras[i].range.end);
  }
  result.text = out.Finish();
  return result;
}

}  // namespace amicus::extract
