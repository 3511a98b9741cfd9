#pragma once

#include "common/finding.h"
#include "common/useraccount.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

enum class State { Enabled, Disabled, Misconfigured };

// How one input was judged while a tool's state was resolved.
enum class InputRole {
    Won, // the input that decided the state
    Shadowed, // present, but a higher-precedence input decided
    Invalid, // holds a value the tool rejects (this is what makes a tool misconfigured)
    Ignored, // present but not read by this tool (DO_NOT_TRACK=1 for MLflow, a .zshrc of a bash user)
    Conditional, // inside an if/case/function: cannot be evaluated without running the shell
    Note // not a setting, but worth knowing (ray.init() never reports, a one-run flag)
};

// One input the tool evaluates: an environment variable assignment, a config file key, a default.
struct Input {
    QString kind; // "env", "config", "default", "runtime", "flag"
    QString key; // variable name, or the key path in the config file ("flags.usage_stats")
    QString value; // as written; masked when secret
    QString file; // path inside the root; empty for defaults and the live process
    int line = 0; // 1-based; 0 when unknown
    InputRole role = InputRole::Shadowed;
    QString effect; // "enables", "disables", "invalid", "none"
    QString note; // translated, short
    QString text; // how it reads in its file: "RAY_USAGE_STATS_ENABLED=1", "[flags] usage_stats = False"
    bool secret = false;
    // For a project-level setting (a conditional input): the project folder it applies inside.
    QString project;
};

// What is shown instead of a secret value.
inline QString maskedValue()
{
    return QStringLiteral("********");
}

struct Warning {
    QString code; // stable, e.g. "do-not-track-ignored"
    QString message; // translated sentence
};

enum class SendStatus { Unknown, Sent, NotConfirmed, Failed };

// A local record the tool left on disk: a stored report, an identifier file, a config file.
struct Artifact {
    QString kind; // "report", "config", "id-file", "legacy-config"
    QString path; // inside the root
    QString sessionId;
    SendStatus sent = SendStatus::Unknown;
    qint64 timeMs = 0; // when the report was collected or sent (ms since epoch), 0 when unknown
    QString version; // tool version recorded in the report
    QString error; // the report's recorded send error, if any
    QString summary; // one line for tables ("aws -> gcp", "core, train, tune")
    qint64 ownerUid = -1;
};

struct Identifier {
    QString kind; // "session_id", "client_id", "installation_id", "rasa_user_id"
    QString value;
    QString source; // file it was read from
    QString reveals; // translated: what this value can reveal about the user
};

struct Installation {
    QString toolId;
    QString version; // empty for an entry point whose version is unknown
    QString path; // inside the root
    QString kind; // "dist-info", "egg-info", "entry-point", "npm-global", "npm-project", "deb"
};

// The resolved state of one tool for one user, and why.
struct ToolStatus {
    QString toolId;
    QString name;
    State state = State::Enabled;
    Input decidedBy;
    QList<Input> inputs; // every input in the tool's precedence order (won, shadowed, invalid, ...)
    QString explanation; // one translated sentence for people
    QList<Warning> warnings;
    QList<Artifact> artifacts;
    QList<Identifier> identifiers;
    QList<Installation> installations;

    QList<Input> shadowed() const;
};

struct UserScan {
    UserAccount account;
    QList<ToolStatus> tools;
    QList<Warning> warnings; // user-wide (e.g. another shell's files disagree)
    QList<Installation> installations; // every tool's copies in the home, from one walk
    QStringList projects; // project folders the walk passed (up to three levels below the home)
};

// Data that belongs to the machine rather than one account: shared temp folders, system installs.
struct MachineToolData {
    QString toolId;
    QString name;
    QStringList locations; // folders that were scanned for this tool
    QList<Artifact> artifacts;
    QList<Identifier> identifiers;
    QList<Installation> installations;
    QList<Warning> warnings;
};

struct MachineScan {
    QString root; // the scanned root as given
    QString hostName;
    QString os;
    int cpuCount = 0;
    QList<MachineToolData> tools;
    QList<Installation> installations; // every tool's system copies, from one walk
};

struct ScanResult {
    QList<UserScan> users;
    MachineScan machine;
    Findings findings;
    qint64 scannedFiles = 0;
    qint64 elapsedMs = 0;

    const UserScan *user(const QString &name) const;
    const MachineToolData *machineTool(const QString &toolId) const;
    // Every warning that concerns a tool as one account sees it: the tool's own, the account's,
    // and those about the machine's data of the tool (its shared reports), each once.
    QList<Warning> warningsFor(const UserScan &user, const ToolStatus &tool) const;
};

QString stateName(State state); // "enabled", "disabled", "misconfigured" (not translated: a JSON value)
QString stateLabel(State state); // "Collecting", "Off", "Misconfigured" (translated)
QString roleName(InputRole role); // "won", "shadowed", ... (JSON value)
QString sendStatusName(SendStatus status); // "sent", "not_confirmed", "failed", "unknown"

} // namespace tlens
