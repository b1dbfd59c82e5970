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
    return m_file + QStringLiteral(": ") + msg;
}

Error Error::withFile(const QString& file) const
{
    Error e = *this;
    if (e.m_file.isEmpty())
        e.m_file = file;
    return e;
}

} // namespace descry
