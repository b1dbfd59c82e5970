#include "core/common/Error.h"

namespace descry {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitCode::Usage;
    case ErrorCode::Input:
        return ExitCode::Input;
    case ErrorCode::Model:
        return ExitCode::Model;
    case ErrorCode::Internal:
    case ErrorCode::Cancelled:
        break;
    }
    return ExitCode::Internal;
}

QString Error::toString() const
{
    QString msg = m_message.simplified();
    if (m_file.isEmpty())
        return msg;
    // A file name may hold line breaks or other control characters: shown escaped, so the message stays one line.
    QString file;
    for (const QChar c : m_file)
        file += c.category() == QChar::Other_Control ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                                     : QString(c);
    return file + QStringLiteral(": ") + msg;
}

Error Error::withFile(const QString& file) const
{
    Error e = *this;
    if (e.m_file.isEmpty())
        e.m_file = file;
    return e;
}

} // namespace descry
