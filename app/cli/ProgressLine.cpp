#include "app/cli/ProgressLine.h"

#include "core/common/Tr.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace descry::cli {

namespace {

// A bar redrawn in place is open until its final update; any other stderr line must first end it.
bool g_lineOpen = false;

constexpr int kBarWidth = 30;

} // namespace

ProgressLine::ProgressLine(QString label, QString unit)
    : m_label(std::move(label)), m_unit(std::move(unit)), m_terminal(stderrIsTerminal())
{
}

ProgressLine::~ProgressLine()
{
    breakLine();
}

bool ProgressLine::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void ProgressLine::breakLine()
{
    if (!g_lineOpen)
        return;
    std::fputc('\n', stderr);
    std::fflush(stderr);
    g_lineOpen = false;
}

QString ProgressLine::text(int percent, qint64 done, qint64 total) const
{
    const int filled = percent * kBarWidth / 100;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(kBarWidth - filled, QLatin1Char('.'));
    const QString line = Tr::tr("[%1] %2% %3/%4 %5").arg(bar).arg(percent, 3).arg(done).arg(total).arg(m_unit);
    return m_label.isEmpty() ? line : m_label + QLatin1Char(' ') + line;
}

void ProgressLine::update(qint64 done, qint64 total)
{
    const bool last = done >= total;
    const int percent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 100;
    if (m_terminal) {
        if (percent == m_lastPercent && !last)
            return;
        m_lastPercent = percent;
        // The carriage return stays outside the translatable text (lupdate would store it as a <byte> element).
        std::fprintf(stderr, "\r%s", text(percent, done, total).toLocal8Bit().constData());
        g_lineOpen = !last;
        if (last)
            std::fputc('\n', stderr);
    } else {
        const int step = last ? 10 : percent / 10;
        if (step <= m_lastStep)
            return;
        m_lastStep = step;
        std::fprintf(stderr, "%s\n", text(percent, done, total).toLocal8Bit().constData());
    }
    std::fflush(stderr);
}

std::function<void(int, int)> ProgressLine::callback()
{
    return [this](int done, int total) { update(done, total); };
}

} // namespace descry::cli
