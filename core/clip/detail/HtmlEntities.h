#pragma once

#include <QString>

namespace descry::detail {

// One named character reference: its name as written after '&' (with or without ';') and its UTF-8 text.
struct HtmlEntity
{
    const char* name;
    const char* utf8;
};

extern const HtmlEntity kHtmlEntities[];
extern const int kHtmlEntityCount;

// Python's html.unescape(): numeric and named character references (HTML5 rules, longest legacy prefix for
// names without ';'), so prompts are cleaned exactly as open_clip's basic_clean() does.
QString htmlUnescape(const QString& text);

} // namespace descry::detail
