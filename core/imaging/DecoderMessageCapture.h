#pragma once

#include <QStringList>

namespace descry {

// Collects the Qt messages (qWarning from the jpeg, png, tiff ... plugins, libjpeg and libpng warnings) emitted on
// the constructing thread while it is alive, so that a decoder's complaints become data instead of raw lines on
// stderr. Messages of every other thread go on to the handler that was installed before, untouched: decoding may
// run on several worker threads at once. Captures nest (the innermost one collects). Fatal messages are never
// swallowed. Thread-safe; not copyable.
class DecoderMessageCapture
{
public:
    DecoderMessageCapture();
    ~DecoderMessageCapture();
    DecoderMessageCapture(const DecoderMessageCapture&) = delete;
    DecoderMessageCapture& operator=(const DecoderMessageCapture&) = delete;

    // What was captured so far, as emitted.
    const QStringList& messages() const { return m_messages; }

private:
    QStringList m_messages;
    QStringList* m_outer = nullptr;
};

} // namespace descry
