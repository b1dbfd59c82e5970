#include "core/imaging/DecoderMessageCapture.h"

#include <QtGlobal>

#include <atomic>
#include <cstdio>

namespace descry {

namespace {

thread_local QStringList* t_capture = nullptr; // this thread's innermost capture, if any
thread_local bool t_forwarding = false;        // inside the previous handler: a handler chained back to us
std::atomic<QtMessageHandler> g_previous{nullptr};

void captureHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (t_capture && type != QtFatalMsg) {
        t_capture->append(message);
        return;
    }
    const QtMessageHandler previous = g_previous.load();
    if (!previous || t_forwarding) {
        // No handler to hand over to, or one that handed the message back: print it as Qt's default would.
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        std::fflush(stderr);
        return;
    }
    t_forwarding = true;
    previous(type, context, message);
    t_forwarding = false;
}

// Puts captureHandler on top. Done for every capture rather than once: a handler installed later (a test's, a
// GUI's log window) would otherwise see the decoder's warnings before we do.
void install()
{
    const QtMessageHandler old = qInstallMessageHandler(captureHandler);
    if (old != captureHandler)
        g_previous.store(old);
}

} // namespace

DecoderMessageCapture::DecoderMessageCapture() : m_outer(t_capture)
{
    install();
    t_capture = &m_messages;
}

DecoderMessageCapture::~DecoderMessageCapture()
{
    t_capture = m_outer;
}

} // namespace descry
