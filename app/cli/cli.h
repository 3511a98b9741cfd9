#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tlens {

// The command-line front end. Output goes through the streams given, so tests read a buffer.
// Exit codes: 0 success, 1 --fail-on-enabled with something enabled (or a requested change not
// achieved), 2 usage error, 3 unreadable root.
class Cli final {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit { Success = 0, Failure = 1, Usage = 2, BadRoot = 3 };

    Cli(QTextStream &out, QTextStream &err, QTextStream *in = nullptr);

    // `args` excludes the program name. Returns the exit code.
    int run(const QStringList &args);

    static QStringList commands();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream *m_in;
};

} // namespace tlens
