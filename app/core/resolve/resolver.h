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

    ToolStatus resolve(const ToolSpec &tool, const UserAccount &user, const EnvReport &env) const;

    // The config file a tool reads for this account (after ~ and its path variable).
    static QString configPath(const InputSpec &input, const UserAccount &user, const EnvReport &env);

private:
    struct Candidate {
        Input input;
        Grammar::Effect effect = Grammar::Effect::None;
        bool forced = false;
        bool alwaysRead = false;
        bool deciding = true; // false for notes, ignored and conditional inputs
    };

    void addEnvInputs(const ToolSpec &tool, const InputSpec &spec, const QString &key, const EnvReport &env,
                      QList<Candidate> *candidates, QList<Warning> *warnings) const;
    void addConfigInput(const ToolSpec &tool, const InputSpec &spec, const UserAccount &user,
                        const EnvReport &env, QList<Candidate> *candidates, QList<Warning> *warnings) const;
    void judgeJson(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                   Candidate *c, QList<Warning> *warnings) const;
    void judgeIni(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                  Candidate *c, QList<Warning> *warnings) const;
    void judgeYamlScalar(const ToolSpec &tool, const InputSpec &spec, const QString &path,
                         const QByteArray &data, Candidate *c, QList<Warning> *warnings) const;
    void judgeYaml(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                   Candidate *c, QList<Warning> *warnings) const;
    void judgeKeyValue(const ToolSpec &tool, const InputSpec &spec, const QByteArray &data, Candidate *c,
                       QList<Warning> *warnings) const;
    void judgeToml(const ToolSpec &tool, const InputSpec &spec, const QString &path, const QByteArray &data,
                   Candidate *c, QList<Warning> *warnings) const;
    static QString explain(const ToolSpec &tool, const ToolStatus &status);

    const RootFs &m_fs;
};

} // namespace tlens
