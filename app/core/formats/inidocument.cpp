#include "inidocument.h"

#include "optout/secretmasker.h"

#include <QRegularExpression>

namespace tlens {

const IniDocument::Option *IniDocument::Section::option(const QString &key) const
{
    const QString k = key.toLower();
    for (const Option &o : options) {
        if (o.key == k)
            return &o;
    }
    return nullptr;
}

const IniDocument::Section *IniDocument::section(const QString &name) const
{
    for (const Section &s : m_sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

IniDocument IniDocument::parse(const QByteArray &text)
{
    IniDocument doc;
    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    doc.m_finalNewline = content.isEmpty() || content.endsWith(QLatin1Char('\n'));
    doc.m_lines = content.split(QLatin1Char('\n'));
    if (doc.m_finalNewline && !doc.m_lines.isEmpty())
        doc.m_lines.removeLast();
    for (QString &l : doc.m_lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }

    static const QRegularExpression sectionRe(QStringLiteral("^\\[(?<header>.+)\\]"));
    static const QRegularExpression optionRe(
        QStringLiteral("^(?<option>.*?)\\s*(?<vi>[=:])\\s*(?<value>.*)$"));

    auto fail = [&doc](int index, const QString &message) {
        doc.m_error = tr("line %1: %2").arg(index + 1).arg(message);
        doc.m_errorLine = index + 1;
    };

    Section *current = nullptr;
    Option *currentOption = nullptr;
    int optionIndent = 0;
    for (int i = 0; i < doc.m_lines.size(); ++i) {
        const QString &raw = doc.m_lines.at(i);
        const QString stripped = raw.trimmed();
        if (stripped.isEmpty()) {
            continue;
        }
        if (stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';')))
            continue;
        int indent = 0;
        while (indent < raw.size() && raw.at(indent).isSpace())
            ++indent;
        if (current && currentOption && indent > optionIndent) {
            currentOption->value += QLatin1Char('\n') + stripped;
            currentOption->lastLine = i;
            current->lastLine = i;
            continue;
        }
        optionIndent = indent;
        const auto sm = sectionRe.match(stripped);
        if (sm.hasMatch()) {
            const QString name = sm.captured(QStringLiteral("header"));
            for (const Section &s : std::as_const(doc.m_sections)) {
                if (s.name == name) {
                    fail(i, tr("section [%1] appears twice; configparser refuses such a file").arg(name));
                    return doc;
                }
            }
            doc.m_sections.append(Section { name, i, i, {} });
            current = &doc.m_sections.last();
            currentOption = nullptr;
            continue;
        }
        if (!current) {
            fail(i, tr("text before the first [section] header; configparser refuses such a file"));
            return doc;
        }
        const auto om = optionRe.match(stripped);
        if (!om.hasMatch() || om.captured(QStringLiteral("option")).trimmed().isEmpty()) {
            // The line may be a secret that lost its key: only what cannot be secret is quoted.
            fail(i,
                 tr("\"%1\" is neither a section header nor key = value")
                     .arg(SecretMasker::maskUnparsedLine(stripped)));
            return doc;
        }
        Option opt;
        opt.rawKey = om.captured(QStringLiteral("option")).trimmed();
        opt.key = opt.rawKey.toLower();
        opt.value = om.captured(QStringLiteral("value")).trimmed();
        opt.line = i;
        opt.lastLine = i;
        if (current->option(opt.key)) {
            fail(i,
                 tr("key \"%1\" appears twice in section [%2]; configparser refuses such a file")
                     .arg(opt.rawKey, current->name));
            return doc;
        }
        current->options.append(opt);
        current->lastLine = i;
        currentOption = &current->options.last();
    }
    return doc;
}

} // namespace tlens
