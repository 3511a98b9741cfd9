#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tlens {

QString Language::fromArguments(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QStringList Language::available()
{
    QStringList langs { QStringLiteral("en") };
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("telemetry-lens_*.qm") });
    for (const QString &f : files)
        langs.append(f.mid(15, f.size() - 15 - 3));
    return langs;
}

namespace {

QStringList environmentLanguages()
{
    QStringList out;
    const QByteArray language = qgetenv("LANGUAGE");
    if (!language.isEmpty()) {
        for (const QByteArray &l : language.split(':'))
            out.append(QString::fromLatin1(l));
    }
    for (const char *var : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QByteArray v = qgetenv(var);
        if (!v.isEmpty()) {
            out.append(QString::fromLatin1(v));
            break;
        }
    }
    return out;
}

// English needs no catalogue, only plural forms: "%n file(s)" reads "1 file" and "2 files".
class EnglishPlurals final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || !sourceText)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)")))
            return {};
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return text;
    }
};

QString baseCode(const QString &code)
{
    QString c = code.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    return c.section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

QString Language::install(const QString &code)
{
    static EnglishPlurals *plurals = nullptr;
    if (!plurals) {
        plurals = new EnglishPlurals;
        QCoreApplication::installTranslator(plurals);
    }
    static QTranslator *translator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    for (QTranslator **t : { &translator, &qtTranslator }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QStringList candidates = code.isEmpty() ? environmentLanguages() : QStringList { code };
    for (const QString &candidate : candidates) {
        const QString base = baseCode(candidate);
        if (base.isEmpty() || base == QLatin1String("c") || base == QLatin1String("posix"))
            break; // an explicit C locale means English
        if (base == QLatin1String("en"))
            return QStringLiteral("en");
        auto *t = new QTranslator;
        if (t->load(QStringLiteral(":/i18n/telemetry-lens_%1.qm").arg(base))) {
            // Qt's own strings (standard buttons, --help headings) from Debian's qt6-translations-l10n.
            auto *qt = new QTranslator;
            if (qt->load(QStringLiteral("qtbase_") + base,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt);
                qtTranslator = qt;
            } else {
                delete qt;
            }
            QCoreApplication::installTranslator(t);
            translator = t;
            QLocale::setDefault(QLocale(base));
            return base;
        }
        delete t;
    }
    return QStringLiteral("en");
}

} // namespace tlens
