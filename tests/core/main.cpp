// Test runner for core: a GUI application object (reports paint with QPainter), offscreen.
#include "FakeEncoders.h"
#include "core/diagnostics/Runtime.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    descry::runtime::ensurePassiveThreadWait(argv); // OpenBLAS kernels for this CPU, as the programs get them
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    descry::runtime::init();
    descry::fakes::registerFakeEncoders();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
