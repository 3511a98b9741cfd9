#pragma once

#include <QList>
#include <QString>

namespace tlens {

// A problem with one file met during a scan: the file is named and the user is told what to do.
// A finding never stops a scan.
struct Finding {
    enum class Severity { Info, Warning, Error };
    QString path; // as seen inside the scanned root
    QString code; // stable machine-readable code, e.g. "too-large", "malformed-json"
    QString message; // one translated sentence naming the file and what to do
    Severity severity = Severity::Warning;
};

using Findings = QList<Finding>;

} // namespace tlens
