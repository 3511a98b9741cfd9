#pragma once

#include "grammar.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace tlens {

// Judges one setting of a JSON settings file the way a JavaScript tool reads it: the value at a
// dotted key path ("telemetry.enabled"), with a named JSON grammar from grammars.json ("js-truthy",
// "zod-bool", ...). JSON types matter here: the string "false" is not the boolean false.
class JsonSetting final {
    Q_DECLARE_TR_FUNCTIONS(JsonSetting)
public:
    struct Judgement {
        Grammar::Effect effect = Grammar::Effect::None;
        bool missing = false; // the file does not set the key: it does not decide
        QString value; // the value as JSON text; empty when missing
        QString note; // translated
        QString warningCode;
        QString warning;
    };

    // Whether `grammar` is judged here rather than as text.
    static bool handles(const QString &grammar);

    static Judgement judge(const QString &grammar, const nlohmann::json &root, const QString &keyPath,
                           const QString &file, const QString &toolName);
};

} // namespace tlens
