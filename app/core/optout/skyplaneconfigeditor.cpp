#include "skyplaneconfigeditor.h"

#include "formats/inidocument.h"
#include "textlines.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace tlens {

namespace {

const QString kSection = QStringLiteral("flags");
const QString kKey = QStringLiteral("usage_stats");

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

// Everything but [flags] usage_stats, to prove that nothing else moved.
QList<QPair<QString, QString>> otherOptions(const IniDocument &doc)
{
    QList<QPair<QString, QString>> out;
    for (const IniDocument::Section &s : doc.sections()) {
        out.append({ QLatin1Char('[') + s.name + QLatin1Char(']'), QString() });
        for (const IniDocument::Option &o : s.options) {
            if (s.name == kSection && o.key == kKey)
                continue;
            out.append({ o.key, o.value });
        }
    }
    return out;
}

} // namespace

std::optional<bool> SkyplaneConfigEditor::parseFlag(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"))
        return false;
    return std::nullopt;
}

EditResult SkyplaneConfigEditor::setUsageStats(const std::optional<QByteArray> &current, bool enabled,
                                               const QString &path)
{
    const QByteArray value = enabled ? QByteArray("True") : QByteArray("False");
    if (!current) {
        // No file means Skyplane's default, which is enabled.
        if (enabled)
            return EditResult::success(std::nullopt);
        return EditResult::success(QByteArray("[flags]\nusage_stats = ") + value + '\n');
    }
    if (!isValidUtf8(*current))
        return EditResult::failure(
            tr("%1 is not valid UTF-8 text, so Skyplane cannot read it; it was left unchanged. "
               "Fix the file and try again.")
                .arg(path));
    const IniDocument doc = IniDocument::parse(*current);
    if (!doc.isValid()) {
        // The parser quotes the offending line through the masker.
        const QString reason = doc.errorString();
        QString message
            = tr("%1 cannot be read the way Skyplane reads it (%2); every skyplane command would fail on it, "
                 "so it was left unchanged. Fix the file and try again.")
                  .arg(path, reason);
        if (current->trimmed().startsWith('{'))
            message += QLatin1Char(' ')
                + tr("It looks like JSON, as Skyplane's documentation suggests; Skyplane reads this file as "
                     "INI, so "
                     "move the JSON away and let Telemetry Lens write [flags] usage_stats = False.");
        return EditResult::failure(message);
    }

    TextLines lines(*current);
    const IniDocument::Section *flags = doc.section(kSection);
    const IniDocument::Option *option = flags ? flags->option(kKey) : nullptr;
    if (option) {
        if (parseFlag(option->value) == enabled)
            return EditResult::success(current);
        static const QRegularExpression prefixRe(QStringLiteral("^(\\s*.*?\\s*[=:]\\s*)"));
        const QString raw = doc.lines().at(option->line);
        QByteArray prefix = prefixRe.match(raw).captured(1).toUtf8();
        // `usage_stats =` with no value: keep the usual spacing; otherwise the person's own.
        if (option->value.isEmpty() && !prefix.endsWith(' ') && !prefix.endsWith('\t'))
            prefix += ' ';
        // A value continued on indented lines is part of this key: it goes with the old value.
        for (int l = option->lastLine; l > option->line; --l)
            lines.remove(l);
        lines.replace(option->line, prefix + value);
    } else if (flags) {
        lines.insert(flags->lastLine + 1, QByteArray("usage_stats = ") + value);
    } else {
        if (lines.count() > 0 && !TextLines::isBlank(lines.line(lines.count() - 1)))
            lines.insert(lines.count(), QByteArray());
        lines.insert(lines.count(), QByteArray("[flags]"));
        lines.insert(lines.count(), QByteArray("usage_stats = ") + value);
    }
    const QByteArray result = lines.join();

    // Read the result back as Skyplane will, and check that nothing but the flag changed.
    const IniDocument check = IniDocument::parse(result);
    const IniDocument::Section *checkFlags = check.section(kSection);
    const IniDocument::Option *checkOption = checkFlags ? checkFlags->option(kKey) : nullptr;
    auto expected = otherOptions(doc);
    if (!flags)
        expected.append({ QStringLiteral("[flags]"), QString() });
    if (!check.isValid() || !checkOption || parseFlag(checkOption->value) != enabled
        || otherOptions(check) != expected)
        return EditResult::failure(
            tr("%1 could not be changed safely (the result would not read back as intended); "
               "it was left unchanged. Set [flags] usage_stats = %2 by hand.")
                .arg(path, QString::fromLatin1(value)));
    return EditResult::success(result);
}

} // namespace tlens
