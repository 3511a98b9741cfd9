#pragma once

#include <QString>
#include <QStringList>

namespace tlens {

// Chooses and installs the user's language: --lang, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else English.
// The catalogues are embedded under :/i18n.
class Language final {
public:
    // The value of --lang / --lang=xx in the arguments, or "" when absent.
    static QString fromArguments(const QStringList &args);
    // Installs the translator for `code` ("de", "fr", "en", "de_DE.UTF-8"); "" follows the
    // environment. Returns the language actually in use ("en" when nothing matched).
    static QString install(const QString &code);
    static QStringList available(); // "en", "de", "fr"
};

} // namespace tlens
