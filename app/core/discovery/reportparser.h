#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tlens {

// Pulls the summary fields out of one stored Ray or Skyplane report. Keys are looked up by name
// (older reports lack some; order never matters) and every value's type is checked: a wrong type
// is noted and ignored, never trusted. Parsing uses QJsonDocument, the fastest of the candidates
// measured on these reports (tests/bench: about 2x nlohmann's DOM parser and 1.3x its SAX
// interface); it validates UTF-8, refuses trailing garbage and stops at kMaxDepth levels of nesting. Hostile
// bytes (truncated, binary, invalid UTF-8, too deep, wrong types) end in a Problem, never an exception. It
// must never keep more of a report than the summary.
class ReportParser final {
public:
    static constexpr int kMaxDepth = 1024; // QJsonDocument's nesting limit
    static constexpr int kMaxListItems = 64; // libraries, destinations: enough for any real report

    enum class Problem {
        None,
        Empty,
        Binary,
        InvalidUtf8,
        Truncated,
        Malformed,
        TooDeep,
        NotObject, // the top level is not a JSON object
        NoReport // Ray: no "usage_stats" object
    };
    enum class Flag { Missing, True, False };

    struct Outcome {
        Problem problem = Problem::None;
        qint64 offset = 0; // byte where parsing stopped, for Malformed
        QStringList wrongTypes; // known keys holding a value of another type (the rest is still used)
    };

    // {"usage_stats": {REPORT}, "success": ..., "error": ...}
    struct RayReport : Outcome {
        QString sessionId;
        QString rayVersion;
        QString pythonVersion;
        QStringList libraries;
        QString error; // the recorded send error
        qint64 collectMs = 0;
        qint64 startMs = 0;
        Flag success = Flag::Missing;
    };

    // The bare Skyplane report (schema 0.2, and 0.1 with singular destination keys and sent_time).
    struct SkyplaneReport : Outcome {
        QString clientId;
        QString sessionId;
        QString version;
        QString pythonVersion;
        QString sourceRegion;
        QStringList destinationRegions;
        QString sourceProvider;
        QStringList destinationProviders;
        QString command; // arguments_dict.cmd
        QString errorLocation; // error_dict.loc
        QString errorMessage; // error_dict.message
        bool hasError = false; // error_dict is an object
        qint64 startMs = 0;
        qint64 sentMs = 0;
        bool sentKnown = false; // sent_time_ms (or sent_time) holds a time
    };

    static RayReport parseRay(const QByteArray &data);
    static SkyplaneReport parseSkyplane(const QByteArray &data);
};

} // namespace tlens
