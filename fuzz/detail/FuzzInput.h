#pragma once
// Shared by the harnesses: the input as a file in a per-process scratch folder (/dev/shm when it exists), removed
// when the process exits normally; a synthetic CLIP merge list for seeds and the tokenizer fallback.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace descry::fuzz {

// /dev/shm/descry-fuzz-<pid> (else under QDir::tempPath()), created on first use.
inline QString scratchDir()
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = base + QStringLiteral("/descry-fuzz-%1").arg(::getpid());
        QDir(d).removeRecursively();
        if (!QDir().mkpath(d))
            std::abort();
        return d;
    }();
    static const int registered = std::atexit([] { QDir(dir).removeRecursively(); });
    (void)registered;
    return dir;
}

// Writes `bytes` to scratchDir()/name (replacing it) and returns the path.
inline QString writeFile(const QByteArray& bytes, const QString& name = QStringLiteral("input"))
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    if (const int slash = name.lastIndexOf(QLatin1Char('/')); slash > 0)
        QDir().mkpath(scratchDir() + QLatin1Char('/') + name.left(slash));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        std::abort();
    return path;
}

inline QString writeInput(const uint8_t* data, size_t size, const QString& name = QStringLiteral("input"))
{
    return writeFile(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), name);
}

// A merge list of `count` lower-case merges ("a b", "a b</w>", "ab c", ...) behind a version line, in the .txt
// format ClipTokenizer::load reads: a stand-in for the real vocabulary when the asset is absent.
inline QByteArray syntheticMerges(int count)
{
    QByteArray out("#version: 0.2\n");
    std::vector<std::string> prefixes{""};
    int written = 0;
    while (written < count) {
        std::vector<std::string> longer;
        for (const auto& p : prefixes)
            for (char c = 'a'; c <= 'z'; ++c)
                longer.push_back(p + c);
        for (const auto& p : longer) {
            if (p.size() < 2)
                continue;
            const std::string head = p.substr(0, p.size() - 1), last = p.substr(p.size() - 1);
            for (const std::string& tail : {last, last + "</w>"}) {
                if (written++ < count)
                    out += QByteArray::fromStdString(head + ' ' + tail + '\n');
            }
        }
        prefixes = std::move(longer);
    }
    return out;
}

} // namespace descry::fuzz
