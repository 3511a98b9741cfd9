#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace tlens {

// Turns SIGTERM, SIGINT and SIGHUP into an orderly end, so that what the process made for itself
// (the --demo copy in the temporary folder) is removed when it is told to stop. The handler only
// writes the signal's number to a pipe; everything else runs outside the signal handler: in the
// event loop (the window) or in a waiting thread (a command, which has no event loop). One object
// per process; it must never run cleanup code inside the handler itself.
class TerminationSignals final : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override; // the default actions again

    bool isValid() const { return m_valid; }
    // The signals arrive as received() in this object's event loop.
    void deliverToEventLoop();
    // A thread waits for a signal, runs `cleanup`, then ends the process by that signal.
    void handleInThread(std::function<void()> cleanup);

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_valid = false;
};

} // namespace tlens
