#pragma once

#include "scanner.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace tlens {

// Runs Scanner::scan on a worker thread for a window that must never freeze: progress reaches
// the owner's thread as queued signals (at most every kProgressIntervalMs), a new scan cancels the
// one in flight through its atomic flag and only the newest scan's result is ever delivered. Also
// works out, on the same worker, which paths a ScanWatcher should watch next. It never writes.
class ScanController final : public QObject {
    Q_OBJECT
public:
    static constexpr int kProgressIntervalMs = 50;

    explicit ScanController(QObject *parent = nullptr);
    // Cancels a running scan and waits for the worker to stop.
    ~ScanController() override;

    // Starts a scan; a running one is cancelled and its result dropped. Returns the scan's number.
    int start(const ScanOptions &options);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    int generation() const { return m_generation; }

    // The latest delivered scan (nullptr before the first one) and its options.
    std::shared_ptr<const ScanResult> result() const { return m_result; }
    ScanOptions options() const { return m_resultOptions; }
    // Inner paths a watcher should watch after the latest scan.
    QStringList watchPaths() const { return m_watchPaths; }
    qint64 lastDurationMs() const { return m_lastDurationMs; }

Q_SIGNALS:
    void started(int generation);
    void progress(const QString &phase, qint64 done, qint64 total);
    // The newest scan finished; result() holds it.
    void finished(int generation);

private:
    struct Outcome {
        ScanResult result;
        QStringList watchPaths;
    };
    struct Job {
        int generation = 0;
        ScanOptions options;
        std::shared_ptr<std::atomic_bool> cancel;
        QFutureWatcher<std::shared_ptr<Outcome>> *watcher = nullptr;
        QElapsedTimer timer;
    };

    void jobFinished(Job *job);

    QThreadPool m_pool;
    QList<Job *> m_jobs; // running, newest last
    int m_generation = 0;
    int m_running = 0;
    std::shared_ptr<const ScanResult> m_result;
    ScanOptions m_resultOptions;
    QStringList m_watchPaths;
    qint64 m_lastDurationMs = 0;
};

} // namespace tlens
