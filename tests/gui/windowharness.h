#pragma once

// A window on a private copy of the sample workstation, with its own data folder and settings,
// for the GUI tests that need the whole window. Header only: each test is its own executable.

#include "testutil.h"

#include "mainwindow.h"
#include "optoutdialog.h"
#include "toolpage.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace tlens::test {

constexpr int kScanTimeoutMs = 20000;

struct WindowHarness {
    FixtureCopy fixture;
    QTemporaryDir data;
    std::unique_ptr<MainWindow> window;
    bool ready = false;

    explicit WindowHarness(const QString &home = QStringLiteral("/home/alice"), bool allUsers = false)
    {
        WindowOptions options;
        options.root = fixture.root();
        options.home = home;
        options.allUsers = allUsers;
        options.liveEnvironment = false;
        options.dataDir = data.path() + QStringLiteral("/app");
        options.settingsFile = data.path() + QStringLiteral("/settings.ini");
        window = std::make_unique<MainWindow>(options);
        QSignalSpy shown(window.get(), &MainWindow::scanShown);
        window->show();
        ready = shown.wait(kScanTimeoutMs);
    }

    // Waits for the next scan to reach the screen after `trigger` ran.
    template<typename F> bool rescanAfter(F trigger)
    {
        QSignalSpy shown(window.get(), &MainWindow::scanShown);
        trigger();
        return shown.wait(kScanTimeoutMs);
    }

    ToolPage *tool(const QString &user, const QString &toolId) const
    {
        window->showTool(user, toolId);
        return window->toolPage();
    }

    OptOutDialog *openDialog() const
    {
        OptOutDialog *d = window->findChild<OptOutDialog *>();
        return d && d->isVisible() ? d : nullptr;
    }
};

} // namespace tlens::test
