#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tlens {

// The embedded sample workstation (:/demo/workstation) unpacked into a private, writable
// temporary folder, so that --demo can show everything, switches included, without touching the
// real machine. The folder is removed with the object, when the process is told to stop
// (removeLiveCopies), and, when a process died without either, by the next one (removeStale).
// It never removes a folder that is not a copy of its own making, and never follows a link.
class DemoWorkstation final {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkstation)
public:
    ~DemoWorkstation();

    // Returns nullptr and sets *error when the files cannot be written. Removes stale copies first.
    static std::unique_ptr<DemoWorkstation> extract(QString *error);

    QString root() const { return m_dir.path() + QStringLiteral("/workstation"); }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/app-data"); }
    QString path() const { return m_dir.path(); }

    // The copies' names: telemetry-lens-demo-PID-XXXXXX in the temporary folder.
    static QString namePrefix();
    // Removes the copies in `tempDir` left by processes that no longer run: real folders (not
    // links) owned by this account whose name carries a dead process id. Returns how many.
    static int removeStale(const QString &tempDir);
    // Removes this process's copies now (the process is about to end on a signal).
    static void removeLiveCopies();

private:
    explicit DemoWorkstation(const QString &templatePath);
    QTemporaryDir m_dir;
};

} // namespace tlens
