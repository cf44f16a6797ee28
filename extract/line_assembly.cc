#include "extract/line_assembly.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "extract/byte_scan.h"
#include "extract/columns.h"

namespace amicus::extract {
namespace {

struct Line {
  size_t start;  // where the raw line begins
  size_t begin;  // trimmed bounds in the input text
  size_t end;
  size_t chars;  // length in code points
  bool blank() const { return begin == end; }
};

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsLower(char c) { return absl::ascii_islower(static_cast<unsigned char>(c)); }
bool IsAsciiLetter(char c) {
  return absl::ascii_isalpha(static_cast<unsigned char>(c));
}
// Letters, and the marks PDF extraction leaves for lost ligatures.
bool IsWordPart(char c) { return IsAsciiLetter(c) || c == '?' || c == '_'; }

std::vector<Line> SplitLines(const std::string& t) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= t.size()) {
    size_t nl = t.find('\n', pos);
    size_t end = nl == std::string::npos ? t.size() : nl;
    size_t b = pos;
    size_t e = end;
    while (b < e && IsSpace(t[b])) ++b;
    while (e > b && IsSpace(t[e - 1])) --e;
    size_t chars = 0;
    for (size_t i = b; i < e; ++i) {
      if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++chars;
    }
    lines.push_back({pos, b, e, chars});
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return lines;
}

// The width a hard-wrapped document is wrapped at, or 0 when the lines
// are whole paragraphs. Taken as the 95th percentile of line lengths.
size_t WrapWidth(const std::vector<Line>& lines) {
  std::vector<size_t> lengths;
  for (const Line& l : lines) {
    if (!l.blank()) lengths.push_back(l.chars);
  }
  if (lengths.size() < 4) return 0;
  size_t k = lengths.size() * 95 / 100;
  std::nth_element(lengths.begin(), lengths.begin() + k, lengths.end());
  size_t width = lengths[k];
  constexpr size_t kMaxWrapWidth = 160;
  return width >= 30 && width <= kMaxWrapWidth ? width : 0;
}

bool StartsListItem(const std::string& t, const Line& l) {
  absl::string_view s(t.data() + l.begin, l.end - l.begin);
  if (s.empty()) return false;
  if (s[0] == '-' || s[0] == '*' || s[0] == '+') {
    return s.size() > 1 && s[1] == ' ';
  }
  if (s.substr(0, 3) == "\xE2\x80\xA2") return true;  // bullet
  size_t digits = 0;
  while (digits < s.size() && absl::ascii_isdigit(s[digits])) ++digits;
  return digits > 0 && digits <= 3 && digits + 1 < s.size() &&
         (s[digits] == '.' || s[digits] == ')') && s[digits + 1] == ' ';
}

bool EndsSentence(const std::string& t, const Line& l) {
  char c = t[l.end - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

// Lowercased "word-word" compounds written whole within a line.
absl::flat_hash_set<std::string> HyphenatedWords(const std::string& t) {
  absl::flat_hash_set<std::string> out;
  size_t i = 0;
  while (i < t.size()) {
    if (!IsAsciiLetter(t[i])) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < t.size() && (IsAsciiLetter(t[i]) ||
                            (t[i] == '-' && i + 1 < t.size() &&
                             IsAsciiLetter(t[i + 1]) && i > begin))) {
      ++i;
    }
    absl::string_view word(t.data() + begin, i - begin);
    if (word.find('-') != absl::string_view::npos) {
      out.insert(absl::AsciiStrToLower(word));
    }
  }
  return out;
}

// A block of consecutive non-blank lines is a wrapped paragraph when most
// of its lines (all but the last) reach near the wrap width.
std::vector<bool> WrappedBlocks(const std::vector<Line>& lines, size_t width) {
  std::vector<bool> wrapped(lines.size(), false);
  if (width == 0) return wrapped;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t j = i;
    size_t long_lines = 0;
    while (j < lines.size() && !lines[j].blank()) {
      if (j + 1 < lines.size() && !lines[j + 1].blank() &&
          lines[j].chars * 10 >= width * 6) {
        ++long_lines;
      }
      ++j;
    }
    size_t joinable = j - i - 1;
    bool is_wrapped = joinable > 0 && long_lines * 10 >= joinable * 6;
    for (size_t k = i; k < j; ++k) wrapped[k] = is_wrapped;
    i = j;
  }
  return wrapped;
}

class Assembler {
 public:
  Assembler(const MappedText& in, const Lexicon& lexicon)
      : in_(in), t_(in.text), lexicon_(lexicon), out_(in.text.size()) {}

  MappedText Run() {
    std::vector<Line> lines = SplitLines(t_);
    size_t width = WrapWidth(lines);
    std::vector<bool> wrapped = WrappedBlocks(lines, width);
    std::vector<ColumnBlock> columns = FindColumnBlocks(t_, RawLines(lines));
    size_t next_block = 0;
    bool pending_blank = false;
    const Line* prev = nullptr;
    for (size_t i = 0; i < lines.size(); ++i) {
      const Line& line = lines[i];
      if (line.blank()) {
        pending_blank = prev != nullptr;
        continue;
      }
      if (next_block < columns.size() && columns[next_block].first == i) {
        // Column blocks are emitted whole, one line per entry.
        const ColumnBlock& block = columns[next_block++];
        AppendColumns(block, prev == nullptr ? "" : pending_blank ? "\n\n" : "\n");
        i = block.last - 1;
        prev = &lines[i];
        pending_blank = false;
        continue;
      }
      if (prev == nullptr) {
        AppendCollapsed(line.begin, line.end);
      } else if (HyphenJoin(*prev, line)) {
        // handled
      } else if (!pending_blank && wrapped[i] && !StartsListItem(t_, line) &&
                 prev->chars * 10 >= width * 6) {
        out_.AppendChar(' ', in_.offsets[line.begin - 1]);
        AppendCollapsed(line.begin, line.end);
      } else if (pending_blank && !EndsSentence(t_, *prev) &&
                 IsLower(t_[line.begin]) && wrapped[i]) {
        out_.AppendChar(' ', in_.offsets[line.begin - 1]);
        AppendCollapsed(line.begin, line.end);
      } else {
        out_.AppendAt(pending_blank ? "\n\n" : "\n",
                      in_.offsets[line.begin - 1]);
        AppendCollapsed(line.begin, line.end);
      }
      pending_blank = false;
      prev = &line;
    }
    return out_.Finish();
  }

 private:
  static std::vector<RawLine> RawLines(const std::vector<Line>& lines) {
    std::vector<RawLine> raw;
    raw.reserve(lines.size());
    for (const Line& l : lines) raw.push_back({l.start, l.begin, l.end});
    return raw;
  }

  void AppendColumns(const ColumnBlock& block, absl::string_view separator) {
    for (const ColumnCell& cell : block.cells) {
      absl::string_view sep = cell.continues ? " " : separator;
      if (!sep.empty()) out_.AppendAt(sep, in_.offsets[cell.begin - 1]);
      AppendCollapsed(cell.begin, cell.end);
      separator = "\n";
    }
  }

  // Whether t_[begin, end) holds a tab or two spaces in a row.
  bool NeedsCollapsing(size_t begin, size_t end) const {
    // Seven bytes a step, eight looked at: the eighth pairs with the
    // first of the next step, so no two neighbouring spaces slip between.
    size_t i = begin;
    for (; i + 8 <= end; i += 7) {
      uint64_t v = Load8(t_.data() + i);
      uint64_t spaces = BytesEqualMask(v, ' ');
      if (HasByte(v, '\t') || (spaces & (spaces >> 8)) != 0) break;
    }
    for (; i < end; ++i) {
      if (t_[i] == '\t' || (t_[i] == ' ' && i + 1 < end && t_[i + 1] == ' ')) return true;
    }
    return false;
  }

  // Runs of spaces and tabs become one space mapped to the run's first
  // byte; everything between them is copied a run at a time.
  void AppendCollapsed(size_t begin, size_t end) {
    // Most lines hold no tab and no double space: then the line is copied
    // as it is, each space keeping its own offset, as below.
    if (!NeedsCollapsing(begin, end)) {
      out_.AppendFrom(in_, begin, end);
      return;
    }
    size_t i = begin;
    while (i < end) {
      if (IsSpace(t_[i])) {
        out_.AppendChar(' ', in_.offsets[i]);
        while (i < end && IsSpace(t_[i])) ++i;
        continue;
      }
      size_t run = i + 1;
      while (run < end && !IsSpace(t_[run])) ++run;
      out_.AppendFrom(in_, i, run);
      i = run;
    }
  }

  // "perfor-" + "mance" -> "performance"; "so-" + "called" stays
  // "so-called" when the document or the lexicon says so.
  bool HyphenJoin(const Line& prev, const Line& line) {
    if (prev.end - prev.begin < 2 || t_[prev.end - 1] != '-' ||
        !IsWordPart(t_[prev.end - 2]) || !IsLower(t_[line.begin])) {
      return false;
    }
    if (out_.size() == 0 || out_.text().back() != '-') return false;
    size_t left_begin = prev.end - 1;
    while (left_begin > prev.begin && IsWordPart(t_[left_begin - 1])) {
      --left_begin;
    }
    size_t right_end = line.begin;
    while (right_end < line.end && IsAsciiLetter(t_[right_end])) ++right_end;
    std::string left = t_.substr(left_begin, prev.end - 1 - left_begin);
    std::string right = t_.substr(line.begin, right_end - line.begin);
    if (!KeepHyphen(left, right)) out_.TrimTrailing('-');
    AppendCollapsed(line.begin, line.end);
    return true;
  }

  // Learned on the first line that ends in a hyphen: most documents have
  // none.
  const absl::flat_hash_set<std::string>& Compounds() {
    if (!compounds_) compounds_ = HyphenatedWords(t_);
    return *compounds_;
  }

  bool KeepHyphen(const std::string& left, const std::string& right) {
    std::string joined = left + right;
    if (Compounds().contains(absl::AsciiStrToLower(absl::StrCat(left, "-", right)))) {
      return true;
    }
    if (lexicon_.Knows(joined)) return false;
    return lexicon_.Knows(left) && lexicon_.Knows(right) && left.size() > 1;
  }

  const MappedText& in_;
  const std::string& t_;
  const Lexicon& lexicon_;
  MappedTextBuilder out_;
  std::optional<absl::flat_hash_set<std::string>> compounds_;
};

}  // namespace

MappedText AssembleLines(const MappedText& in, const Lexicon& lexicon) {
  return Assembler(in, lexicon).Run();
}

}  // namespace amicus::extract
