#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// One input a tool reads, as declared in the catalog (resources/catalog/tools.json).
struct InputSpec {
    QString kind; // "env", "env-any", "config", "file-exists", "runtime", "flag"
    QString key; // variable, key path ("flags.usage_stats"), or file path
    QStringList keys; // for "env-any"
    QString format; // "json", "ini", "yaml" for config inputs
    QString path; // "~/.ray/config.json"
    QString pathEnv; // variable that moves the file
    QString grammar; // how a value is judged; see Grammar
    QString note;
    bool secret = false;
    bool alwaysRead = false; // read even when a higher input decided (a bad value still breaks the tool)
};

struct IdentifierSpec {
    QString kind;
    QString reveals;
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
    QStringList secretKeys;
    QStringList entryPoints;
    QStringList distributions;

    const InputSpec *configInput() const; // the first "config" input, or nullptr
    QString revealsFor(const QString &identifierKind) const;
};

// The supported tools, loaded once from the embedded catalog. Adding a tool means adding an entry
// to tools.json and, only if its rules are unusual, a ToolRules subclass. Never mutated after load.
class Catalog final {
    Q_DECLARE_TR_FUNCTIONS(Catalog)
public:
    static const Catalog &instance();

    // Parses a catalog document; returns false and sets *error on malformed input.
    bool load(const QByteArray &json, QString *error);

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
    QList<ToolSpec> m_tools;
};

} // namespace tlens
