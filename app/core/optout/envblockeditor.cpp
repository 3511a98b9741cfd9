#include "envblockeditor.h"

#include "textlines.h"

#include <QRegularExpression>

namespace tlens {

namespace {

QRegularExpression assignmentPattern(EnvBlockEditor::Syntax syntax)
{
    switch (syntax) {
    case EnvBlockEditor::Syntax::Fish:
        return QRegularExpression(
            QStringLiteral("^\\s*set\\s+(?:-[a-zA-Z]+\\s+)*([A-Za-z_][A-Za-z0-9_]*)(?:\\s+(.*))?$"));
    case EnvBlockEditor::Syntax::Posix:
    case EnvBlockEditor::Syntax::KeyValue:
        break;
    }
    return QRegularExpression(QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$"));
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
        && value.endsWith(value.at(0)))
        return value.mid(1, value.size() - 2);
    return value;
}

// The line holding `key` inside the block, or -1.
int lineOf(const TextLines &lines, const EnvBlockEditor::Block &block, EnvBlockEditor::Syntax syntax,
           const QString &key, QString *value = nullptr)
{
    const QRegularExpression re = assignmentPattern(syntax);
    for (int l = block.begin + 1; l < block.end; ++l) {
        const auto m = re.match(QString::fromUtf8(lines.line(l)));
        if (m.hasMatch() && m.captured(1) == key) {
            if (value)
                *value = unquote(m.captured(2));
            return l;
        }
    }
    return -1;
}

bool isSafeValue(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_.:/+@%-]*$"));
    return safe.match(value).hasMatch();
}

} // namespace

QByteArray EnvBlockEditor::beginMarker()
{
    return QByteArrayLiteral("# >>> telemetry opt-outs (managed) >>>");
}

QByteArray EnvBlockEditor::endMarker()
{
    return QByteArrayLiteral("# <<< telemetry opt-outs (managed) <<<");
}

QByteArray EnvBlockEditor::managedFileHeader()
{
    // File content, not UI: it stays English so that every locale recognises it.
    return QByteArrayLiteral(
        "# Written by Telemetry Lens. `telemetry-lens enable TOOL` or `telemetry-lens undo` removes it.");
}

QByteArray EnvBlockEditor::assignmentLine(Syntax syntax, const QString &key, const QString &value)
{
    switch (syntax) {
    case Syntax::Posix:
        return QByteArray("export ") + key.toUtf8() + '=' + value.toUtf8();
    case Syntax::KeyValue:
        return key.toUtf8() + '=' + value.toUtf8();
    case Syntax::Fish:
        return QByteArray("set -gx ") + key.toUtf8() + ' ' + value.toUtf8();
    }
    return {};
}

std::optional<EnvBlockEditor::Block> EnvBlockEditor::findBlock(const QByteArray &text, QString *error,
                                                               const QString &path)
{
    const TextLines lines(text);
    Block block;
    int blocks = 0;
    for (int l = 0; l < lines.count(); ++l) {
        const QByteArray t = lines.line(l).trimmed();
        if (t == beginMarker()) {
            if (block.begin >= 0 && block.end < 0) {
                if (error)
                    *error = tr("%1: the block Telemetry Lens manages opens twice (line %2) without closing; "
                                "fix it by hand.")
                                 .arg(path)
                                 .arg(l + 1);
                return std::nullopt;
            }
            if (++blocks > 1) {
                if (error)
                    *error = tr("%1 holds the block Telemetry Lens manages twice (second at line %2); remove "
                                "one by hand.")
                                 .arg(path)
                                 .arg(l + 1);
                return std::nullopt;
            }
            block.begin = l;
        } else if (t == endMarker()) {
            if (block.begin < 0 || block.end >= 0) {
                if (error)
                    *error = tr("%1: the block Telemetry Lens manages closes at line %2 without opening; fix "
                                "it by hand.")
                                 .arg(path)
                                 .arg(l + 1);
                return std::nullopt;
            }
            block.end = l;
        }
    }
    if (block.begin >= 0 && block.end < 0) {
        if (error)
            *error = tr("%1: the block Telemetry Lens manages opens at line %2 but never closes; fix it by "
                        "hand.")
                         .arg(path)
                         .arg(block.begin + 1);
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (block.begin < 0)
        return std::nullopt;
    return block;
}

std::optional<QString> EnvBlockEditor::blockValue(const QByteArray &text, Syntax syntax, const QString &key)
{
    const auto block = findBlock(text);
    if (!block)
        return std::nullopt;
    QString value;
    if (lineOf(TextLines(text), *block, syntax, key, &value) < 0)
        return std::nullopt;
    return value;
}

EditResult EnvBlockEditor::edit(const std::optional<QByteArray> &current, Syntax syntax, Mode mode,
                                const QList<Variable> &changes, const QString &path)
{
    TextLines lines(current.value_or(QByteArray()));
    QString error;
    std::optional<Block> block = findBlock(current.value_or(QByteArray()), &error, path);
    if (!error.isEmpty())
        return EditResult::failure(error);

    for (const Variable &change : changes) {
        if (change.value && !isSafeValue(*change.value))
            return EditResult::failure(
                tr("%1: the value for %2 needs quoting, which Telemetry Lens does not write.")
                    .arg(path, change.key));
        const int at = block ? lineOf(lines, *block, syntax, change.key) : -1;
        if (!change.value) {
            if (at >= 0) {
                lines.remove(at);
                --block->end;
            }
            continue;
        }
        const QByteArray wanted = assignmentLine(syntax, change.key, *change.value);
        if (at >= 0) {
            lines.replace(at, wanted);
            continue;
        }
        if (!block) {
            if (mode == Mode::ManagedFile && lines.count() == 0)
                lines.insert(0, managedFileHeader());
            else if (lines.count() > 0 && !TextLines::isBlank(lines.line(lines.count() - 1)))
                lines.insert(lines.count(), QByteArray());
            lines.insert(lines.count(), beginMarker());
            lines.insert(lines.count(), endMarker());
            block = Block { lines.count() - 2, lines.count() - 1 };
        }
        lines.insert(block->end, wanted);
        ++block->end;
    }

    // A block with nothing left in it goes away, with the blank line that separated it.
    if (block) {
        bool empty = true;
        for (int l = block->begin + 1; l < block->end && empty; ++l) {
            const QByteArray t = lines.line(l).trimmed();
            empty = t.isEmpty() || t.startsWith('#');
        }
        if (empty) {
            const bool atEnd = block->end == lines.count() - 1;
            for (int l = block->end; l >= block->begin; --l)
                lines.remove(l);
            if (atEnd && block->begin > 0 && block->begin == lines.count()
                && TextLines::isBlank(lines.line(block->begin - 1))
                && (block->begin < 2 || !TextLines::isBlank(lines.line(block->begin - 2))))
                lines.remove(block->begin - 1);
            if (mode == Mode::ManagedFile) {
                bool onlyHeader = true;
                for (int l = 0; l < lines.count() && onlyHeader; ++l)
                    onlyHeader
                        = TextLines::isBlank(lines.line(l)) || lines.line(l).trimmed() == managedFileHeader();
                if (onlyHeader)
                    return EditResult::success(std::nullopt);
            }
        }
    }
    if (!current && lines.count() == 0)
        return EditResult::success(std::nullopt);
    return EditResult::success(lines.join());
}

} // namespace tlens
