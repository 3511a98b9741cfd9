#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace tlens {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray arr = v.toArray();
    for (const QJsonValue &e : arr)
        out.append(e.toString());
    return out;
}

} // namespace

const InputSpec *ToolSpec::configInput() const
{
    for (const InputSpec &in : inputs) {
        if (in.kind == QLatin1String("config") && in.scope != QLatin1String("project"))
            return &in;
    }
    return nullptr;
}

QString ToolSpec::revealsFor(const QString &identifierKind) const
{
    for (const IdentifierSpec &id : identifiers) {
        if (id.kind == identifierKind)
            return Catalog::text(id.reveals);
    }
    return {};
}

bool ToolSpec::identifierIsSecret(const QString &identifierKind) const
{
    return std::any_of(identifiers.cbegin(), identifiers.cend(),
                       [&](const IdentifierSpec &id) { return id.kind == identifierKind && id.secret; });
}

const Catalog &Catalog::instance()
{
    static const Catalog catalog = [] {
        Catalog c;
        QString error;
        if (!c.loadDirectory(QStringLiteral(":/catalog"), &error))
            qFatal("The embedded tool catalog is missing or malformed: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

bool Catalog::loadDirectory(const QString &dir, QString *error)
{
    QFile grammars(dir + QStringLiteral("/grammars.json"));
    if (!grammars.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read").arg(grammars.fileName());
        return false;
    }
    if (!loadGrammars(grammars.readAll(), error))
        return false;
    const QStringList files = QDir(dir + QStringLiteral("/tools"))
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir + QStringLiteral("/tools/") + name);
        QString problem;
        if (!f.open(QIODevice::ReadOnly) || !load(f.readAll(), &problem)) {
            if (error)
                *error = tr("%1: %2").arg(f.fileName(), problem);
            return false;
        }
    }
    if (m_tools.isEmpty()) {
        if (error)
            *error = tr("the catalog lists no tools");
        return false;
    }
    return true;
}

bool Catalog::loadGrammars(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonObject sets = doc.object().value(QLatin1String("value_sets")).toObject();
    auto readCase = [&sets](const QJsonObject &o) {
        GrammarCase c;
        const QJsonObject match = o.value(QLatin1String("match")).toObject();
        QJsonObject spelling = match;
        if (match.contains(QLatin1String("set")))
            spelling = sets.value(match.value(QLatin1String("set")).toString()).toObject();
        c.values = stringList(spelling.value(QLatin1String("values")));
        c.foldCase = spelling.value(QLatin1String("case")).toString() == QLatin1String("fold");
        c.trim = match.contains(QLatin1String("trim")) ? match.value(QLatin1String("trim")).toBool()
                                                       : spelling.value(QLatin1String("trim")).toBool();
        c.matchEmpty = match.value(QLatin1String("empty")).toBool();
        c.effect = o.value(QLatin1String("effect")).toString();
        c.note = o.value(QLatin1String("note")).toString();
        const QJsonObject warning = o.value(QLatin1String("warning")).toObject();
        c.warningCode = warning.value(QLatin1String("code")).toString();
        c.warning = warning.value(QLatin1String("text")).toString();
        return c;
    };
    const QJsonObject grammars = doc.object().value(QLatin1String("grammars")).toObject();
    for (auto it = grammars.constBegin(); it != grammars.constEnd(); ++it) {
        const QJsonObject g = it.value().toObject();
        GrammarSpec spec;
        spec.name = it.key();
        spec.rule = g.value(QLatin1String("rule")).toString();
        const QJsonArray cases = g.value(QLatin1String("cases")).toArray();
        for (const QJsonValue &cv : cases)
            spec.cases.append(readCase(cv.toObject()));
        spec.otherwise = readCase(g.value(QLatin1String("otherwise")).toObject());
        if (spec.rule.isEmpty() && spec.otherwise.effect.isEmpty()) {
            if (error)
                *error = tr("grammar %1 says neither a rule nor what other values do").arg(spec.name);
            return false;
        }
        m_grammars.insert(spec.name, spec);
    }
    return true;
}

const GrammarSpec *Catalog::grammar(const QString &name) const
{
    const auto it = m_grammars.constFind(name);
    return it == m_grammars.constEnd() ? nullptr : &it.value();
}

bool Catalog::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("tools")))
        return addTool(root, error);
    const QJsonArray arr = root.value(QLatin1String("tools")).toArray();
    for (const QJsonValue &tv : arr) {
        if (!addTool(tv.toObject(), error))
            return false;
    }
    if (m_tools.isEmpty()) {
        if (error)
            *error = tr("the catalog lists no tools");
        return false;
    }
    return true;
}

bool Catalog::addTool(const QJsonObject &t, QString *error)
{
    ToolSpec spec;
    spec.id = t.value(QLatin1String("id")).toString();
    spec.name = t.value(QLatin1String("name")).toString();
    spec.vendor = t.value(QLatin1String("vendor")).toString();
    spec.family = t.value(QLatin1String("family")).toString();
    spec.rank = t.value(QLatin1String("rank")).toInt();
    spec.alwaysListed = t.value(QLatin1String("always_listed")).toBool();
    spec.rules = t.value(QLatin1String("rules")).toString();
    spec.defaultState = t.value(QLatin1String("default")).toString(QStringLiteral("enabled"));
    if (spec.defaultState != QLatin1String("enabled") && spec.defaultState != QLatin1String("disabled")) {
        if (error)
            *error = tr("tool %1 has the default %2; it must be enabled or disabled")
                         .arg(spec.id, spec.defaultState);
        return false;
    }
    spec.defaultNote = t.value(QLatin1String("default_note")).toString();
    spec.readsDoNotTrack = t.value(QLatin1String("reads_do_not_track")).toBool();
    spec.stillSentAfterOptOut = t.value(QLatin1String("still_sent_after_opt_out")).toString();
    spec.storedReportsNote = t.value(QLatin1String("stored_reports_note")).toString();
    spec.documentationErrors = stringList(t.value(QLatin1String("documentation_errors")));
    const QJsonObject statusCommand = t.value(QLatin1String("status_command")).toObject();
    spec.statusCommand = statusCommand.value(QLatin1String("command")).toString();
    spec.statusCommandLies = statusCommand.value(QLatin1String("lies")).toString();
    spec.secretKeys = stringList(t.value(QLatin1String("secret_keys")));
    const QJsonObject installs = t.value(QLatin1String("installations")).toObject();
    spec.entryPoints = stringList(installs.value(QLatin1String("entry_points")));
    spec.distributions = stringList(installs.value(QLatin1String("pip")));
    spec.npmPackages = stringList(installs.value(QLatin1String("npm")));
    spec.debPackages = stringList(installs.value(QLatin1String("deb")));
    const QJsonObject handlers = t.value(QLatin1String("handlers")).toObject();
    for (auto it = handlers.constBegin(); it != handlers.constEnd(); ++it)
        spec.handlers.insert(it.key(), it.value().toString());
    const QJsonArray inputs = t.value(QLatin1String("inputs")).toArray();
    for (const QJsonValue &iv : inputs) {
        const QJsonObject i = iv.toObject();
        InputSpec in;
        in.kind = i.value(QLatin1String("kind")).toString();
        in.key = i.value(QLatin1String("key")).toString();
        in.keys = stringList(i.value(QLatin1String("keys")));
        in.format = i.value(QLatin1String("format")).toString();
        in.path = i.value(QLatin1String("path")).toString();
        in.pathEnv = i.value(QLatin1String("path_env")).toString();
        in.candidates = stringList(i.value(QLatin1String("candidates")));
        in.dialect = i.value(QLatin1String("dialect")).toString();
        in.scope = i.value(QLatin1String("scope")).toString();
        in.unlessSet = i.value(QLatin1String("unless_set")).toString();
        in.grammar = i.value(QLatin1String("grammar")).toString();
        in.requiredKeys = stringList(i.value(QLatin1String("requires")));
        in.note = i.value(QLatin1String("note")).toString();
        in.secret = i.value(QLatin1String("secret")).toBool();
        in.alwaysRead = i.value(QLatin1String("always_read")).toBool();
        in.select = i.value(QLatin1String("select")).toString();
        in.fallback = stringList(i.value(QLatin1String("fallback")));
        in.malformed = i.value(QLatin1String("malformed")).toString(QStringLiteral("reset"));
        in.filesMatching = i.value(QLatin1String("files_matching")).toString();
        if (!in.filesMatching.isEmpty() && !QRegularExpression(in.filesMatching).isValid()) {
            if (error)
                *error = tr("tool %1 has an invalid files_matching expression").arg(spec.id);
            return false;
        }
        if (!in.grammar.isEmpty() && !m_grammars.contains(in.grammar)) {
            if (error)
                *error = tr("tool %1 names the unknown grammar %2").arg(spec.id, in.grammar);
            return false;
        }
        spec.inputs.append(in);
    }
    const QJsonArray related = t.value(QLatin1String("related_env")).toArray();
    for (const QJsonValue &rv : related) {
        const QJsonObject r = rv.toObject();
        spec.relatedEnv.append(
            { r.value(QLatin1String("key")).toString(), r.value(QLatin1String("note")).toString() });
    }
    const QJsonArray ids = t.value(QLatin1String("identifiers")).toArray();
    for (const QJsonValue &iv : ids) {
        const QJsonObject i = iv.toObject();
        spec.identifiers.append(
            { i.value(QLatin1String("kind")).toString(), i.value(QLatin1String("reveals")).toString(),
              i.value(QLatin1String("derived_from")).toString(), i.value(QLatin1String("secret")).toBool() });
    }
    const QJsonArray eps = t.value(QLatin1String("endpoints")).toArray();
    for (const QJsonValue &ev : eps) {
        const QJsonObject e = ev.toObject();
        spec.endpoints.append({ e.value(QLatin1String("url")).toString(),
                                e.value(QLatin1String("method")).toString(),
                                e.value(QLatin1String("when")).toString() });
    }
    const QJsonObject del = t.value(QLatin1String("deletion")).toObject();
    spec.deletion
        = { del.value(QLatin1String("channel")).toString(), del.value(QLatin1String("address")).toString(),
            del.value(QLatin1String("identifier")).toString() };
    const QJsonArray records = t.value(QLatin1String("records")).toArray();
    for (const QJsonValue &rv : records) {
        const QJsonObject r = rv.toObject();
        RecordSpec rec;
        rec.path = r.value(QLatin1String("path")).toString();
        rec.candidates = stringList(r.value(QLatin1String("candidates")));
        if (rec.candidates.isEmpty() && !rec.path.isEmpty())
            rec.candidates.append(rec.path);
        if (rec.path.isEmpty() && !rec.candidates.isEmpty())
            rec.path = rec.candidates.first();
        rec.pathEnv = r.value(QLatin1String("path_env")).toString();
        rec.format = r.value(QLatin1String("format")).toString();
        rec.what = r.value(QLatin1String("what")).toString();
        rec.reader = r.value(QLatin1String("reader")).toString();
        rec.pointer = r.value(QLatin1String("pointer")).toString();
        rec.identifier = r.value(QLatin1String("identifier")).toString();
        rec.note = r.value(QLatin1String("note")).toString();
        rec.writtenWhileDisabled = r.value(QLatin1String("written_while_disabled")).toBool();
        rec.secret = r.value(QLatin1String("secret")).toBool();
        spec.records.append(rec);
    }
    const QJsonArray channels = t.value(QLatin1String("channels")).toArray();
    for (const QJsonValue &cv : channels) {
        const QJsonObject c = cv.toObject();
        spec.channels.append(
            { c.value(QLatin1String("id")).toString(), c.value(QLatin1String("primary")).toBool(),
              c.value(QLatin1String("note")).toString(), c.value(QLatin1String("follows")).toString() });
    }
    const QJsonArray conditions = t.value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &cv : conditions) {
        const QJsonObject c = cv.toObject();
        spec.conditions.append(
            { c.value(QLatin1String("id")).toString(), c.value(QLatin1String("note")).toString() });
    }
    const QJsonObject optOut = t.value(QLatin1String("opt_out")).toObject();
    const QJsonArray optEnv = optOut.value(QLatin1String("env")).toArray();
    for (const QJsonValue &ev : optEnv) {
        const QJsonObject e = ev.toObject();
        spec.optOut.env.append(
            { e.value(QLatin1String("key")).toString(), e.value(QLatin1String("value")).toString() });
    }
    spec.optOut.note = optOut.value(QLatin1String("note")).toString();
    const QJsonObject optFile = optOut.value(QLatin1String("file")).toObject();
    if (!optFile.isEmpty()) {
        OptOutFileSpec &f = spec.optOut.file;
        const auto compact = [&optFile](const char *name) {
            const QJsonValue v = optFile.value(QLatin1String(name));
            if (v.isUndefined())
                return QString();
            // A bare value has no document of its own: wrap it in an array and take the element text.
            const QByteArray array = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
            return QString::fromUtf8(array.mid(1, array.size() - 2));
        };
        f.writer = optFile.value(QLatin1String("writer")).toString();
        f.path = optFile.value(QLatin1String("path")).toString();
        f.candidates = stringList(optFile.value(QLatin1String("candidates")));
        f.select = optFile.value(QLatin1String("select")).toString();
        f.fallback = stringList(optFile.value(QLatin1String("fallback")));
        f.key = optFile.value(QLatin1String("key")).toString();
        f.disableValue = compact("disable_value");
        f.enableValue = compact("enable_value");
        f.extra = compact("extra");
        f.style = compact("style");
        f.mode = optFile.value(QLatin1String("mode")).toString(QStringLiteral("0644")).toUInt(nullptr, 8);
        f.system = optFile.value(QLatin1String("scope")).toString() == QLatin1String("system");
        const QJsonObject also = optFile.value(QLatin1String("also")).toObject();
        f.alsoIn = also.value(QLatin1String("path")).toString();
        f.alsoMatching = also.value(QLatin1String("files_matching")).toString();
        if (!also.isEmpty()
            && (f.alsoIn.isEmpty() || f.alsoMatching.isEmpty()
                || !QRegularExpression(f.alsoMatching).isValid())) {
            if (error)
                *error = tr("the opt-out file of %1 has an \"also\" without a path or a valid files_matching")
                             .arg(spec.id);
            return false;
        }
        if (f.writer.isEmpty() || f.path.isEmpty() || f.key.isEmpty() || f.disableValue.isEmpty()) {
            if (error)
                *error = tr("the opt-out file of %1 needs a writer, a path, a key and a disable_value")
                             .arg(spec.id);
            return false;
        }
    }
    const QJsonObject versions = t.value(QLatin1String("versions")).toObject();
    spec.noTelemetryFrom = versions.value(QLatin1String("no_telemetry_from")).toString();
    spec.versionsNote = versions.value(QLatin1String("note")).toString();
    const QJsonObject payload = t.value(QLatin1String("payload")).toObject();
    spec.wouldSend = stringList(payload.value(QLatin1String("fields")));
    spec.sentAfterOptOut = stringList(payload.value(QLatin1String("fields_after_opt_out")));
    if (payload.contains(QLatin1String("example")))
        spec.payloadExample = QString::fromUtf8(
            QJsonDocument(payload.value(QLatin1String("example")).toObject()).toJson(QJsonDocument::Compact));
    if (payload.contains(QLatin1String("example_after_opt_out")))
        spec.payloadAfterOptOut = QString::fromUtf8(
            QJsonDocument(payload.value(QLatin1String("example_after_opt_out")).toObject())
                .toJson(QJsonDocument::Compact));
    if (spec.id.isEmpty() || spec.name.isEmpty()) {
        if (error)
            *error = tr("a tool entry has no id or name");
        return false;
    }
    if (tool(spec.id)) {
        if (error)
            *error = tr("the tool %1 is listed twice").arg(spec.id);
        return false;
    }
    // Lists keep the catalog's order: by rank, then by id.
    auto pos = std::find_if(m_tools.begin(), m_tools.end(), [&spec](const ToolSpec &o) {
        return o.rank > spec.rank || (o.rank == spec.rank && o.id > spec.id);
    });
    m_tools.insert(pos, spec);
    return true;
}

const ToolSpec *Catalog::tool(const QString &id) const
{
    for (const ToolSpec &t : m_tools) {
        if (t.id.compare(id, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

QStringList Catalog::ids() const
{
    QStringList out;
    for (const ToolSpec &t : m_tools)
        out.append(t.id);
    return out;
}

extern const char *const kCatalogStrings[];
int catalogStringCount();

QStringList Catalog::listedTexts()
{
    QStringList out;
    for (int i = 0; i < catalogStringCount(); ++i)
        out.append(QString::fromUtf8(kCatalogStrings[i]));
    return out;
}

QStringList Catalog::texts() const
{
    QStringList out;
    auto add = [&out](const QString &t) {
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    };
    for (const ToolSpec &t : m_tools) {
        add(t.defaultNote);
        for (const InputSpec &i : t.inputs)
            add(i.note);
        for (const RelatedEnvSpec &r : t.relatedEnv)
            add(r.note);
        for (const IdentifierSpec &i : t.identifiers)
            add(i.reveals);
        for (const EndpointSpec &e : t.endpoints)
            add(e.when);
        add(t.stillSentAfterOptOut);
        add(t.storedReportsNote);
        for (const QString &e : t.documentationErrors)
            add(e);
        add(t.statusCommandLies);
        for (const RecordSpec &r : t.records)
            add(r.note);
        for (const ChannelSpec &c : t.channels)
            add(c.note);
        for (const ConditionSpec &c : t.conditions)
            add(c.note);
        add(t.optOut.note);
        add(t.versionsNote);
    }
    for (const GrammarSpec &g : m_grammars) {
        for (const GrammarCase &c : g.cases) {
            add(c.note);
            add(c.warning);
        }
        add(g.otherwise.note);
        add(g.otherwise.warning);
    }
    return out;
}

QString Catalog::text(const QString &english)
{
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("Catalog", english.toUtf8().constData());
}

} // namespace tlens
