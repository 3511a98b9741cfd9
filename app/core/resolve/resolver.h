#pragma once

#include "catalog/catalog.h"
#include "env/envreport.h"
#include "fs/rootfs.h"
#include "grammar.h"
#include "scan/scanresult.h"

#include <QCoreApplication>

namespace tlens {

// Decides one tool's state for one account the way the tool itself would: walks the catalog's
// inputs in precedence order, judges each present value with the tool's grammar, and records the
// winner, every shadowed, invalid and ignored input, warnings and a one-sentence explanation.
// It reads config files through RootFs and never writes.
class Resolver final {
    Q_DECLARE_TR_FUNCTIONS(Resolver)
public:
    explicit Resolver(const RootFs &fs);

    // `projects`: project folders found in the home (InstallFinder). Each project-scope input is read
    // in each of them and listed as a conditional input ("applies inside PROJECT"); those never
    // decide the state, which is the state for a login shell in the home folder.
    ToolStatus resolve(const ToolSpec &tool, const UserAccount &user, const EnvReport &env,
                       const QStringList &projects = {}) const;

    // The config file a tool reads for this account (after ~ and its path variable).
    static QString configPath(const InputSpec &input, const UserAccount &user, const EnvReport &env);

private:
    struct Candidate {
        Input input;
        Grammar::Effect effect = Grammar::Effect::None;
        bool forced = false;
        bool alwaysRead = false;
        bool deciding = true; // false for notes, ignored and conditional inputs
        int specIndex = -1; // the catalog input it came from (its precedence)
    };

    void addEnvInputs(const ToolSpec &tool, const InputSpec &spec, const QString &key, const EnvReport &env,
                      QList<Candidate> *candidates, QList<Warning> *warnings) const;
    void addConfigInput(const ToolSpec &tool, const InputSpec &spec, const UserAccount &user,
                        const EnvReport &env, QList<Candidate> *candidates, QList<Warning> *warnings) const;
    void judgeJson(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                   Candidate *c, QList<Warning> *warnings) const;
    void judgeGoDisableFlag(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                            const QByteArray &data, Candidate *c, QList<Warning> *warnings) const;
    void judgeIni(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                  Candidate *c, QList<Warning> *warnings) const;
    void judgeYamlScalar(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                         const QByteArray &data, Candidate *c, QList<Warning> *warnings) const;
    void judgeYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                   Candidate *c, QList<Warning> *warnings) const;
    void judgePyYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                     Candidate *c, QList<Warning> *warnings) const;
    void judgeUltralytics(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                          const QByteArray &data, Candidate *c, QList<Warning> *warnings) const;
    void judgeKeyValue(const ToolSpec &tool, const InputSpec &spec, const QByteArray &data, Candidate *c,
                       QList<Warning> *warnings) const;
    // A file a shell script sources (`. FILE` under sh): read with the start-up file parser, so a
    // syntax error, an assignment inside a condition and a computed value are told apart. Later
    // assignments that only may apply are added to `maybeLater` (conditional inputs).
    void judgeShell(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                    Candidate *c, QList<Candidate> *maybeLater, QList<Warning> *warnings) const;
    // `beaten`: the input that decided at home comes before this one, so it decides inside projects too.
    void addProjectInputs(const ToolSpec &tool, const InputSpec &spec, const QStringList &projects,
                          bool beaten, ToolStatus *status) const;
    void judgeProjectYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                          const QByteArray &data, Candidate *c, QList<Warning> *warnings) const;
    void judgeToml(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                   Candidate *c, QList<Warning> *warnings) const;
    static QString explain(const ToolSpec &tool, const ToolStatus &status);

    const RootFs &m_fs;
};

} // namespace tlens
