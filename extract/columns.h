#ifndef AMICUS_EXTRACT_COLUMNS_H_
#define AMICUS_EXTRACT_COLUMNS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace amicus::extract {

// One line of raw text: `start` is where the line begins, [begin, end) its
// content without leading and trailing spaces.
struct RawLine {
  size_t start;
  size_t begin;
  size_t end;
  bool blank() const { return begin == end; }
};

// One cell of a column block: bytes [begin, end) of the text. `continues`
// says the cell carries on the previous cell of its column (a wrapped
// entry), so it is joined to it with a space instead of starting a line.
struct ColumnCell {
  size_t begin;
  size_t end;
  bool continues;
};

// A run of lines [first, last) that PDF extraction flattened from two
// columns (a signatory list set side by side): the cells in reading
// order, the whole left column before the right one.
struct ColumnBlock {
  size_t first;
  size_t last;
  std::vector<ColumnCell> cells;
};

// Blocks of consecutive non-blank lines in which a run of three or more
// spaces opens the second column at one consistent position (to within
// two characters). Must run on the raw lines, before spaces collapse.
// Linear in the size of the text.
std::vector<ColumnBlock> FindColumnBlocks(const std::string& text,
                                          const std::vector<RawLine>& lines);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_COLUMNS_H_
