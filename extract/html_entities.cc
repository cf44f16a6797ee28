#include "extract/html_entities.h"

#include <cstdint>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"
#include "extract/charset.h"

namespace amicus::extract {
namespace {

// Longest reference looked at: "&#x1F600;" and the named ones below.
constexpr size_t kMaxReference = 10;

// Named references of prose: marks, dashes, spaces, the Latin-1 letters.
const absl::flat_hash_map<absl::string_view, uint32_t>& Named() {
  static const auto* kNamed = new absl::flat_hash_map<absl::string_view, uint32_t>{
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
      {"nbsp", ' '}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},
      {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"laquo", 0xAB},
      {"raquo", 0xBB}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
      {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"deg", 0xB0},
      {"middot", 0xB7}, {"bull", 0x2022}, {"eacute", 0xE9}, {"egrave", 0xE8},
      {"aacute", 0xE1}, {"agrave", 0xE0}, {"iacute", 0xED}, {"oacute", 0xF3},
      {"uacute", 0xFA}, {"ntilde", 0xF1}, {"ccedil", 0xE7}, {"uuml", 0xFC},
      {"ouml", 0xF6}, {"auml", 0xE4}, {"Eacute", 0xC9}, {"szlig", 0xDF}};
  return *kNamed;
}

// The code point of the reference between '&' and ';' ("#8217", "rsquo"),
// or 0 when it is none this decoder knows.
uint32_t CodePoint(absl::string_view body) {
  if (body.size() > 1 && body[0] == '#') {
    uint32_t cp = 0;
    bool hex = body[1] == 'x' || body[1] == 'X';
    bool ok = hex ? absl::SimpleHexAtoi(body.substr(2), &cp)
                  : absl::SimpleAtoi(body.substr(1), &cp);
    // Control characters, surrogates and out-of-range values stay text.
    if (!ok || cp < 0x20 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
    return cp == 0xA0 ? ' ' : cp;
  }
  auto it = Named().find(body);
  return it == Named().end() ? 0 : it->second;
}

}  // namespace

MappedText DecodeEntities(const MappedText& in) {
  const std::string& t = in.text;
  if (t.find('&') == std::string::npos) return in;
  MappedTextBuilder out(t.size());
  size_t copied = 0;
  for (size_t i = t.find('&'); i != std::string::npos; i = t.find('&', i + 1)) {
    size_t semi = t.find(';', i + 1);
    if (semi == std::string::npos || semi - i > kMaxReference) continue;
    uint32_t cp = CodePoint(absl::string_view(t).substr(i + 1, semi - i - 1));
    if (cp == 0) continue;
    out.AppendFrom(in, copied, i);
    std::string spelled;
    AppendUtf8(cp, &spelled);
    out.AppendAt(spelled, in.offsets[i]);
    copied = semi + 1;
    i = semi;
  }
  out.AppendFrom(in, copied, t.size());
  return out.Finish();
}

}  // namespace amicus::extract
