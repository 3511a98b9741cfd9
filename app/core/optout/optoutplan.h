#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tlens {

enum class OptOutScope {
    User, // the account's own files (~/.ray/config.json, ~/.profile, ...)
    System // machine-wide start-up files (/etc/environment, /etc/profile.d/); needs root
};

// One file a plan writes, with the exact bytes before and after.
struct FileChange {
    QString path; // inner path as the person knows it (a dotfile link keeps its own name)
    QString target; // inner path actually written: the regular file behind a link, else == path
    QString confine; // inner directory the target must stay inside (the home, /etc, ...)
    std::optional<QByteArray> oldBytes; // std::nullopt: the file does not exist yet
    std::optional<QByteArray> newBytes; // std::nullopt: the file is removed
    uint mode = 0644; // the existing file's mode, or the one a new file gets
    QStringList toolIds;
    QStringList reasons; // translated, one sentence per tool (or fixed override)
    QString diff; // unified diff for display; secret values masked

    bool creates() const { return !oldBytes; }
    bool removes() const { return !newBytes; }
};

// What a plan means for one requested tool.
struct ToolOutcome {
    enum class Status {
        Planned, // files change (see FileChange::toolIds)
        AlreadyDone, // nothing to change: the files already say so
        Failed // nothing is written for this tool; `error` says why
    };
    QString toolId;
    QString name;
    Status status = Status::Planned;
    QString error; // translated; names the file and what to do
    QStringList notes; // translated remarks (created files, what still overrides, when it takes effect)
    QStringList files; // paths changed for this tool
};

// A planned set of file changes: shown first (diffs), then written by ChangeApplier. Tools fail
// independently: one unreadable file fails its tool, the others still have their changes.
struct OptOutPlan {
    enum class Action { Disable, Enable };
    Action action = Action::Disable;
    OptOutScope scope = OptOutScope::User;
    QList<FileChange> changes;
    QList<ToolOutcome> tools;

    bool isEmpty() const { return changes.isEmpty(); }
    bool hasErrors() const;
    const ToolOutcome *tool(const QString &toolId) const;
    const FileChange *change(const QString &pathOrTarget) const;
    QStringList toolIds() const;
    // How many of a tool's files other tools of the plan change too (one file, counted once in
    // `changes`, may carry the settings of several tools: /etc/environment, ~/.profile).
    int sharedFileCount(const QString &toolId) const;
    bool hasSharedFiles() const;
    QString actionName() const; // "disable" or "enable": stable, for journals

    // Planned contents keyed by resolved inner path, for RootFs::setOverlay: a scan on the overlay
    // sees the files as they will be. A removed file appears empty (no assignments, no keys).
    QHash<QString, QByteArray> overlay() const;
};

} // namespace tlens
