#pragma once

#include "envblockeditor.h"
#include "optoutplan.h"

#include "catalog/catalog.h"
#include "common/useraccount.h"
#include "env/envreport.h"
#include "fs/rootfs.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace tlens {

// Works out which files to change so that tools' telemetry is switched off (or on again) the way
// each tool reads it (TOOLS.md): Ray's JSON config, Skyplane's INI, Rasa's YAML, and for MLflow (and
// every tool in --scope system) an environment variable in the block Telemetry Lens manages in the
// start-up files. It reads through RootFs and runs the editors; it never writes. A file that cannot
// be parsed, or a link that leads out of the home, fails that tool only.
class OptOutPlanner final {
    Q_DECLARE_TR_FUNCTIONS(OptOutPlanner)
public:
    OptOutPlanner(const RootFs &fs, UserAccount user, EnvReport env,
                  const Catalog &catalog = Catalog::instance());

    OptOutPlan planDisable(const QStringList &toolIds, OptOutScope scope = OptOutScope::User) const;
    OptOutPlan planEnable(const QStringList &toolIds, OptOutScope scope = OptOutScope::User) const;

    // Adds to `plan` the change that comments out `line` (1-based, counted in the planned content
    // when the plan already changes that file) of `file`, an assignment of `key` outside the managed
    // block that keeps `toolId` enabled. On failure the tool's outcome becomes Failed.
    void addFixOverride(OptOutPlan &plan, const QString &toolId, const QString &file, int line,
                        const QString &key = {}) const;

    // Adds to `plan` the tool's environment variable in the managed block, for a tool whose own
    // settings file was written but is beaten by another of its files (Nuxt's telemetry=true in
    // ~/.config/.nuxtrc beats telemetry.enabled=false in ~/.nuxtrc; NUXT_TELEMETRY_DISABLED beats both).
    // Returns false, leaving the plan as it was, when the tool has no such variable or the start-up
    // files cannot take it (the reason is added to the tool's notes).
    bool addEnvironmentOptOut(OptOutPlan &plan, const QString &toolId, OptOutScope scope,
                              const QString &beatenBy) const;

    struct EnvFile {
        QString path; // inner path
        EnvBlockEditor::Syntax syntax;
        EnvBlockEditor::Mode mode;
        QString audience; // translated: which programs read this file
    };
    // Where an environment opt-out is written for this account and scope. With `everyCandidate`, also
    // the files of other shells an earlier run may have written (what `enable` cleans up).
    QList<EnvFile> envFiles(OptOutScope scope, bool everyCandidate = false) const;

    // The file a tool's setting lives in for this account (honouring RAY_USAGE_STATS_CONFIG_PATH,
    // SKYPLANE_CONFIG as the account's start-up files set them); empty with *error when it cannot be
    // known, empty without error when the tool has no config file.
    QString configPath(const ToolSpec &tool, QString *error = nullptr) const;

    // The variable and value that switch a tool off through the environment, if it reads one.
    static std::optional<std::pair<QString, QString>> envOptOut(const ToolSpec &tool);

    static QString managedFileName() { return QStringLiteral("telemetry-lens"); }

private:
    struct Work;

    OptOutPlan plan(OptOutPlan::Action action, const QStringList &toolIds, OptOutScope scope) const;
    QString planTool(Work &work, const ToolSpec &tool, OptOutPlan::Action action, OptOutScope scope,
                     ToolOutcome *outcome) const;
    QString planConfig(Work &work, const ToolSpec &tool, bool disable, ToolOutcome *outcome) const;
    // The tool's own settings file as its opt-out names it (catalog `opt_out.file`).
    QString planFile(Work &work, const ToolSpec &tool, bool disable, ToolOutcome *outcome) const;
    QString fileOptOutPath(const ToolSpec &tool, QString *error) const;
    QString planEnvironment(Work &work, const ToolSpec &tool, const std::pair<QString, QString> &variable,
                            bool disable, OptOutScope scope, ToolOutcome *outcome) const;
    QStringList outsideOptOuts(const ToolSpec &tool, OptOutScope scope) const;
    void finish(OptOutPlan &plan, const Work &work) const;
    QString homeDir() const;

    const RootFs &m_fs;
    UserAccount m_user;
    EnvReport m_env;
    const Catalog &m_catalog;
};

} // namespace tlens
