#include "core/imaging/StderrCapture.h"

#include <QByteArray>
#include <QMutex>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace descry {

namespace {
QMutex g_stderrMutex;
}

StderrCapture::StderrCapture(QStringList prefixes) : m_prefixes(std::move(prefixes))
{
#ifdef Q_OS_LINUX
    g_stderrMutex.lock();
    m_locked = true;
    std::fflush(stderr);
    m_file = ::memfd_create("descry-stderr", MFD_CLOEXEC);
    if (m_file < 0)
        return;
    m_saved = ::dup(STDERR_FILENO);
    if (m_saved < 0 || ::dup2(m_file, STDERR_FILENO) < 0) {
        ::close(m_file);
        m_file = -1;
    }
#endif
}

StderrCapture::~StderrCapture()
{
    finish();
}

QStringList StderrCapture::finish()
{
    QStringList captured;
#ifdef Q_OS_LINUX
    if (m_file >= 0) {
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        QByteArray text;
        char buffer[4096];
        ::lseek(m_file, 0, SEEK_SET);
        for (ssize_t n; (n = ::read(m_file, buffer, sizeof buffer)) > 0;)
            text.append(buffer, qsizetype(n));
        ::close(m_file);
        m_file = -1;
        QByteArray others;
        for (const QByteArray& line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            const QString s = QString::fromLocal8Bit(line);
            bool ours = false;
            for (const QString& p : m_prefixes)
                ours = ours || s.startsWith(p);
            if (ours)
                captured << s;
            else
                others += line + '\n';
        }
        // Another thread's output meanwhile: passed on, late but whole.
        if (!others.isEmpty() && ::write(STDERR_FILENO, others.constData(), size_t(others.size())) < 0)
            others.clear();
    }
    if (m_saved >= 0) {
        ::close(m_saved);
        m_saved = -1;
    }
#endif
    if (m_locked) {
        m_locked = false;
        g_stderrMutex.unlock();
    }
    return captured;
}

} // namespace descry
