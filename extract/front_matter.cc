#include "extract/front_matter.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace amicus::extract {
namespace {

// A header longer than this is not a header: the search for its closing
// line stops here, so a stray "---" opening a long text costs little.
constexpr size_t kMaxHeaderBytes = 16384;

enum class Syntax { kYaml, kToml, kKeyValue };

struct Line {
  absl::string_view text;  // without its '\n' (and '\r')
  size_t end;              // offset just past its '\n'
};

// The line starting at `pos` of `text`.
Line LineAt(absl::string_view text, size_t pos) {
  size_t nl = text.find('\n', pos);
  size_t end = nl == absl::string_view::npos ? text.size() : nl + 1;
  absl::string_view line = text.substr(pos, (nl == absl::string_view::npos ? text.size() : nl) - pos);
  return {absl::StripSuffix(line, "\r"), end};
}

bool IsFence(absl::string_view line, absl::string_view fence) {
  return absl::StripTrailingAsciiWhitespace(line) == fence;
}

std::string Unquote(absl::string_view v) {
  v = absl::StripAsciiWhitespace(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    char q = v.front();
    v = v.substr(1, v.size() - 2);
    return q == '"' ? absl::StrReplaceAll(v, {{"\\\"", "\""}, {"\\\\", "\\"}})
                    : absl::StrReplaceAll(v, {{"''", "'"}});
  }
  return std::string(v);
}

// "[a, "b"]" or a bare value: the items, unquoted and lower-cased.
void AddItems(absl::string_view value, std::vector<std::string>& out) {
  value = absl::StripAsciiWhitespace(value);
  if (absl::ConsumePrefix(&value, "[")) value = absl::StripSuffix(value, "]");
  for (absl::string_view item : absl::StrSplit(value, ',', absl::SkipWhitespace())) {
    std::string v = absl::AsciiStrToLower(Unquote(item));
    if (!v.empty()) out.push_back(std::move(v));
  }
}

bool IsHeaderKey(absl::string_view lowercase_key) {
  for (absl::string_view k : {"title", "date", "author", "authors", "tags", "category",
                              "categories", "slug", "summary", "modified", "lang",
                              "status", "published", "updated", "template", "url"}) {
    if (lowercase_key == k) return true;
  }
  return false;
}

// Splits "key: value" / "key = value"; false when the line is not one.
bool SplitField(absl::string_view line, Syntax syntax, std::string& key,
                absl::string_view& value) {
  if (line.empty() || line[0] == ' ' || line[0] == '\t' || line[0] == '-' ||
      line[0] == '#') {
    return false;
  }
  size_t at = line.find(syntax == Syntax::kToml ? '=' : ':');
  if (at == absl::string_view::npos || at == 0) return false;
  absl::string_view k = absl::StripAsciiWhitespace(line.substr(0, at));
  for (char c : k) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' &&
        c != ' ' && c != '.') {
      return false;
    }
  }
  key = absl::AsciiStrToLower(k);
  value = absl::StripAsciiWhitespace(line.substr(at + 1));
  return true;
}

// Where the header of `text` ends (past its closing line) and which
// syntax it uses; 0 when `text` opens with none.
size_t HeaderEnd(absl::string_view text, Syntax& syntax, size_t& body_begin) {
  Line first = LineAt(text, 0);
  absl::string_view fence;
  if (IsFence(first.text, "---")) {
    syntax = Syntax::kYaml;
    fence = "---";
  } else if (IsFence(first.text, "+++")) {
    syntax = Syntax::kToml;
    fence = "+++";
  } else {
    syntax = Syntax::kKeyValue;
  }
  if (syntax != Syntax::kKeyValue) {
    body_begin = first.end;
    // A rule opening a text is not a header: one opens with a field.
    std::string key;
    absl::string_view value;
    Line opening = LineAt(text, first.end);
    if (!SplitField(opening.text, syntax, key, value)) return 0;
    for (size_t pos = first.end; pos < text.size() && pos < kMaxHeaderBytes;) {
      Line line = LineAt(text, pos);
      if (IsFence(line.text, fence) || (syntax == Syntax::kYaml && IsFence(line.text, "..."))) {
        return line.end;
      }
      pos = line.end;
    }
    return 0;
  }
  // "Title: ..." lines up to the first blank line.
  body_begin = 0;
  size_t known = 0;
  size_t pos = 0;
  while (pos < text.size() && pos < kMaxHeaderBytes) {
    Line line = LineAt(text, pos);
    if (absl::StripAsciiWhitespace(line.text).empty()) break;
    std::string key;
    absl::string_view value;
    bool field = SplitField(line.text, syntax, key, value);
    bool continued = !field && pos > 0 && (line.text[0] == ' ' || line.text[0] == '\t');
    if (!field && !continued) return 0;
    if (field && IsHeaderKey(key)) ++known;
    if (pos == 0 && !(field && IsHeaderKey(key))) return 0;
    pos = line.end;
  }
  return known >= 2 ? pos : 0;
}

// A YAML value given on the lines after its key: a "- item" list, or a
// folded ">-" / "|" block.
struct Continuation {
  std::vector<absl::string_view> items;
  std::string folded;
};

}  // namespace

size_t FrontMatterLength(absl::string_view text) {
  Syntax syntax;
  size_t body_begin;
  return HeaderEnd(text, syntax, body_begin);
}

absl::optional<DateValue> ParseMetaDate(absl::string_view value) {
  value = absl::StripAsciiWhitespace(value);
  int y = 0, m = 0, d = 0;
  if (value.size() >= 10 && value[4] == '-' && value[7] == '-' &&
      absl::SimpleAtoi(value.substr(0, 4), &y) && absl::SimpleAtoi(value.substr(5, 2), &m) &&
      absl::SimpleAtoi(value.substr(8, 2), &d) && y >= 1900 && y <= 2100 && m >= 1 &&
      m <= 12 && d >= 1 && d <= 31 &&
      (value.size() == 10 || !absl::ascii_isdigit(static_cast<unsigned char>(value[10])))) {
    DateValue out;
    out.year = y;
    out.month = m;
    out.day = d;
    out.precision = amicus::v1::DATE_PRECISION_DAY;
    return out;
  }
  DateScan scan = FindDates(value, absl::nullopt);
  for (const DateMention& mention : scan.mentions) {
    if (!mention.relative && mention.date.precision == amicus::v1::DATE_PRECISION_DAY) {
      return mention.date;
    }
  }
  return absl::nullopt;
}

FrontMatter ParseFrontMatter(absl::string_view text) {
  FrontMatter out;
  Syntax syntax;
  size_t body_begin = 0;
  size_t end = HeaderEnd(text, syntax, body_begin);
  if (end == 0) return out;
  out.length = end;
  // Dates by preference: a page's own date before its publication stamp.
  constexpr absl::string_view kDateKeys[] = {"date", "publishdate", "published",
                                             "pubdate", "created"};
  absl::optional<DateValue> dates[std::size(kDateKeys)];
  size_t pos = body_begin;
  while (pos < end) {
    Line line = LineAt(text, pos);
    pos = line.end;
    std::string key;
    absl::string_view value;
    if (!SplitField(line.text, syntax, key, value)) continue;
    Continuation more;
    if (syntax == Syntax::kYaml && (value.empty() || value[0] == '>' || value[0] == '|')) {
      bool folded = !value.empty();
      while (pos < end) {
        Line next = LineAt(text, pos);
        absl::string_view t = absl::StripAsciiWhitespace(next.text);
        bool indented = !next.text.empty() && (next.text[0] == ' ' || next.text[0] == '\t');
        if (t.empty() || t == "---" || (!indented && !absl::StartsWith(t, "- "))) break;
        if (!folded && absl::ConsumePrefix(&t, "- ")) {
          more.items.push_back(t);
        } else if (folded) {
          if (!more.folded.empty()) more.folded.push_back(' ');
          more.folded.append(t.data(), t.size());
        }
        pos = next.end;
      }
    }
    if (key == "title") {
      out.title = more.folded.empty() ? Unquote(value) : more.folded;
    } else if (key == "categories" || key == "category" || key == "tags" || key == "type") {
      AddItems(value, out.categories);
      for (absl::string_view item : more.items) AddItems(item, out.categories);
    } else {
      for (size_t k = 0; k < std::size(kDateKeys); ++k) {
        if (key == kDateKeys[k] && !dates[k]) dates[k] = ParseMetaDate(Unquote(value));
      }
    }
  }
  for (const auto& d : dates) {
    if (d) {
      out.date = d;
      break;
    }
  }
  return out;
}

}  // namespace amicus::extract
