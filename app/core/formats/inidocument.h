#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// An INI file read with the rules of Python's configparser (as Skyplane reads ~/.skyplane/config):
// full-line comments start with '#' or ';', no inline comments, `key = value` or `key: value`,
// keys case-insensitive, values stripped, indented lines continue a value, strict mode (a
// duplicate section or key is an error), no key before the first section. The original lines are
// kept with their positions so an editor can change one value and leave every other byte alone.
class IniDocument final {
    Q_DECLARE_TR_FUNCTIONS(IniDocument)
public:
    struct Option {
        QString key; // lower-cased, as configparser's optionxform does
        QString rawKey; // as written
        QString value; // stripped; continuation lines joined with '\n'
        int line = 0; // 0-based index of the first line
        int lastLine = 0; // 0-based index of the last continuation line
    };
    struct Section {
        QString name; // case-sensitive, as configparser keeps it
        int line = 0; // 0-based index of the header line
        int lastLine = 0; // 0-based index of the last line belonging to the section
        QList<Option> options;
        const Option *option(const QString &key) const; // key compared case-insensitively
    };

    static IniDocument parse(const QByteArray &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // translated; includes the line number
    int errorLine() const { return m_errorLine; } // 1-based, 0 when none

    const QList<Section> &sections() const { return m_sections; }
    const Section *section(const QString &name) const;
    const QStringList &lines() const { return m_lines; } // without line terminators

private:
    QList<Section> m_sections;
    QStringList m_lines;
    bool m_finalNewline = true;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace tlens
