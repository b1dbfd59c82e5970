#include "app/cli/Main.h"

#include "app/cli/Commands.h"
#include "app/cli/ProgressLine.h"
#include "core/common/Log.h"
#include "core/common/Tr.h"
#include "core/diagnostics/Runtime.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace descry::cli {

namespace {

// The language of every message (the CLI's and core's): DESCRY_LANG when set ("de", "fr_FR", "en", ...), else the
// environment's through QLocale::system() (LC_ALL, LC_MESSAGES, LANG, and LANGUAGE's list of preferences). The
// translation comes from the embedded :/i18n/descry_<lang>.qm (app/CMakeLists.txt); English when none matches.
void installTranslator(QCoreApplication& app)
{
    const QString chosen = qEnvironmentVariable("DESCRY_LANG");
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("descry"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        !QCoreApplication::installTranslator(translator))
        delete translator;
}

QtMessageHandler g_defaultHandler = nullptr;

// Every stderr line of descry-cli is ours: one error line, or "descry-cli: warning: …". Qt's own messages and those
// of its image plugins (libpng, libjpeg, "QImage::…") are not shown raw; the image loader captures what matters
// about a file into its result. DESCRY_DEBUG=1 shows everything with the log format.
void cliMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool debug = qEnvironmentVariableIntValue("DESCRY_DEBUG") != 0;
    if ((debug || type == QtFatalMsg) && g_defaultHandler) {
        g_defaultHandler(type, context, message);
        return;
    }
    const bool ours = context.category && qstrncmp(context.category, "descry.", 7) == 0;
    if (ours && (type == QtWarningMsg || type == QtCriticalMsg)) {
        ProgressLine::breakLine();
        std::fprintf(stderr, "%s\n",
                     Tr::tr("descry-cli: warning: %1").arg(message.simplified()).toLocal8Bit().constData());
    }
}

} // namespace

int main(int argc, char** argv, const std::function<void()>& registerEncoders)
{
    runtime::ensurePassiveThreadWait(argv);
    // Installed first, so that any handler core installs later (to capture decoder warnings) chains to this one.
    g_defaultHandler = qInstallMessageHandler(cliMessageHandler);
    // Reports are drawn with QPainter, which needs a GUI application; never require a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns on stderr when it has to invent a runtime dir; errors must stay one line, so make it quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        ::mkdir(dir.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Descry"));
    QGuiApplication::setApplicationName(QStringLiteral("descry"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DESCRY_APP_VERSION));
    installTranslator(app);
    log::init(log::Level::Warning);
    runtime::init();
    if (registerEncoders)
        registerEncoders();
    return run(app.arguments().mid(1));
}

} // namespace descry::cli
