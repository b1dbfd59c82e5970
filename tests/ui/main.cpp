// Test runner for ui: a widgets application, offscreen.
#include "core/diagnostics/Runtime.h"
#include "support/FakeEncoders.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    descry::runtime::ensurePassiveThreadWait(argv); // OpenBLAS kernels for this CPU, as the programs get them
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings and recent files never touch the user's own
    QApplication app(argc, argv);
    // CTest runs the tests in parallel processes, some of which change settings (pack, threads): each process
    // keeps its own.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    descry::runtime::init();
    // The face-fake pack of the end-to-end tests without ../shared (UiTestData.h) uses the fake encoders.
    descry::fakes::registerFakeEncoders();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
