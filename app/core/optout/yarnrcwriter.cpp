#include "yarnrcwriter.h"

#include "formats/yamlbounded.h"

#include "fileoptoutvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace tlens {

namespace {

class YarnrcWriter {
    Q_DECLARE_TR_FUNCTIONS(YarnrcWriter)
public:
    static EditResult write(const std::optional<QByteArray> &current, const FileOptOutRequest &request);
};

// The value part of a line after "key:", split into the value and a trailing " # comment".
QString trailingComment(const QString &rest)
{
    const qsizetype hash = rest.indexOf(QLatin1String(" #"));
    return hash < 0 ? QString() : rest.mid(hash);
}

EditResult YarnrcWriter::write(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    const OptOutFileSpec &spec = *request.spec;
    const QString key = spec.key;
    const QString value = request.disable ? fileOptOutRawValue(spec.disableValue)
        : spec.enableValue.isEmpty()      ? QString()
                                          : fileOptOutRawValue(spec.enableValue);
    const bool remove = value.isEmpty();
    if (!current) {
        if (remove)
            return EditResult::success(std::nullopt);
        return EditResult::success(QStringLiteral("%1: %2\n").arg(key, value).toUtf8());
    }
    try {
        const YAML::Node root = loadYamlBounded(current->toStdString());
        if (!root.IsNull() && !root.IsMap())
            return EditResult::failure(tr("%1 is not a YAML mapping, so Yarn cannot use it. Fix it; "
                                          "Telemetry Lens does not rewrite it.")
                                           .arg(request.path));
    } catch (const YAML::Exception &e) {
        return EditResult::failure(
            tr("%1 is not valid YAML (%2), so Yarn stops with a parse error. Fix it; Telemetry Lens does not "
               "rewrite it.")
                .arg(request.path, QString::fromStdString(e.msg)));
    }
    const QRegularExpression line(
        QStringLiteral("^(?:%1|\"%1\"|'%1')[ \\t]*:(.*)$").arg(QRegularExpression::escape(key)));
    QStringList lines = QString::fromUtf8(*current).split(QLatin1Char('\n'));
    qsizetype last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (line.match(lines.at(i)).hasMatch())
            last = i;
    }
    if (remove) {
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (line.match(lines.at(i)).hasMatch())
                lines.removeAt(i);
        }
        return EditResult::success(lines.join(QLatin1Char('\n')).toUtf8());
    }
    if (last >= 0) {
        // The last of duplicate keys is the one Yarn uses.
        const QString rest = line.match(lines.at(last)).captured(1);
        lines[last] = QStringLiteral("%1: %2").arg(key, value) + trailingComment(rest);
        return EditResult::success(lines.join(QLatin1Char('\n')).toUtf8());
    }
    QByteArray out = *current;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    out += QStringLiteral("%1: %2\n").arg(key, value).toUtf8();
    return EditResult::success(out);
}

} // namespace

EditResult writeYarnrcKey(const std::optional<QByteArray> &current, const FileOptOutRequest &request)
{
    return YarnrcWriter::write(current, request);
}

} // namespace tlens
