#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tlens::test {

// A private copy of a fixture tree in a temporary directory; tests may change it freely.
class FixtureCopy final {
public:
    explicit FixtureCopy(const QString &source = QStringLiteral(TLENS_WORKSTATION_DIR));
    bool isValid() const { return m_valid; }
    QString root() const { return m_dir.path(); }
    QString path(const QString &inner) const; // host path of an inner path
    bool write(const QString &inner, const QByteArray &data) const; // creates parent folders
    QByteArray read(const QString &inner) const;

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};

bool copyTree(const QString &from, const QString &to);

// An environment for running the real binary in tests: no host HOME, no CI markers, C locale.
QProcessEnvironment cleanEnvironment(const QString &home = {});

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the telemetry-lens binary with arguments and optional standard input.
RunResult runBinary(const QStringList &args, const QProcessEnvironment &env = cleanEnvironment(),
                    const QByteArray &input = {}, int timeoutMs = 60000);

} // namespace tlens::test
