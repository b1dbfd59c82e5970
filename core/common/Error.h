#pragma once

#include <QString>

namespace descry {

// descry-cli's process exit codes (DESIGN.md §6). The one definition: the CLI, its help text and the tests use it.
enum class ExitCode {
    Success = 0,
    Usage = 1,    // bad arguments or options
    Input = 2,    // unreadable/corrupt input file, no face found
    Model = 3,    // model pack missing, tampered or inconsistent
    Internal = 4, // a bug or an unexpected third-party failure
};

// Error categories; exitCodeFor() maps each onto one exit code.
enum class ErrorCode {
    Usage,    // bad arguments or options
    Input,    // unreadable/corrupt input file, no face found
    Model,    // model pack missing, tampered or inconsistent
    Internal, // a bug or an unexpected third-party failure
    Cancelled // the user asked to stop
};

// The exit code of a failure of kind `code`; a cancelled run exits as an internal error.
ExitCode exitCodeFor(ErrorCode code);

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
    int exitCode() const { return static_cast<int>(exitCodeFor(m_code)); }

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
