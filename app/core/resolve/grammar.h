#pragma once

#include <QCoreApplication>
#include <QString>

namespace tlens {

struct GrammarSpec;

// How a tool judges one value: the catalog names a grammar per input ("ray-env", "skyplane-bool", ...)
// and this class applies it. It knows nothing about files or precedence.
class Grammar final {
    Q_DECLARE_TR_FUNCTIONS(Grammar)
public:
    enum class Effect { None, Enables, Disables, Invalid };

    struct Judgement {
        Effect effect = Effect::None;
        bool forced = false; // decides past every other input (MLflow's testing override, a Rasa Pro
                             // developer licence)
        QString note; // translated; why the value has this effect
        QString warningCode; // set when the value deserves a warning of its own
        QString warning;
    };

    // Judges a string value (an environment variable, or an INI value) for `toolName`.
    static Judgement judgeText(const QString &grammar, const QString &key, const QString &value,
                               const QString &toolName);

    // Judges a value with a grammar the catalog gives as data (grammars.json).
    static Judgement judgeData(const GrammarSpec &grammar, const QString &key, const QString &value,
                               const QString &toolName);

    static QString effectName(Effect effect); // "enables", "disables", "invalid", "none"
    // Whether a warning of this grammar tells how to switch telemetry off: true of a value that was
    // meant as an opt-out but is not one. Such a warning is moot once the tool is off.
    static bool isSwitchOffAdvice(const QString &warningCode);
};

} // namespace tlens
