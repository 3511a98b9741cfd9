#pragma once

#include "scan/scanner.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace tlens {

// Notices when a tool writes: watches the files a scan read its settings from (start-up files,
// config files, identifier files, whether they exist yet or not, through their folders) and the
// report folders (the shared temp folders, each report's container folder, and the newest report
// folders of each, where a running tool writes next). Bursts of events are folded into one
// changed() after a quiet period, so a tool writing many files causes one rescan. It only
// watches: it never reads file contents and never rescans by itself.
class ScanWatcher final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultQuietMs = 400;
    static constexpr int kNewestFoldersWatched = 16; // per report container
    static constexpr int kMaxWatched = 1024; // inotify watches are a per-user resource

    explicit ScanWatcher(QObject *parent = nullptr);

    // Inner paths worth watching after `result` (existing files and folders only). Lists folders
    // through RootFs, so it may take a moment on a large image: call it on the scanning thread.
    static QStringList pathsToWatch(const ScanResult &result, const ScanOptions &options);

    // Replaces the watched set: inner paths under `root`.
    void setPaths(const QString &root, const QStringList &innerPaths);
    QStringList watchedPaths() const; // host paths
    void setQuietPeriod(int ms) { m_debounce.setInterval(ms); }
    // While paused, events are remembered and reported on resume.
    void setPaused(bool paused);
    bool hasPendingChanges() const { return !m_pending.isEmpty(); } // noticed, not yet reported
    bool isSettling() const { return m_debounce.isActive(); } // waiting for the quiet period to end

Q_SIGNALS:
    // Host paths that changed since the last signal.
    void changed(const QStringList &paths);

private:
    void noteChange(const QString &path);

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QStringList m_pending;
    QSet<QString> m_touched; // paths with events since the last setPaths()
    bool m_paused = false;
};

} // namespace tlens
