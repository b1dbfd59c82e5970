#include "core/clip/detail/HtmlEntities.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace descry::detail {

namespace {

const char* findEntity(const QByteArray& name)
{
    const HtmlEntity* end = kHtmlEntities + kHtmlEntityCount;
    const HtmlEntity* it = std::lower_bound(kHtmlEntities, end, name, [](const HtmlEntity& e, const QByteArray& n) {
        return std::strcmp(e.name, n.constData()) < 0;
    });
    return it != end && name == it->name ? it->utf8 : nullptr;
}

// Windows-1252 meanings of the C1 range, as HTML5 (and Python) read numeric references to it.
char32_t c1Replacement(char32_t c)
{
    static const char16_t table[32] = {0x20ac, 0x81,   0x201a, 0x192,  0x201e, 0x2026, 0x2020, 0x2021,
                                       0x2c6,  0x2030, 0x160,  0x2039, 0x152,  0x8d,   0x17d,  0x8f,
                                       0x90,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                                       0x2dc,  0x2122, 0x161,  0x203a, 0x153,  0x9d,   0x17e,  0x178};
    return table[c - 0x80];
}

bool isInvalidCodePoint(char32_t c)
{
    return (c >= 0x1 && c <= 0x8) || c == 0xb || (c >= 0xe && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) ||
           (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

QString numericReference(const QString& digits, int base)
{
    // Python's int() takes any length; anything past U+10FFFF becomes U+FFFD, so saturate.
    char32_t value = 0;
    for (QChar ch : digits) {
        const int d = ch.isDigit() ? ch.unicode() - '0' : (ch.toLower().unicode() - 'a' + 10);
        value = std::min<char32_t>(value * base + char32_t(d), 0x110000);
    }
    if (value == 0)
        return QString(QChar(0xfffd));
    if (value == 0xd)
        return QStringLiteral("\r");
    if (value >= 0x80 && value <= 0x9f)
        return QString::fromUcs4(std::u32string(1, c1Replacement(value)).data(), 1);
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
        return QString(QChar(0xfffd));
    if (isInvalidCodePoint(value))
        return {};
    return QString::fromUcs4(&value, 1);
}

QString namedReference(const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    if (const char* hit = findEntity(utf8))
        return QString::fromUtf8(hit);
    // Legacy names (e.g. "&amp" in "&ampx"): the longest known prefix, the rest kept as text.
    for (qsizetype x = utf8.size() - 1; x > 1; --x) {
        if (const char* hit = findEntity(utf8.left(x)))
            return QString::fromUtf8(hit) + QString::fromUtf8(utf8.mid(x));
    }
    return QLatin1Char('&') + name;
}

bool isNameChar(QChar c)
{
    return c != u'\t' && c != u'\n' && c != u'\f' && c != u' ' && c != u'<' && c != u'&' && c != u'#' && c != u';';
}

bool isHexDigit(QChar c)
{
    return c.isDigit() ? c.unicode() < 128 : (c.toLower() >= u'a' && c.toLower() <= u'f');
}

// Length of the reference body after '&' (Python's _charref pattern), 0 when none starts here.
qsizetype referenceLength(const QString& s, qsizetype at, int* base)
{
    const qsizetype n = s.size();
    qsizetype i = at;
    *base = 0;
    if (i < n && s[i] == u'#') {
        ++i;
        *base = 10;
        if (i < n && (s[i] == u'x' || s[i] == u'X')) {
            ++i;
            *base = 16;
        }
        const qsizetype digitsStart = i;
        while (i < n && (*base == 16 ? isHexDigit(s[i]) : (s[i] >= u'0' && s[i] <= u'9')))
            ++i;
        if (i == digitsStart)
            return 0;
    } else {
        // {1,32} counts code points; a surrogate pair is one.
        int count = 0;
        while (i < n && count < 32 && isNameChar(s[i])) {
            i += (s[i].isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate()) ? 2 : 1;
            ++count;
        }
        if (count == 0)
            return 0;
    }
    if (i < n && s[i] == u';')
        ++i;
    return i - at;
}

} // namespace

QString htmlUnescape(const QString& text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, amp - i);
        int base = 0;
        const qsizetype len = referenceLength(text, amp + 1, &base);
        if (len == 0) {
            out += u'&';
            i = amp + 1;
            continue;
        }
        const QString body = text.mid(amp + 1, len);
        if (base != 0) {
            QString digits = body.mid(base == 16 ? 2 : 1);
            if (digits.endsWith(u';'))
                digits.chop(1);
            out += numericReference(digits, base);
        } else {
            out += namedReference(body);
        }
        i = amp + 1 + len;
    }
    return out;
}

} // namespace descry::detail
