#ifndef AMICUS_EXTRACT_HTML_ENTITIES_H_
#define AMICUS_EXTRACT_HTML_ENTITIES_H_

#include "extract/mapped_text.h"

namespace amicus::extract {

// Markdown carries HTML character references that its renderer decodes
// ("O&#8217;Shea", "&ldquo;...&rdquo;"): numeric references and the named
// ones of running text become their characters (a no-break space becomes
// ' '), each mapped to the reference's first byte. Anything else,
// including an unknown name or a bare '&', is left as it is.
MappedText DecodeEntities(const MappedText& in);

}  // namespace amicus::extract

#endif  // AMICUS_EXTRACT_HTML_ENTITIES_H_
