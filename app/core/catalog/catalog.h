#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;

namespace tlens {

// One input a tool reads, as declared in the catalog (resources/catalog/tools/<id>.json).
struct InputSpec {
    QString kind; // "env", "env-any", "config", "file-exists", "runtime", "flag"
    QString key; // variable, key path ("flags.usage_stats"), or file path
    QStringList keys; // for "env-any"
    QString format; // "json", "ini", "yaml" for config inputs
    QString path; // "~/.ray/config.json"
    QString pathEnv; // variable that moves the file
    QStringList candidates; // further path candidates in order ($XDG_*, tool variables), first found wins
    QString dialect; // "configparser", "configobj", "yaml-1.1", "yaml-1.2", "toml", "dotenv", "shell"
    QString scope; // "home" (decides) or "project" (shown as a conditional input)
    QString unlessSet; // this input is not read while that variable is non-empty (Python's `a or b`)
    QString grammar; // how a value is judged; see Grammar
    QStringList requiredKeys; // keys the tool needs in the same file; without them it rejects the file
    QString note;
    bool secret = false;
    bool alwaysRead = false; // read even when a higher input decided (a bad value still breaks the tool)
    QString select; // "" (first candidate whose variables are set), "first-file" or "first-dir" (the first
                    // candidate whose file or folder exists, as tools that probe their locations do)
    QStringList fallback; // with `select`, when no candidate exists: the first of these whose variables
                          // are set, else `path` (where the tool would create the file)
    QString malformed; // an unparsable file: "reset" (read as empty, replaced), "fatal", "lenient"
    QString filesMatching; // `path` is a folder: every file whose name matches this regular expression
                           // is read, in lexical order, the later winning (run-parts --regex)
};

struct IdentifierSpec {
    QString kind;
    QString reveals;
    QString derivedFrom; // "random", "mac", "machine-id", "token", "account", "email"
    bool secret = false; // it also works as a password (popularity-contest's MY_HOSTID): shown masked
};

// A local file a tool leaves behind: a report, an identifier file, a settings file with an id.
struct RecordSpec {
    QString path; // pattern: ~, $VAR and <ray temp> placeholders, * for one folder level
    QStringList candidates; // paths tried in order; one naming an unset variable is skipped
    QString pathEnv; // variable that moves the file (its value replaces the whole path)
    QString format; // "json", "yaml", "ini", "toml", "text", "presence"
    QString what; // "report", "identifier", "settings", "cache", "secret", "log", "legacy"
    QString reader; // a named reader in code for unusual records ("ray-sessions"); empty: generic
    QString pointer; // where the value is: JSON pointer "/user_id", key path "metrics.rasa_user_id"
    QString identifier; // identifier kind the value is
    QString note;
    bool writtenWhileDisabled = false;
    bool secret = false; // never read or show the content
};

// One way a tool sends; the primary channel decides the tool's state.
struct ChannelSpec {
    QString id;
    bool primary = false;
    QString note;
    QString follows; // a channel decided by another tool's switches (gradio_client follows huggingface-hub)
};

// A condition the dashboard states but cannot decide (CI, a terminal, Docker, inside a project).
struct ConditionSpec {
    QString id;
    QString note;
};

// One assignment of the opt-out: an environment variable in the managed block, or a key in a file.
struct OptOutEnvSpec {
    QString key;
    QString value;
};

// The settings file an opt-out writes when a tool's own switch is a key in a file (what the tool's
// own opt-out command writes). A named writer in code (optout/fileoptoutwriters.cpp) serialises the
// value the way the tool itself does; the data says where, which key and which value.
struct OptOutFileSpec {
    QString writer; // named writer: "json-key", ...
    QString path; // default location: "~/.config/nextjs-nodejs/config.json", "/etc/popularity-contest.conf"
    QStringList candidates; // tried first, in order; one naming an unset variable is skipped
    QString key; // key path ("telemetry.enabled") or variable name ("PARTICIPATE")
    QString disableValue; // compact JSON of the value that switches the tool off
    QString enableValue; // compact JSON of the value that switches it on; empty: the key is removed
    QString extra; // compact JSON object of keys written together with the value ({"date": "<now>"})
    QString style; // compact JSON object of options for the writer (indentation, final newline, ...)
    QString select; // "", "first-file" or "first-dir", as InputSpec::select
    QStringList fallback; // with `select`, when no candidate exists: the first of these whose variables
                          // are set, else `path` (the location the tool then creates)
    uint mode = 0644; // of a file the opt-out creates
    bool system = false; // a machine-wide file, written only with --scope system
    QString alsoIn; // a folder whose files the tool reads after `path` (/etc/popularity-contest.d) ...
    QString alsoMatching; // ... those whose names match: each that sets `key` is written too

    bool isSet() const { return !writer.isEmpty(); }
};

struct OptOutSpec {
    QList<OptOutEnvSpec> env; // written together into the managed block
    OptOutFileSpec file; // the tool's own settings file; preferred over env when set
    QString note; // warning shown with the opt-out (re-enabling pitfalls)
};

struct EndpointSpec {
    QString url;
    QString method;
    QString when;
};

struct DeletionSpec {
    QString channel; // "email" or "issue"
    QString address;
    QString identifier; // identifier kind to quote
};

struct RelatedEnvSpec {
    QString key;
    QString note;
};

// Everything known about one tool, as data. Rules that are not plain data live in a ToolRules
// subclass named by `rules`.
struct ToolSpec {
    QString id;
    QString name;
    QString vendor;
    QString rules;
    QString defaultState; // "enabled", or "disabled" (opt-in: nothing is sent until something turns it on)
    QString defaultNote;
    QList<InputSpec> inputs; // highest precedence first
    QList<RelatedEnvSpec> relatedEnv;
    bool readsDoNotTrack = false;
    QList<IdentifierSpec> identifiers;
    QList<EndpointSpec> endpoints;
    QString stillSentAfterOptOut;
    QString storedReportsNote; // why no stored report is found, when the tool keeps none
    DeletionSpec deletion;
    QStringList documentationErrors;
    // The tool's own status command, and where its answer differs from what the tool then does
    // (empty when it tells the truth). People run these commands and believe them.
    QString statusCommand;
    QString statusCommandLies;
    QStringList secretKeys;
    QStringList entryPoints;
    QStringList distributions; // Python distribution names
    QStringList npmPackages;
    QStringList debPackages;
    QString family; // groups tools in the overview
    bool alwaysListed = false; // listed even where it is not present (the first four tools, as before)
    int rank = 0; // position in lists
    QHash<QString, QString> handlers; // named code for what data cannot say: "payload" -> "ray-report"
    QList<RecordSpec> records;
    QList<ChannelSpec> channels;
    QList<ConditionSpec> conditions;
    OptOutSpec optOut;
    QString noTelemetryFrom; // first version without telemetry (Chroma 1.5.3, Feast 0.38.0); empty if none
    QString versionsNote; // what older versions did
    QStringList wouldSend; // field names sent while collecting
    QStringList sentAfterOptOut; // field names still sent after the opt-out
    QString payloadExample; // compact JSON of an example request body, for tools without a builder
    QString payloadAfterOptOut; // compact JSON of what is still sent after the opt-out, if anything

    QString handler(const QString &role) const { return handlers.value(role); }

    const InputSpec *configInput() const; // the first "config" input outside projects, or nullptr
    bool isOptIn() const { return defaultState == QLatin1String("disabled"); }
    QString revealsFor(const QString &identifierKind) const;
    bool identifierIsSecret(const QString &identifierKind) const;
};

// A value grammar as data (resources/catalog/grammars.json): ordered cases, each matching a set of
// spellings, and what a matching value does. Grammars with a `rule` are named rules in code.
struct GrammarCase {
    QStringList values;
    bool foldCase = false;
    bool trim = false;
    bool matchEmpty = false;
    QString effect; // "enables", "disables", "invalid", "none"
    QString note; // %1 tool name, %2 key, %3 value
    QString warningCode;
    QString warning;
};

struct GrammarSpec {
    QString name;
    QString rule; // named rule in code; empty for a data grammar
    QList<GrammarCase> cases;
    GrammarCase otherwise;
};

// The supported tools, loaded once from the embedded catalog (resources/catalog/tools/<id>.json and
// grammars.json). Adding a tool means adding one data file and, only if its rules are unusual, a
// ToolRules subclass. Never mutated after load.
class Catalog final {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
public:
    static const Catalog &instance();

    // Parses the shared grammars document; returns false and sets *error on malformed input.
    bool loadGrammars(const QByteArray &json, QString *error);
    // Parses one tool document ({...}) or a list of tools ({"tools": [...]}) and adds them.
    bool load(const QByteArray &json, QString *error);
    // Loads grammars.json and every tools/*.json under `dir` (a resource or real folder).
    bool loadDirectory(const QString &dir, QString *error);

    const GrammarSpec *grammar(const QString &name) const;

    const QList<ToolSpec> &tools() const { return m_tools; }
    const ToolSpec *tool(const QString &id) const;
    QStringList ids() const;

    // A catalog string in the user's language (the English text is the translation key).
    static QString text(const QString &english);

    // Every sentence of this catalog that people read (notes, warnings, endpoints' timing, ...).
    QStringList texts() const;
    // The sentences listed for translation in catalogstrings.cpp; must cover texts().
    static QStringList listedTexts();

private:
    bool addTool(const QJsonObject &t, QString *error);

    QList<ToolSpec> m_tools;
    QHash<QString, GrammarSpec> m_grammars;
};

} // namespace tlens
