#include "extract/html_furniture.h"

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace amicus::extract {
namespace {

bool IsFurnitureTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
      return true;
    default:
      return false;
  }
}

// Blocks a template names for what it is; the class or id decides only
// for these, so an inline <span class="share-count"> inside a paragraph
// is left alone.
bool IsContainerTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

// Word stems of furniture block names, matched at the start of a name's
// parts ("comments-area", "jp-relatedposts", "sharedaddy").
constexpr absl::string_view kFurnitureStems[] = {
    "share", "sharing", "social",
    "related", "recent", "sidebar", "cookie", "consent", "gdpr",
    "breadcrumb", "menu", "navbar", "newsletter", "subscribe", "signup",
    "pagination", "pager", "popup", "modal", "sponsor", "advert",
};
// Readers' comments: never the statement, however long they run.
constexpr absl::string_view kCommentStems[] = {"comment", "disqus", "respond", "replies"};
// Parts that name content; a name holding one is no furniture.
constexpr absl::string_view kContentStems[] = {
    "content", "article", "main", "body", "column", "entry", "post-text",
    "story", "text",
};

bool StartsWithAny(absl::string_view part,
                   absl::Span<const absl::string_view> stems) {
  for (absl::string_view stem : stems) {
    if (absl::StartsWith(part, stem)) return true;
  }
  return false;
}

// The lowercased parts of a class or id value: split at spaces, hyphens
// and underscores.
std::vector<std::string> NameParts(absl::string_view value) {
  std::vector<std::string> parts;
  for (absl::string_view part :
       absl::StrSplit(value, absl::ByAnyChar(" \t\n-_"), absl::SkipEmpty())) {
    parts.push_back(absl::AsciiStrToLower(part));
  }
  return parts;
}

size_t TextBytes(const GumboNode* node) {
  size_t bytes = 0;
  std::vector<const GumboNode*> todo = {node};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      bytes += absl::string_view(n->v.text.text).size();
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_HEAD) {
        continue;
      }
      const GumboVector& c = n->v.element.children;
      for (unsigned i = 0; i < c.length; ++i) {
        todo.push_back(static_cast<const GumboNode*>(c.data[i]));
      }
    } else if (n->type == GUMBO_NODE_DOCUMENT) {
      const GumboVector& c = n->v.document.children;
      for (unsigned i = 0; i < c.length; ++i) {
        todo.push_back(static_cast<const GumboNode*>(c.data[i]));
      }
    }
  }
  return bytes;
}

constexpr GumboTag kStatementTags[] = {GUMBO_TAG_H1, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN};

bool HoldsTag(const GumboNode* node, absl::Span<const GumboTag> tags) {
  std::vector<const GumboNode*> todo = {node};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n != node) {
      for (GumboTag tag : tags) {
        if (n->v.element.tag == tag) return true;
      }
    }
    const GumboVector& c = n->v.element.children;
    for (unsigned i = 0; i < c.length; ++i) {
      todo.push_back(static_cast<const GumboNode*>(c.data[i]));
    }
  }
  return false;
}

}  // namespace

bool HtmlFurniture::Drops(const GumboNode* element) {
  const GumboTag tag = element->v.element.tag;
  if (IsFurnitureTag(tag)) return !(tag == GUMBO_TAG_HEADER && IsSectionHeader(element));
  if (!IsContainerTag(tag)) return false;
  switch (FurnitureNamed(element)) {
    case Named::kNothing:
      return false;
    case Named::kComments:
      return !HoldsTag(element, kStatementTags);
    case Named::kFurniture:
      return !HoldsTheStatement(element);
  }
  return false;
}

bool HtmlFurniture::IsSectionHeader(const GumboNode* element) {
  for (const GumboNode* up = element->parent; up != nullptr; up = up->parent) {
    if (up->type != GUMBO_NODE_ELEMENT) break;
    GumboTag tag = up->v.element.tag;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_SECTION) {
      return true;
    }
    if (tag == GUMBO_TAG_BODY) break;
  }
  return false;
}

HtmlFurniture::Named HtmlFurniture::FurnitureNamed(const GumboNode* element) {
  Named named = Named::kNothing;
  for (const char* attribute : {"class", "id"}) {
    const GumboAttribute* a =
        gumbo_get_attribute(&element->v.element.attributes, attribute);
    if (a == nullptr) continue;
    for (const std::string& part : NameParts(a->value)) {
      if (StartsWithAny(part, kContentStems)) return Named::kNothing;
      if (StartsWithAny(part, kCommentStems)) {
        named = Named::kComments;
      } else if (named == Named::kNothing && StartsWithAny(part, kFurnitureStems)) {
        named = Named::kFurniture;
      }
    }
  }
  return named;
}

bool HtmlFurniture::HoldsTheStatement(const GumboNode* element) {
  if (HoldsTag(element, kStatementTags)) return true;
  return 2 * TextBytes(element) >= PageTextBytes();
}

size_t HtmlFurniture::PageTextBytes() {
  if (!page_text_bytes_.has_value()) page_text_bytes_ = TextBytes(root_);
  return *page_text_bytes_;
}

}  // namespace amicus::extract
