#pragma once

#include <QString>

namespace descry {

// Error categories; each maps onto one descry-cli exit code (DESIGN.md §6).
enum class ErrorCode {
    Usage = 1,    // bad arguments or options
    Input = 2,    // unreadable/corrupt input file, no face found
    Model = 3,    // model pack missing, tampered or inconsistent
    Internal = 4, // a bug or an unexpected third-party failure
    Cancelled = 5 // the user asked to stop
};

// A failure reported across the core boundary: a code, a translated one-line message and the file it concerns.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString file = {})
        : m_code(code), m_message(std::move(message)), m_file(std::move(file))
    {
    }

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const QString& file() const { return m_file; }

    // The process exit code descry-cli uses for this error.
    int exitCode() const { return m_code == ErrorCode::Cancelled ? static_cast<int>(ErrorCode::Internal) : static_cast<int>(m_code); }

    // "FILE: message" on one line (newlines folded), or just the message when no file is involved.
    QString toString() const;

    // Returns a copy naming `file` when this error does not name one yet.
    Error withFile(const QString& file) const;

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    QString m_file;
};

} // namespace descry
