#include "application.h"

#include "contraststyle.h"

#include "demo/demoworkstation.h"
#include "mainwindow.h"
#include "statestyle.h"
#include "toolpage.h"

#include "common/terminationsignals.h"
#include "i18n/language.h"
#include "scan/scancontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace tlens {

namespace {

// --timing: time to the first painted frame, to the first scan on screen, and peak memory.
class TimingProbe final : public QObject {
public:
    TimingProbe(QWidget *window, const QElapsedTimer &clock)
        : QObject(window)
        , m_window(window)
        , m_clock(clock)
    {
        window->installEventFilter(this);
    }

    void scanShown(qint64 scanMs)
    {
        if (m_scanReported)
            return;
        m_scanReported = true;
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        QTextStream(stderr) << "timing: scan-shown-ms=" << m_clock.elapsed() << " scan-ms=" << scanMs
                            << " max-rss-kb=" << usage.ru_maxrss << Qt::endl;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Reported once the whole frame (every child) has been painted and flushed.
            QTimer::singleShot(0, this, [this] {
                QTextStream(stderr) << "timing: first-paint-ms=" << m_clock.elapsed() << Qt::endl;
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QElapsedTimer m_clock;
    bool m_painted = false;
    bool m_scanReported = false;
};

// The window with any open dialog painted over it, as a screen with a window manager would show
// it: the window dimmed, the dialog framed.
QImage grabWithDialogs(QWidget *window)
{
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    const QList<QDialog *> dialogs = window->findChildren<QDialog *>();
    for (QDialog *d : dialogs) {
        if (!d->isVisible())
            continue;
        painter.fillRect(image.rect(), QColor(0, 0, 0, 70));
        QRect area(d->geometry().topLeft() - window->geometry().topLeft(), d->size());
        // Centred, as a window manager places a dialog over its parent.
        area.moveCenter(QRect(QPoint(0, 0), window->size()).center());
        painter.drawPixmap(area.topLeft(), d->grab());
        painter.setPen(QPen(window->palette().color(QPalette::Shadow), 1));
        painter.drawRect(area.adjusted(-1, -1, 0, 0));
    }
    return image;
}

// Fusion with a plain light or dark palette, to see both without changing the desktop's theme.
void applyPalette(bool dark)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? ContrastStyle::darkPalette() : ContrastStyle::lightPalette());
}

// --show for demos and screenshots: overview, requests, history, tool:USER:TOOL[:TAB],
// optout:USER:TOOL[:system], compose:USER:TOOL, fleet:DIR, disable-all.
void showView(MainWindow &window, const QString &view)
{
    const QStringList parts = view.split(QLatin1Char(':'));
    const QString what = parts.value(0);
    if (what == QLatin1String("requests"))
        window.showPage(MainWindow::Page::Requests);
    else if (what == QLatin1String("history"))
        window.showPage(MainWindow::Page::History);
    else if (what == QLatin1String("tool") && parts.size() >= 3) {
        window.showTool(parts.at(1), parts.at(2));
        if (parts.size() >= 4)
            window.toolPage()->showTab(ToolPage::Tab(parts.at(3).toInt()));
    } else if (what == QLatin1String("optout") && parts.size() >= 3) {
        window.showTool(parts.at(1), parts.at(2));
        window.requestSwitch(parts.at(1), { parts.at(2) }, false,
                             parts.value(3) == QLatin1String("system") ? OptOutScope::System
                                                                       : OptOutScope::User);
    } else if (what == QLatin1String("compose") && parts.size() >= 3) {
        window.showTool(parts.at(1), parts.at(2));
        window.composeDeletion(parts.at(1), parts.at(2), {});
    } else if (what == QLatin1String("fleet") && parts.size() >= 2) {
        window.openFleet({ parts.mid(1).join(QLatin1Char(':')) });
    } else if (what == QLatin1String("disable-all"))
        window.requestDisableAll();
    else
        window.showPage(MainWindow::Page::Overview);
}

} // namespace

int runGui(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("telemetry-lens"));
    QCoreApplication::setOrganizationName(QStringLiteral("telemetry-lens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TLENS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Telemetry Lens"));
    QGuiApplication::setDesktopFileName(QStringLiteral(TLENS_APP_ID));
    QApplication::setWindowIcon(StateStyle::appIcon());
    // --lang wins, then the language chosen in the window, then the system's.
    const QString chosen = Language::fromArguments(QCoreApplication::arguments());
    Language::install(chosen.isEmpty() ? MainWindow::savedLanguage() : chosen);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Application",
                                "Telemetry Lens: see what your developer tools collect and "
                                "send, switch it off, and ask for the data to be deleted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("Application",
                                                          "Open the embedded sample workstation "
                                                          "(a writable copy; nothing of yours is read)."));
    const QCommandLineOption root(
        QStringLiteral("root"),
        QApplication::translate("Application", "Treat DIR as the filesystem root (a mounted image)."),
        QApplication::translate("Application", "DIR"));
    const QCommandLineOption home(
        QStringLiteral("home"),
        QApplication::translate("Application", "Examine the account whose home is PATH (inside the root)."),
        QApplication::translate("Application", "PATH"));
    const QCommandLineOption allUsers(
        QStringLiteral("all-users"),
        QApplication::translate("Application", "Examine every account with a home folder."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("Application", "Language (en, de, fr)."),
                                  QApplication::translate("Application", "LANG"));
    const QCommandLineOption show(
        QStringLiteral("show"),
        QApplication::translate("Application",
                                "Open VIEW once the first scan is shown: overview, requests, history, "
                                "tool:USER:TOOL[:TAB], optout:USER:TOOL[:system], compose:USER:TOOL or "
                                "disable-all."),
        QApplication::translate("Application", "VIEW"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Application",
                                "Save a picture of the window (with the dialog VIEW opens) to FILE once the "
                                "first scan is shown, then quit."),
        QApplication::translate("Application", "FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("Application", "Open the window WxH pixels large."),
                                  QApplication::translate("Application", "WxH"));
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("Application", "Use a plain light or dark palette instead of the desktop's."),
        QStringLiteral("light|dark"));
    const QCommandLineOption exitAfterScan(
        QStringLiteral("exit-after-scan"),
        QApplication::translate("Application", "Quit once the first scan is shown."));
    const QCommandLineOption timing(
        QStringLiteral("timing"),
        QApplication::translate("Application",
                                "Print the time to the first painted window and to the first scan on screen, "
                                "and the peak memory, on standard error."));
    parser.addOptions(
        { demo, root, home, allUsers, lang, show, screenshot, size, palette, exitAfterScan, timing });
    parser.process(app);
    // The system palette, light or dark, unless --palette chooses one; in both, the contrast of
    // field borders, checkboxes and placeholder text is kept readable.
    if (parser.isSet(palette))
        applyPalette(parser.value(palette) == QLatin1String("dark"));
    ContrastStyle::install();

    // Told to stop (Ctrl+C, a closed session, kill): leave the event loop so that everything is
    // put away as on Quit, the --demo copy included.
    TerminationSignals terminations;
    terminations.deliverToEventLoop();

    WindowOptions options;
    std::unique_ptr<DemoWorkstation> sample;
    if (parser.isSet(demo)) {
        QString error;
        sample = DemoWorkstation::extract(&error);
        if (!sample) {
            QMessageBox::critical(nullptr, QApplication::translate("Application", "Telemetry Lens"), error);
            return 1;
        }
        options.root = sample->root();
        options.allUsers = true;
        options.liveEnvironment = false;
        options.demo = true;
        // The sample's change journal and request ledger stay with the sample.
        if (qEnvironmentVariableIsEmpty("TLENS_DATA_DIR"))
            options.dataDir = sample->dataDir();
    }
    if (parser.isSet(root)) {
        options.root = QDir::cleanPath(QDir(parser.value(root)).absolutePath());
        options.liveEnvironment = false;
        options.allUsers = !parser.isSet(home);
    }
    if (parser.isSet(home)) {
        options.home = parser.value(home);
        options.allUsers = false;
    }
    if (parser.isSet(allUsers))
        options.allUsers = true;

    MainWindow window(options);
    QObject::connect(&terminations, &TerminationSignals::received, &window, [&window](int signalNumber) {
        window.close();
        QCoreApplication::exit(128 + signalNumber);
    });
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    TimingProbe *probe = parser.isSet(timing) ? new TimingProbe(&window, clock) : nullptr;
    bool firstScan = true;
    QObject::connect(&window, &MainWindow::scanShown, &window, [&] {
        if (probe)
            probe->scanShown(window.scanController()->lastDurationMs());
        if (!firstScan)
            return;
        firstScan = false;
        if (parser.isSet(show))
            showView(window, parser.value(show));
        if (parser.isSet(exitAfterScan))
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        if (parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            const QString view = parser.value(show);
            const bool waitForDialog = view.startsWith(QLatin1String("optout"))
                || view.startsWith(QLatin1String("compose")) || view == QLatin1String("disable-all");
            auto *poll = new QTimer(&window);
            poll->setInterval(200);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, file, waitForDialog] {
                const QDialog *dialog = window.findChild<QDialog *>();
                if (waitForDialog && !(dialog && dialog->isVisible()))
                    return;
                poll->stop();
                // Let the last layout and paint settle before taking the picture.
                QTimer::singleShot(600, &window, [&window, file] {
                    const bool ok = grabWithDialogs(&window).save(file);
                    QTextStream(stderr) << (ok ? "saved " : "could not save ") << file << Qt::endl;
                    QCoreApplication::exit(ok ? 0 : 1);
                });
            });
            poll->start();
        }
    });
    window.show();
    return app.exec();
}

} // namespace tlens
