#pragma once

#include <QStringList>

namespace descry {

// Catches what a C library writes straight to stderr (libpng's error handler prints "libpng error: ..." with
// fprintf, past Qt's message handler) while it is alive: file descriptor 2 points at an anonymous temporary file,
// and on finish() the lines starting with one of `prefixes` are returned while every other line (another thread's
// output meanwhile) goes on to the real stderr. One capture at a time in the process (a mutex serialises them);
// use it only around short calls into such a library. Not copyable.
class StderrCapture
{
public:
    explicit StderrCapture(QStringList prefixes);
    ~StderrCapture();
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    // Restores stderr and returns the captured lines (once; later calls return nothing new).
    QStringList finish();

private:
    QStringList m_prefixes;
    int m_saved = -1; // the real stderr
    int m_file = -1;  // the temporary file
    bool m_locked = false;
};

} // namespace descry
