#include "extract/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extract/front_matter.h"
#include "extract/html_furniture.h"

namespace amicus::extract {
namespace {

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FOOTER:  // reached only as a block quote's citation
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Builds the text, collapsing whitespace the way a browser renders it.
class TextSink {
 public:
  void Text(absl::string_view text, uint32_t origin, uint32_t origin_len) {
    for (size_t i = 0; i < text.size(); ++i) {
      uint32_t at = origin + std::min<uint32_t>(i, origin_len ? origin_len - 1
                                                              : 0);
      char c = text[i];
      if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
        pending_space_ = true;
        space_origin_ = at;
        continue;
      }
      if (pending_space_ && out_.size() > 0 && !AtLineStart()) {
        out_.AppendChar(' ', space_origin_);
      }
      pending_space_ = false;
      if (!open_mark_.empty()) {
        for (char m : open_mark_) out_.AppendChar(m, open_origin_);
        open_mark_ = {};
      }
      out_.AppendChar(c, at);
    }
  }
  // Text set right after the last word, as a superscript is.
  void Glued(absl::string_view text, uint32_t origin, uint32_t origin_len) {
    pending_space_ = false;
    Text(text, origin, origin_len);
  }
  // A closing mark right after the last word, before the breaks that
  // follow it ("…we will win.”" and then the paragraph's end).
  void CloseBefore(absl::string_view mark, uint32_t origin) {
    int newlines = 0;
    while (out_.size() > 0 && out_.text().back() == '\n') {
      out_.TrimTrailing('\n');
      ++newlines;
    }
    out_.TrimTrailing(' ');
    for (char c : mark) out_.AppendChar(c, origin);
    for (; newlines > 0; --newlines) out_.AppendChar('\n', origin);
    pending_space_ = false;
  }
  // `mark` goes right before the next character of text.
  void OpenAtNextText(absl::string_view mark, uint32_t origin) {
    open_mark_ = mark;
    open_origin_ = origin;
  }
  // Table cells are kept apart as a Markdown row is ("| A | Kenya |"), so
  // that "A" and "Kenya" are two columns, not the word "AKenya".
  void Cell(uint32_t origin) {
    pending_space_ = false;
    out_.TrimTrailing(' ');
    bool line_start = out_.size() == 0 || AtLineStart();
    for (char c : absl::string_view(line_start ? "| " : " | ")) out_.AppendChar(c, origin);
  }
  void EndRow(uint32_t origin) {
    absl::string_view t = out_.text();
    size_t line = t.rfind('\n');
    line = line == absl::string_view::npos ? 0 : line + 1;
    if (!absl::StartsWith(t.substr(line), "| ")) return;
    pending_space_ = false;
    out_.TrimTrailing(' ');
    for (char c : absl::string_view(" |")) out_.AppendChar(c, origin);
  }
  void Break(int newlines, uint32_t origin) {
    pending_space_ = false;
    out_.TrimTrailing(' ');
    if (out_.size() == 0) return;
    int have = 0;
    for (size_t i = out_.size(); i > 0 && out_.text()[i - 1] == '\n'; --i) {
      ++have;
    }
    for (; have < newlines; ++have) out_.AppendChar('\n', origin);
  }
  MappedText Finish() {
    out_.TrimTrailing('\n');
    return out_.Finish();
  }

 private:
  bool AtLineStart() const { return out_.text().back() == '\n'; }
  MappedTextBuilder out_;
  bool pending_space_ = false;
  uint32_t space_origin_ = 0;
  absl::string_view open_mark_;
  uint32_t open_origin_ = 0;
};

struct Frame {
  const GumboNode* node;
  bool closing;  // true: emit the break after the element's children
  // Not empty: a closing quotation mark to set after the text so far.
  absl::string_view close_mark = {};
};

constexpr absl::string_view kOpenQuote = "\xE2\x80\x9C";
constexpr absl::string_view kCloseQuote = "\xE2\x80\x9D";

// Whether the text under `node` holds a quotation mark of its own.
bool HasQuoteMark(const GumboNode* node) {
  std::vector<const GumboNode*> todo = {node};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      absl::string_view t = n->v.text.text;
      for (absl::string_view m :
           {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xE2\x80\x98"}) {
        if (absl::StrContains(t, m)) return true;
      }
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& c = n->v.element.children;
      for (unsigned i = 0; i < c.length; ++i) {
        todo.push_back(static_cast<const GumboNode*>(c.data[i]));
      }
    }
  }
  return false;
}

bool IsCitation(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT &&
         (node->v.element.tag == GUMBO_TAG_FOOTER || node->v.element.tag == GUMBO_TAG_CITE);
}

// The child of a <blockquote> that names whom it quotes (a <footer> or a
// <cite>, as HTML5 and blog software set them), or -1.
int CitationChild(const GumboNode* node) {
  const GumboVector& c = node->v.element.children;
  for (unsigned i = c.length; i > 0; --i) {
    if (IsCitation(static_cast<const GumboNode*>(c.data[i - 1]))) {
      return static_cast<int>(i - 1);
    }
  }
  return -1;
}

// The first text under `node`, or empty.
absl::string_view FirstText(const GumboNode* node) {
  for (int depth = 0; depth < 8 && node != nullptr; ++depth) {
    if (node->type == GUMBO_NODE_TEXT) {
      return absl::StripLeadingAsciiWhitespace(node->v.text.text);
    }
    if (node->type != GUMBO_NODE_ELEMENT || node->v.element.children.length == 0) return "";
    const GumboNode* next = nullptr;
    const GumboVector& c = node->v.element.children;
    for (unsigned i = 0; i < c.length && next == nullptr; ++i) {
      auto* child = static_cast<const GumboNode*>(c.data[i]);
      if (child->type != GUMBO_NODE_WHITESPACE) next = child;
    }
    node = next;
  }
  return "";
}

// "<sup>1</sup>", "<sup><a href=\"#fn1\">1</a></sup>": a note number
// (one or two digits) set as a superscript, or nullptr. Its text node.
const GumboNode* NoteNumber(const GumboNode* node) {
  for (int depth = 0; depth < 3; ++depth) {
    if (node->type != GUMBO_NODE_ELEMENT || node->v.element.children.length != 1) return nullptr;
    node = static_cast<const GumboNode*>(node->v.element.children.data[0]);
    if (node->type != GUMBO_NODE_TEXT) continue;
    absl::string_view digits = node->v.text.text;
    if (digits.empty() || digits.size() > 2) return nullptr;
    for (char c : digits) {
      if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return nullptr;
    }
    return node;
  }
  return nullptr;
}

// The superscript glyphs of a note number, so that a signers' list
// reads "Free Press Union¹" as plain text writes it, and not
// "Free Press Union1".
std::string SuperscriptDigits(absl::string_view digits) {
  static constexpr const char* kGlyphs[] = {
      "\xE2\x81\xB0", "\xC2\xB9",     "\xC2\xB2",     "\xC2\xB3",     "\xE2\x81\xB4",
      "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
  std::string out;
  for (char c : digits) out += kGlyphs[c - '0'];
  return out;
}

void VisitElement(const GumboNode* node, std::vector<Frame>& stack,
                  TextSink& sink, HtmlFurniture& furniture) {
  const GumboElement& el = node->v.element;
  // A <footer> inside a <blockquote> or <figure> is the quote's
  // attribution line ("— Name, role"), not the page's footer.
  bool citation = IsCitation(node) && node->parent != nullptr &&
                  node->parent->type == GUMBO_NODE_ELEMENT &&
                  (node->parent->v.element.tag == GUMBO_TAG_BLOCKQUOTE ||
                   node->parent->v.element.tag == GUMBO_TAG_FIGURE);
  if (el.tag != GUMBO_TAG_HEAD && !citation && furniture.Drops(node)) return;
  if (el.tag == GUMBO_TAG_BR) {
    sink.Break(1, el.start_pos.offset);
    return;
  }
  if (el.tag == GUMBO_TAG_TD || el.tag == GUMBO_TAG_TH) sink.Cell(el.start_pos.offset);
  if (el.tag == GUMBO_TAG_SUP) {
    if (const GumboNode* number = NoteNumber(node)) {
      const GumboText& digits = number->v.text;
      absl::string_view text = digits.text;
      sink.Glued(SuperscriptDigits(text), digits.start_pos.offset,
                 static_cast<uint32_t>(text.size()));
      return;
    }
  }
  bool block = IsBlock(el.tag) || citation;
  if (block) {
    sink.Break(2, el.start_pos.offset);
    stack.push_back({node, true});
  }
  // "<q>…</q>": the browser sets the marks.
  if (el.tag == GUMBO_TAG_Q) {
    sink.Text(kOpenQuote, el.start_pos.offset, 1);
    stack.push_back({node, false, kCloseQuote});
  }
  // A citation line reads "— Name, role", as the quote finder expects it.
  if (citation) {
    absl::string_view first = FirstText(node);
    if (!absl::StartsWith(first, "\xE2\x80\x94") && !absl::StartsWith(first, "\xE2\x80\x93") &&
        !absl::StartsWith(first, "-")) {
      sink.OpenAtNextText("\xE2\x80\x94 ", el.start_pos.offset);
    }
  }
  // "<blockquote><p>We will appeal.</p><cite>Tomas Berg</cite>": a block
  // quotation whose source sets no marks, as blog software does; the marks
  // go around its text up to the citation.
  int cited = el.tag == GUMBO_TAG_BLOCKQUOTE ? CitationChild(node) : -1;
  if (cited > 0 && !HasQuoteMark(node)) {
    sink.OpenAtNextText(kOpenQuote, el.start_pos.offset);
  } else {
    cited = -1;
  }
  // The <title> lives in <head>: keep it, drop the rest of the head.
  if (el.tag == GUMBO_TAG_HEAD) {
    for (unsigned i = el.children.length; i > 0; --i) {
      auto* child = static_cast<const GumboNode*>(el.children.data[i - 1]);
      if (child->type == GUMBO_NODE_ELEMENT &&
          child->v.element.tag == GUMBO_TAG_TITLE) {
        stack.push_back({child, false});
      }
    }
    return;
  }
  for (unsigned i = el.children.length; i > 0; --i) {
    auto* child = static_cast<const GumboNode*>(el.children.data[i - 1]);
    stack.push_back({child, false});
    if (static_cast<int>(i - 1) == cited) stack.push_back({child, false, kCloseQuote});
  }
}

// gumbo checks the stack of open elements on every tag, which is
// quadratic in nesting depth; tags nested deeper than this are dropped
// (their text is kept) before parsing.
constexpr int kMaxNesting = 512;

bool IsVoidTag(absl::string_view name) {
  for (absl::string_view v : {"area", "base", "br", "col", "embed", "hr", "img",
                              "input", "link", "meta", "param", "source",
                              "track", "wbr"}) {
    if (absl::EqualsIgnoreCase(name, v)) return true;
  }
  return false;
}

// The HTML with over-deep tags removed, and for each of its bytes the
// offset of the byte it came from (empty when nothing was removed).
struct FlattenedHtml {
  std::string html;
  std::vector<uint32_t> origin;
};

FlattenedHtml CapNesting(absl::string_view html) {
  FlattenedHtml out;
  int depth = 0;
  size_t copied = 0;
  size_t i = html.find('<');
  auto copy_until = [&](size_t end) {
    for (size_t k = copied; k < end; ++k) {
      out.html.push_back(html[k]);
      out.origin.push_back(k);
    }
  };
  while (i != absl::string_view::npos && i + 1 < html.size()) {
    size_t close = html.find('>', i);
    if (close == absl::string_view::npos) break;
    bool closing = html[i + 1] == '/';
    size_t name_begin = i + (closing ? 2 : 1);
    size_t name_end = name_begin;
    while (name_end < close && absl::ascii_isalnum(static_cast<unsigned char>(html[name_end]))) {
      ++name_end;
    }
    absl::string_view name = html.substr(name_begin, name_end - name_begin);
    bool is_tag = !name.empty();
    bool self_closing = html[close - 1] == '/' || IsVoidTag(name);
    bool drop = false;
    if (is_tag && !self_closing) {
      if (closing) {
        drop = depth > kMaxNesting;
        if (depth > 0) --depth;
      } else {
        ++depth;
        drop = depth > kMaxNesting;
      }
    }
    if (drop) {
      copy_until(i);
      copied = close + 1;
    }
    i = html.find('<', close + 1);
  }
  if (copied == 0) return {};
  copy_until(html.size());
  return out;
}

MappedText MarkupToText(absl::string_view original) {
  FlattenedHtml flat = CapNesting(original);
  absl::string_view html = flat.origin.empty() ? original : absl::string_view(flat.html);
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions,
                                                 html.data(), html.size());
  TextSink sink;
  HtmlFurniture furniture(output->root);
  std::vector<Frame> stack = {{output->root, false}};
  while (!stack.empty()) {
    Frame frame = stack.back();
    stack.pop_back();
    const GumboNode* node = frame.node;
    if (!frame.close_mark.empty()) {
      sink.CloseBefore(frame.close_mark, node->v.element.start_pos.offset);
      continue;
    }
    if (frame.closing) {
      if (node->v.element.tag == GUMBO_TAG_TR) sink.EndRow(node->v.element.end_pos.offset);
      sink.Break(2, node->v.element.end_pos.offset);
      continue;
    }
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT: {
        const GumboVector& children = node->v.document.children;
        for (unsigned i = children.length; i > 0; --i) {
          stack.push_back(
              {static_cast<const GumboNode*>(children.data[i - 1]), false});
        }
        break;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        VisitElement(node, stack, sink, furniture);
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        sink.Text(node->v.text.text, node->v.text.start_pos.offset,
                  node->v.text.original_text.length);
        break;
      default:
        break;
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  MappedText text = sink.Finish();
  if (!flat.origin.empty()) {
    for (uint32_t& at : text.offsets) {
      at = at < flat.origin.size() ? flat.origin[at] : original.size();
    }
  }
  return text;
}

}  // namespace

MappedText HtmlToText(absl::string_view html) {
  // A page template's front matter (Jekyll keeps .html posts with one) is
  // data about the page; gumbo would read it as text.
  size_t header = FrontMatterLength(html);
  MappedText text = MarkupToText(html.substr(header));
  if (header > 0) {
    for (uint32_t& at : text.offsets) at += header;
  }
  return text;
}

}  // namespace amicus::extract
