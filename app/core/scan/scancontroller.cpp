#include "scancontroller.h"

#include "watch/scanwatcher.h"

#include <QtConcurrent>

namespace tlens {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
{
    // A cancelled scan may still be unwinding while the next one runs; the scanner spreads its own
    // parsing over the global pool, so scans get a pool of their own and never starve it.
    m_pool.setMaxThreadCount(2);
}

ScanController::~ScanController()
{
    for (Job *job : std::as_const(m_jobs))
        job->cancel->store(true);
    m_pool.waitForDone();
    for (Job *job : std::as_const(m_jobs))
        delete job;
}

void ScanController::cancel()
{
    for (Job *job : std::as_const(m_jobs))
        job->cancel->store(true);
}

int ScanController::start(const ScanOptions &options)
{
    cancel();
    auto *job = new Job;
    job->generation = ++m_generation;
    job->options = options;
    job->cancel = std::make_shared<std::atomic_bool>(false);
    job->watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    job->timer.start();
    m_jobs.append(job);
    ++m_running;

    const int generation = job->generation;
    const std::shared_ptr<std::atomic_bool> cancelFlag = job->cancel;
    auto lastPost = std::make_shared<std::atomic<qint64>>(-kProgressIntervalMs);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const Scanner::Progress onProgress = [this, generation, lastPost, clock,
                                          cancelFlag](const QString &phase, qint64 done, qint64 total) {
        if (cancelFlag->load())
            return;
        const qint64 now = clock->elapsed();
        qint64 last = lastPost->load();
        const bool final = total > 0 && done >= total;
        if (!final && (now - last < kProgressIntervalMs || !lastPost->compare_exchange_strong(last, now)))
            return;
        // Queued to this object's thread; dropped with the object if it is gone.
        QMetaObject::invokeMethod(
            this,
            [this, generation, phase, done, total] {
                if (generation == m_generation)
                    Q_EMIT progress(phase, done, total);
            },
            Qt::QueuedConnection);
    };

    connect(job->watcher, &QFutureWatcherBase::finished, this, [this, job] { jobFinished(job); });
    job->watcher->setFuture(QtConcurrent::run(&m_pool, [options, onProgress, cancelFlag]() {
        auto outcome = std::make_shared<Outcome>();
        outcome->result = Scanner::scan(options, onProgress, cancelFlag.get());
        if (!cancelFlag->load())
            outcome->watchPaths = ScanWatcher::pathsToWatch(outcome->result, options);
        return outcome;
    }));
    Q_EMIT started(generation);
    return generation;
}

void ScanController::jobFinished(Job *job)
{
    m_jobs.removeOne(job);
    --m_running;
    const bool newest = job->generation == m_generation && !job->cancel->load();
    if (newest) {
        std::shared_ptr<Outcome> outcome = job->watcher->result();
        m_lastDurationMs = job->timer.elapsed();
        m_resultOptions = job->options;
        m_watchPaths = outcome->watchPaths;
        m_result = std::shared_ptr<const ScanResult>(outcome, &outcome->result);
    }
    const int generation = job->generation;
    job->watcher->deleteLater();
    delete job;
    if (newest)
        Q_EMIT finished(generation);
}

} // namespace tlens
