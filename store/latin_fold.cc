#include "store/latin_fold.h"

#include "absl/strings/ascii.h"

namespace amicus::store {
namespace {

// Latin letters with diacritics and their plain spelling. Ranges cover
// Latin-1 Supplement, Latin Extended-A and the Romanian comma letters.
struct Fold {
  char32_t first;
  char32_t last;
  const char* plain;
};

constexpr Fold kFolds[] = {
    {0xC0, 0xC5, "a"},   {0xC6, 0xC6, "ae"},  {0xC7, 0xC7, "c"},
    {0xC8, 0xCB, "e"},   {0xCC, 0xCF, "i"},   {0xD0, 0xD0, "d"},
    {0xD1, 0xD1, "n"},   {0xD2, 0xD6, "o"},   {0xD8, 0xD8, "o"},
    {0xD9, 0xDC, "u"},   {0xDD, 0xDD, "y"},   {0xDE, 0xDE, "th"},
    {0xDF, 0xDF, "ss"},  {0xE0, 0xE5, "a"},   {0xE6, 0xE6, "ae"},
    {0xE7, 0xE7, "c"},   {0xE8, 0xEB, "e"},   {0xEC, 0xEF, "i"},
    {0xF0, 0xF0, "d"},   {0xF1, 0xF1, "n"},   {0xF2, 0xF6, "o"},
    {0xF8, 0xF8, "o"},   {0xF9, 0xFC, "u"},   {0xFD, 0xFD, "y"},
    {0xFE, 0xFE, "th"},  {0xFF, 0xFF, "y"},   {0x100, 0x105, "a"},
    {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
    {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"},
    {0x132, 0x133, "ij"}, {0x134, 0x135, "j"}, {0x136, 0x138, "k"},
    {0x139, 0x142, "l"}, {0x143, 0x14B, "n"}, {0x14C, 0x151, "o"},
    {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
    {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"},
    {0x176, 0x178, "y"}, {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"},
    {0x218, 0x219, "s"}, {0x21A, 0x21B, "t"},
};

}  // namespace

char32_t NextCodePoint(absl::string_view text, size_t* pos) {
  unsigned char lead = static_cast<unsigned char>(text[*pos]);
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  bool complete = *pos + extra < text.size();
  for (int i = 1; complete && i <= extra; ++i) {
    complete = (static_cast<unsigned char>(text[*pos + i]) & 0xC0) == 0x80;
  }
  if (!complete) extra = 0;
  char32_t cp = extra == 0 ? lead : (lead & (0x3F >> extra));
  for (int i = 1; i <= extra; ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[*pos + i]) & 0x3F);
  }
  *pos += extra + 1;
  return cp;
}

bool IsSeparator(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == '-' || cp == '/' || cp == '_' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200A) || (cp >= 0x2010 && cp <= 0x2015);
}

bool IsCombiningMark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

bool IsDropped(char32_t cp) {
  if (cp < 0x80) return absl::ascii_ispunct(static_cast<char>(cp));
  return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
         IsCombiningMark(cp) || (cp >= 0x2016 && cp <= 0x206F);
}

void AppendFolded(char32_t cp, absl::string_view original, std::string* out) {
  if (cp < 0x80) {
    out->push_back(absl::ascii_tolower(static_cast<char>(cp)));
    return;
  }
  for (const Fold& fold : kFolds) {
    if (cp >= fold.first && cp <= fold.last) {
      out->append(fold.plain);
      return;
    }
  }
  out->append(original.data(), original.size());
}

}  // namespace amicus::store
