#include "terminationsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace tlens {

namespace {

constexpr int kSignals[] = { SIGTERM, SIGINT, SIGHUP };
int g_pipe[2] = { -1, -1 };

extern "C" void onTerminationSignal(int signalNumber)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

// Reads one signal number; 0 when the pipe was closed (the object is gone, nothing to do).
int readSignal(int fd)
{
    unsigned char byte = 0;
    ssize_t n = 0;
    do {
        n = ::read(fd, &byte, 1);
    } while (n < 0 && errno == EINTR);
    return n == 1 ? int(byte) : 0;
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    if (g_pipe[0] >= 0 || ::pipe2(g_pipe, O_CLOEXEC) != 0)
        return;
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    struct sigaction action { };
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int s : kSignals)
        ::sigaction(s, &action, nullptr);
    m_valid = true;
}

TerminationSignals::~TerminationSignals()
{
    if (!m_valid)
        return;
    for (int s : kSignals)
        std::signal(s, SIG_DFL);
    delete m_notifier;
    // Closing the write end wakes a waiting thread with end of file: it leaves without cleaning up.
    ::close(g_pipe[1]);
    g_pipe[1] = -1;
    if (!m_notifier)
        return; // the waiting thread owns the read end
    ::close(g_pipe[0]);
    g_pipe[0] = -1;
}

void TerminationSignals::deliverToEventLoop()
{
    if (!m_valid || m_notifier)
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        if (const int s = readSignal(g_pipe[0]))
            Q_EMIT received(s);
    });
}

void TerminationSignals::handleInThread(std::function<void()> cleanup)
{
    if (!m_valid || m_notifier)
        return;
    const int fd = g_pipe[0];
    std::thread([fd, cleanup = std::move(cleanup)] {
        const int s = readSignal(fd);
        if (s == 0)
            return;
        cleanup();
        // End the way the signal would have ended the process, so the caller sees it.
        std::signal(s, SIG_DFL);
        ::kill(::getpid(), s);
    }).detach();
}

} // namespace tlens
