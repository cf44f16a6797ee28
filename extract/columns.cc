#include "extract/columns.h"

#include <cstdlib>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "extract/organizations.h"

namespace amicus::extract {
namespace {

constexpr size_t kMinGap = 3;     // spaces between the two columns
constexpr size_t kTolerance = 2;  // columns may drift by this many chars
constexpr size_t kNone = static_cast<size_t>(-1);

// How a line of a candidate block splits: the left cell, the right cell
// (empty when absent) and the display column the line's text starts at.
struct Split {
  size_t left_begin = 0, left_end = 0;
  size_t right_begin = 0, right_end = 0;
  size_t start_col = 0;  // display column of the first character
  size_t right_col = kNone;  // display column of the right cell, if any
  bool bad = false;  // more than one wide gap: not a two-column line
};

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Display column of each byte counted in code points from the line start.
Split SplitLine(const std::string& t, const RawLine& l) {
  Split s;
  size_t col = 0;
  for (size_t i = l.start; i < l.begin; ++i) col += t[i] == '\t' ? 8 - col % 8 : 1;
  s.start_col = col;
  s.left_begin = l.begin;
  s.left_end = l.end;
  size_t i = l.begin;
  while (i < l.end) {
    if (t[i] != ' ' && t[i] != '\t') {
      if (!IsContinuationByte(t[i])) ++col;
      ++i;
      continue;
    }
    size_t run = i;
    size_t width = 0;
    bool tab = false;
    while (i < l.end && (t[i] == ' ' || t[i] == '\t')) {
      tab = tab || t[i] == '\t';
      size_t step = t[i] == '\t' ? 8 - col % 8 : 1;
      col += step;
      width += step;
      ++i;
    }
    if (width < kMinGap && !tab) continue;
    if (s.right_col != kNone) {
      s.bad = true;
      return s;
    }
    s.left_end = run;
    s.right_begin = i;
    s.right_end = l.end;
    s.right_col = col;
  }
  return s;
}

bool Near(size_t a, size_t b) {
  return (a > b ? a - b : b - a) <= kTolerance;
}

// The right column's position: the most frequent gap end, or kNone.
size_t ModeColumn(const std::vector<Split>& splits) {
  absl::flat_hash_map<size_t, size_t> counts;
  size_t best = kNone, best_count = 0;
  for (const Split& s : splits) {
    if (s.right_col == kNone) continue;
    size_t c = ++counts[s.right_col];
    if (c > best_count) best = s.right_col, best_count = c;
  }
  return best;
}

// Words that cannot end an organization's name: a cell ending in one was
// wrapped ("Centre for" / "Justice").
bool EndsInConnective(const std::string& t, size_t begin, size_t end) {
  size_t b = end;
  while (b > begin && t[b - 1] != ' ') --b;
  std::string word = absl::AsciiStrToLower(absl::string_view(t.data() + b, end - b));
  static const char* const kConnectives[] = {
      "for", "of", "and", "the", "in", "on", "against", "to", "&", "de",
      "des", "du", "la", "le", "pour", "et", "y", "del", "los", "las"};
  for (const char* c : kConnectives) {
    if (word == c) return true;
  }
  return false;
}

// A cell that begins in lowercase or with "(" finishes the one above it,
// and so does a body's head noun alone ("Veloria Women Lawyers" /
// "Association"): no party is named by that word only.
bool StartsAsContinuation(const std::string& t, size_t begin, size_t end) {
  if (absl::ascii_islower(static_cast<unsigned char>(t[begin])) || t[begin] == '(') return true;
  absl::string_view cell(t.data() + begin, end - begin);
  return IsBodyHeadNoun(cell);
}

// Whether lines [first, last) form a two-column block, filling `splits`.
bool IsColumnBlock(const std::string& t, const std::vector<RawLine>& lines,
                   size_t first, size_t last, std::vector<Split>& splits,
                   size_t& column) {
  splits.clear();
  // Two lines with a gap are the least a block holds: a paragraph on one
  // line, most of every text, needs no splitting.
  if (last - first < 2) return false;
  size_t gap_lines = 0;
  for (size_t i = first; i < last; ++i) {
    splits.push_back(SplitLine(t, lines[i]));
    if (splits.back().bad) return false;
    if (splits.back().right_col != kNone) ++gap_lines;
  }
  if (gap_lines < 2 || gap_lines * 2 < last - first) return false;
  column = ModeColumn(splits);
  size_t left_col = splits.front().start_col;
  for (Split& s : splits) {
    if (s.right_col != kNone) {
      if (!Near(s.right_col, column)) return false;
    } else if (Near(s.start_col, column) && !Near(s.start_col, left_col)) {
      // A line holding only a right-column cell.
      s.right_begin = s.left_begin, s.right_end = s.left_end;
      s.left_begin = s.left_end = 0;
      s.right_col = column;
    } else if (!Near(s.start_col, left_col)) {
      return false;
    }
  }
  return true;
}

// Adds one column's cells. In a right column a line without a left cell
// continues the cell above: columns fill from the left, so such a line
// is a wrapped entry, not an extra one.
void AddColumn(const std::string& t, const std::vector<Split>& splits,
               bool right, std::vector<ColumnCell>& cells) {
  size_t prev = kNone;  // index of the column's previous cell
  for (const Split& s : splits) {
    size_t b = right ? s.right_begin : s.left_begin;
    size_t e = right ? s.right_end : s.left_end;
    if (b == e) continue;
    bool continues =
        prev != kNone &&
        (StartsAsContinuation(t, b, e) ||
         EndsInConnective(t, cells[prev].begin, cells[prev].end) ||
         (right && s.left_begin == s.left_end));
    cells.push_back({b, e, continues});
    prev = cells.size() - 1;
  }
}

}  // namespace

std::vector<ColumnBlock> FindColumnBlocks(const std::string& text,
                                          const std::vector<RawLine>& lines) {
  std::vector<ColumnBlock> blocks;
  std::vector<Split> splits;
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() && !lines[j].blank()) ++j;
    size_t column = 0;
    if (IsColumnBlock(text, lines, i, j, splits, column)) {
      ColumnBlock block{i, j, {}};
      AddColumn(text, splits, false, block.cells);
      AddColumn(text, splits, true, block.cells);
      blocks.push_back(std::move(block));
    }
    i = j;
  }
  return blocks;
}

}  // namespace amicus::extract
