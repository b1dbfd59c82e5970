// descry: the desktop application.
#include "core/common/Log.h"
#include "core/diagnostics/Runtime.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>

int main(int argc, char** argv)
{
    descry::runtime::ensurePassiveThreadWait(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Descry"));
    QApplication::setApplicationName(QStringLiteral("descry"));
    QApplication::setApplicationVersion(QStringLiteral(DESCRY_APP_VERSION));
    descry::log::init();
    // Registers the encoders. LibTorch's thread count is per thread: MainWindow's InferenceService has its worker
    // thread set its own from the settings, and Settings changes are queued to that thread.
    descry::runtime::init();
    descry::ui::installTranslations(app, descry::ui::AppSettings().language());

    descry::ui::MainWindow window;
    window.show();
    return app.exec();
}
