#ifndef AMICUS_EXTRACT_HTML_FURNITURE_H_
#define AMICUS_EXTRACT_HTML_FURNITURE_H_

#include <gumbo.h>

#include <cstddef>
#include <optional>

namespace amicus::extract {

// Which elements of a page are its furniture rather than the statement:
// by tag (navigation, the page's banner and footer, asides, forms,
// scripts), and, as readability tools do, by the names page templates give
// their blocks in class and id attributes: comments, share and social
// bars, related and recent posts, sidebars, cookie and consent notices,
// breadcrumbs, menus, newsletter sign-ups, pagination, pop-ups. Template
// names are the same across sites because the blog and CMS software is.
class HtmlFurniture {
 public:
  explicit HtmlFurniture(const GumboNode* root) : root_(root) {}

  // Whether the element and all it holds are left out of the text. The
  // element itself is never `root`.
  bool Drops(const GumboNode* element);

 private:
  // A <header> inside an <article>, <main> or <section> is that part's
  // own header (its title and date), not the page's banner.
  static bool IsSectionHeader(const GumboNode* element);
  enum class Named { kNothing, kFurniture, kComments };
  // What a class or id names: a furniture block, readers' comments, or
  // nothing (also when one of its words names content: "entry-content",
  // "main-column").
  static Named FurnitureNamed(const GumboNode* element);
  // An element holding the statement (its <h1>, an <article> or <main>,
  // or half of the page's text) is kept whatever its name says: a
  // template may call its content wrapper "has-sidebar". Comments go
  // unless they hold the <h1>, <article> or <main>, as a long thread may
  // outrun the statement.
  bool HoldsTheStatement(const GumboNode* element);
  size_t PageTextBytes();

  const GumboNode* root_;
  std::optional<size_t> page_text_bytes_;
};

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_HTML_FURNITURE_H_
