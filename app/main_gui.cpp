// descry: the desktop application.
#include "app/cli/GuiCommandLine.h"

#include "core/common/Log.h"
#include "core/common/Tr.h"
#include "core/diagnostics/Runtime.h"
#include "ui/AppSettings.h"
#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/InstallationCheck.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace {

using descry::cli::guiCommandLine;

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Descry"));
    QCoreApplication::setApplicationName(QStringLiteral("descry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESCRY_APP_VERSION));
}

void print(const QString& text, std::FILE* stream)
{
    std::fputs(qPrintable(text), stream);
}

// --help and --version are answered (and the process exits 0) before any window system is needed, so they work
// where no display is reachable too. Qt's own options (-platform...) are only known once QApplication took them,
// so these two are looked for by hand here.
void answerHelpOrVersion(int& argc, char** argv)
{
    bool help = false, version = false;
    for (int i = 1; i < argc; ++i) {
        help = help || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--help");
        version = version || !std::strcmp(argv[i], "--version");
    }
    if (!help && !version)
        return;
    QCoreApplication app(argc, argv);
    setIdentity();
    print(help ? guiCommandLine().help() : QStringLiteral("descry %1\n").arg(QStringLiteral(DESCRY_APP_VERSION)),
          stdout);
    std::exit(0);
}

// A path of the command line as the case and the recent files record it: absolute, whatever the working folder.
QString absolute(const QString& path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

int runCheck(descry::ui::MainWindow& window, const descry::cli::ParsedArgs& args)
{
    int repeat = 1;
    args.read(QStringLiteral("repeat"), &repeat);
    descry::ui::InstallationCheck check(&window, absolute(args.value(QStringLiteral("probe"))),
                                        absolute(args.value(QStringLiteral("reference"))), repeat);
    QObject::connect(&check, &descry::ui::InstallationCheck::finished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    if (!args.positional(0).isEmpty())
        check.openCase(absolute(args.positional(0)));
    else
        check.start();
    return qApp->exec();
}

// Opens what the command line names: a case file, photos for Face comparison.
void openArguments(descry::ui::MainWindow& window, const descry::cli::ParsedArgs& args)
{
    if (!args.positional(0).isEmpty())
        window.openCaseFile(absolute(args.positional(0)));
    if (args.isSet(QStringLiteral("probe")))
        window.faceWorkspace()->setProbe(absolute(args.value(QStringLiteral("probe"))));
    if (args.isSet(QStringLiteral("reference")))
        window.faceWorkspace()->setReference(absolute(args.value(QStringLiteral("reference"))));
}

} // namespace

int main(int argc, char** argv)
{
    descry::runtime::ensurePassiveThreadWait(argv);
    answerHelpOrVersion(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    descry::log::init();
    // Registers the encoders. LibTorch's thread count is per thread: MainWindow's InferenceService has its worker
    // thread set its own from the settings, and Settings changes are queued to that thread.
    descry::runtime::init();
    descry::ui::installTranslations(app, descry::ui::AppSettings().language());

    const auto args = guiCommandLine().parse(app.arguments().mid(1));
    if (!args) {
        print(args.error().toString() + QLatin1Char('\n'), stderr); // "descry: unknown option ... (usage: ...)"
        return 1;
    }
    const bool check = args->isSet(QStringLiteral("check"));
    const bool photos = args->isSet(QStringLiteral("probe")) && args->isSet(QStringLiteral("reference"));
    if (check && photos == !args->positional(0).isEmpty()) {
        print(
            guiCommandLine().usageError(descry::Tr::tr("--check needs a CASE or --probe and --reference")).toString() +
                QLatin1Char('\n'),
            stderr);
        return 1;
    }

    descry::ui::MainWindow window;
    if (check)
        return runCheck(window, *args);
    window.show();
    openArguments(window, *args);
    return app.exec();
}
