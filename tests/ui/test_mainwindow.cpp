#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace descry::ui;

TEST(MainWindow, ShowsTwoWorkspacesAndCloses)
{
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> guard(window);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    ASSERT_EQ(window->workspaces()->count(), 2);
    EXPECT_EQ(window->workspaces()->tabText(0), QStringLiteral("Face comparison"));
    EXPECT_EQ(window->workspaces()->tabText(1), QStringLiteral("Chest X-ray"));

    QStringList menus;
    for (QAction* a : window->menuBar()->actions())
        menus << a->text();
    EXPECT_EQ(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Analysis"),
                              QStringLiteral("&Help")}));

    EXPECT_TRUE(window->close());
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(guard.isNull());
}

TEST(AboutDialog, ListsDependencyVersions)
{
    MainWindow window;
    window.show();
    window.showAbout();
    auto* about = window.findChild<AboutDialog*>();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    const auto* versions = about->findChild<QLabel*>(QStringLiteral("versions"));
    ASSERT_NE(versions, nullptr);
    for (const char* lib : {"Qt", "LibTorch", "OpenCV", "DCMTK", "dlib"})
        EXPECT_TRUE(versions->text().contains(QLatin1String(lib))) << lib;
    EXPECT_TRUE(about->versionsText().contains(QString::fromLatin1(qVersion())));
    about->reject();
}
