#include "extract/markdown.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/front_matter.h"
#include "extract/inline_html.h"

namespace amicus::extract {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsWordChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Next position >= i holding `c` within [i, end), or end; precomputed so
// that a line full of '[' stays linear.
std::vector<size_t> NextPositions(const std::string& t, size_t begin,
                                  size_t end, char c) {
  std::vector<size_t> next(end - begin + 1, end);
  for (size_t i = end; i > begin; --i) {
    next[i - 1 - begin] = t[i - 1] == c ? i - 1 : next[i - begin];
  }
  return next;
}

class LineStripper {
 public:
  LineStripper(const MappedText& in, MappedTextBuilder& out)
      : in_(in), t_(in.text), out_(out) {}

  void Strip(size_t begin, size_t end) {
    begin = SkipLinePrefix(begin, end);
    if (IsRule(begin, end)) return;
    auto next_close = NextPositions(t_, begin, end, ']');
    auto next_paren = NextPositions(t_, begin, end, ')');
    bool bold_open = false;
    // For each open link: its ']' and where to resume after its "](url)".
    std::vector<size_t> link_closes;
    std::vector<size_t> link_ends;
    size_t i = begin;
    while (i < end) {
      char c = t_[i];
      if (!link_ends.empty() && c == ']' && i == link_closes.back()) {
        i = link_ends.back();
        link_ends.pop_back();
        link_closes.pop_back();
        continue;
      }
      if (c == '\\' && i + 1 < end && absl::ascii_ispunct(t_[i + 1])) {
        out_.AppendFrom(in_, i + 1, i + 2);
        i += 2;
        continue;
      }
      if (c == '[' || (c == '!' && i + 1 < end && t_[i + 1] == '[')) {
        size_t open = c == '!' ? i + 1 : i;
        size_t close = next_close[open - begin];
        if (close + 1 < end && t_[close + 1] == '(') {
          size_t paren = next_paren[close + 1 - begin];
          if (paren < end) {
            link_closes.push_back(close);
            link_ends.push_back(paren + 1);
            i = open + 1;
            continue;
          }
        }
      }
      if (c == '{') {
        size_t used = Shortcode(i, end);
        if (used > 0) {
          i += used;
          continue;
        }
      }
      if (c == '<') {
        size_t used = Tag(i, begin, end);
        if (used > 0) {
          i += used;
          continue;
        }
      }
      if (c == '*' || (c == '_' && IsUnderscoreMarker(i, begin, end))) {
        i = Emphasis(i, begin, end, bold_open);
        continue;
      }
      if (c == '`') {
        ++i;
        continue;
      }
      out_.AppendFrom(in_, i, i + 1);
      ++i;
    }
  }

 private:
  size_t SkipLinePrefix(size_t i, size_t end) {
    while (i < end && IsSpace(t_[i])) ++i;
    size_t hashes = i;
    while (hashes < end && t_[hashes] == '#') ++hashes;
    if (hashes > i && hashes - i <= 6 && (hashes == end || t_[hashes] == ' ')) {
      i = hashes;
    }
    while (i < end && t_[i] == '>') ++i;
    while (i < end && IsSpace(t_[i])) ++i;
    return i;
  }

  // Inline HTML, which Markdown renders: a block tag breaks the paragraph,
  // an inline one goes, except that a link glued to the words around it
  // ("seen<a href=...>requests</a>asking") leaves the space it lost.
  size_t Tag(size_t i, size_t begin, size_t end) {
    InlineTag tag = ReadInlineTag(absl::string_view(t_).substr(i, end - i));
    if (tag.length == 0) return 0;
    bool at_line_start = out_.size() == 0 || out_.text().back() == '\n';
    if (tag.block && !at_line_start) {
      out_.AppendAt("\n\n", in_.offsets[i]);
    } else if (tag.link && i > begin && IsWordChar(t_[i - 1]) && i + tag.length < end &&
               IsWordChar(t_[i + tag.length])) {
      out_.AppendAt(" ", in_.offsets[i]);
    }
    return tag.length;
  }

  // A site generator's shortcode ("{{< tweet user=... >}}", "{{% note %}}",
  // Liquid's "{% include x.html %}" and "{{ page.title }}"): markup for the
  // generator, rendered as something else or nothing, never as its own
  // words. Its length when one opens at `i` and closes on the line, else 0.
  size_t Shortcode(size_t i, size_t end) const {
    absl::string_view rest = absl::string_view(t_).substr(i, end - i);
    for (auto [open, close] : {std::pair<absl::string_view, absl::string_view>{"{{<", ">}}"},
                               {"{{%", "%}}"}, {"{%", "%}"}, {"{{", "}}"}}) {
      if (!absl::StartsWith(rest, open)) continue;
      size_t at = rest.find(close, open.size());
      return at == absl::string_view::npos ? 0 : at + close.size();
    }
    return 0;
  }

  // "---", "***", "___" alone on a line.
  bool IsRule(size_t begin, size_t end) const {
    size_t marks = 0;
    char mark = 0;
    for (size_t i = begin; i < end; ++i) {
      if (IsSpace(t_[i])) continue;
      if (t_[i] != '-' && t_[i] != '*' && t_[i] != '_') return false;
      if (mark != 0 && t_[i] != mark) return false;
      mark = t_[i];
      ++marks;
    }
    return marks >= 3;
  }

  // An underscore at a word boundary; inside a word it is text (or a lost
  // ligature, repaired later).
  bool IsUnderscoreMarker(size_t i, size_t begin, size_t end) const {
    bool word_before = i > begin && IsWordChar(t_[i - 1]);
    bool word_after = i + 1 < end && IsWordChar(t_[i + 1]);
    return !(word_before && word_after);
  }

  // Drops a run of '*' or '_'. A run that opens bold right after text
  // ("...)**Title**" or "**A****B**") becomes a paragraph break.
  size_t Emphasis(size_t i, size_t begin, size_t end, bool& bold_open) {
    char mark = t_[i];
    size_t run_end = i;
    while (run_end < end && t_[run_end] == mark) ++run_end;
    size_t run = run_end - i;
    if (run == 1 && i + 1 < end && IsSpace(t_[i + 1]) &&
        (i == begin || IsSpace(t_[i - 1]))) {
      out_.AppendFrom(in_, i, i + 1);  // a lone "*" between spaces is text
      return run_end;
    }
    bool glued_before = i > begin && !IsSpace(t_[i - 1]);
    bool text_after = run_end < end && !IsSpace(t_[run_end]);
    if (run >= 2) {
      bool opens = run >= 4 || (!bold_open && text_after);
      if (opens && glued_before && out_.size() > 0 &&
          out_.text().back() != '\n') {
        out_.AppendAt("\n\n", in_.offsets[i]);
      }
      bold_open = run >= 4 ? true : !bold_open;
    }
    return run_end;
  }

  const MappedText& in_;
  const std::string& t_;
  MappedTextBuilder& out_;
};

}  // namespace

MappedText StripMarkdown(const MappedText& in) {
  MappedTextBuilder out(in.text.size());
  LineStripper stripper(in, out);
  // The site generator's header is data about the page, not its text
  // (ReadDocumentMeta reads it).
  size_t pos = FrontMatterLength(in.text);
  while (pos <= in.text.size()) {
    size_t nl = in.text.find('\n', pos);
    size_t end = nl == std::string::npos ? in.text.size() : nl;
    stripper.Strip(pos, end);
    if (nl == std::string::npos) break;
    out.AppendFrom(in, nl, nl + 1);
    pos = nl + 1;
  }
  return out.Finish();
}

}  // namespace amicus::extract
