#pragma once

#include "demo/demoworkstation.h"
#include "scan/scanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace tlens {

// What every command gets: its streams and the options all commands share (--root, --home, --demo).
struct CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QTextStream &o, QTextStream &e, QTextStream *i)
        : out(o)
        , err(e)
        , in(i)
    { }

    QTextStream &out;
    QTextStream &err;
    QTextStream *in = nullptr; // nullptr when there is no standard input to ask on
    QString root = QStringLiteral("/");
    QString home; // inner path given with --home
    bool rootGiven = false;
    // --demo: a private copy of the embedded sample workstation is the root, its first account the
    // one examined (unless --home names another), and the sample keeps its own journal and ledger.
    std::unique_ptr<DemoWorkstation> demo;
    QString demoHome;

    // Options shared by every command: --root, --home, --demo, --lang (handled at start-up).
    static void addCommonOptions(QCommandLineParser &parser);
    // Reads the shared options. Returns -1 to go on, or the exit code to stop with (after printing
    // the error). Checks that the root is a readable directory (exit 3 otherwise).
    int takeCommonOptions(const QCommandLineParser &parser);

    // Parses `args` (without the command word) for `command`; prints the hint for a usage error.
    // Returns -1 to go on, or the exit code.
    int parse(QCommandLineParser &parser, const QString &command, const QStringList &args);

    ScanOptions scanOptions() const;

    // Asks a yes/no question on the streams; false when there is no input or the answer is not yes.
    bool confirm(const QString &question);

    // Prints an error and a one-line hint; returns the usage exit code (2).
    int usageError(const QString &message, const QString &command);
    // Two options that contradict each other: names both; returns the usage exit code (2).
    int conflictError(const QString &first, const QString &second, const QString &command);
};

} // namespace tlens
