// descry: the desktop application.
#include "core/common/Log.h"
#include "core/common/Tr.h"
#include "core/diagnostics/Runtime.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Descry"));
    QCoreApplication::setApplicationName(QStringLiteral("descry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESCRY_APP_VERSION));
}

// The options the desktop application understands: only help and version (Qt's own, such as -platform, are
// taken by QApplication before the parser sees the arguments).
void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        descry::Tr::tr("Descry, the desktop application: explained face comparison. Without options it opens the "
                       "main window; the command-line tool is descry-cli."));
    parser.addHelpOption();
    parser.addVersionOption();
}

// --help and --version are answered (and the process exits 0) before any window system is needed, so they work
// where no display is reachable too. Returns when the arguments ask for neither.
void answerHelpOrVersion(int& argc, char** argv)
{
    bool asked = false;
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "-v", "--version"})
            asked = asked || std::strcmp(argv[i], option) == 0;
    if (!asked)
        return;
    QCoreApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(app.arguments()); // Qt's own window-system options are unknown here: not an error yet
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
}

} // namespace

int main(int argc, char** argv)
{
    descry::runtime::ensurePassiveThreadWait(argv);
    answerHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    {
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // an unknown option is named on stderr, exit 1
    }
    descry::log::init();
    // Registers the encoders. LibTorch's thread count is per thread: MainWindow's InferenceService has its worker
    // thread set its own from the settings, and Settings changes are queued to that thread.
    descry::runtime::init();
    descry::ui::installTranslations(app, descry::ui::AppSettings().language());

    descry::ui::MainWindow window;
    window.show();
    return app.exec();
}
