#include "app/cli/Main.h"

#include "app/cli/Commands.h"
#include "core/common/Log.h"
#include "core/diagnostics/Runtime.h"

#include <QDir>
#include <QGuiApplication>

#include <sys/stat.h>
#include <unistd.h>

namespace descry::cli {

int main(int argc, char** argv, const std::function<void()>& registerEncoders)
{
    runtime::ensurePassiveThreadWait(argv);
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
    log::init(log::Level::Warning);
    runtime::init();
    if (registerEncoders)
        registerEncoders();
    return run(app.arguments().mid(1));
}

} // namespace descry::cli
