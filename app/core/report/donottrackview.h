#pragma once

#include "scan/scanresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tlens {

// The DO_NOT_TRACK view: for each tool listed for an account, whether it honours the convention,
// with which values (found by judging common spellings with the tool's own grammar), and what the
// account's own DO_NOT_TRACK does to it.
class DoNotTrackView final {
    Q_DECLARE_TR_FUNCTIONS(DoNotTrackView)
public:
    struct Row {
        QString toolId;
        QString name;
        bool honours = false;
        QStringList disablingValues; // of the probed spellings; "(empty)" for the empty value
        bool anyValue = false; // any value switches it off (even spellings not probed)
        QString current; // translated: what this account's DO_NOT_TRACK does, or empty when unset
    };

    static QList<Row> rows(const ScanResult &result, const UserScan &user, bool allTools);
    static QString toText(const ScanResult &result, const UserScan &user, bool allTools);
};

} // namespace tlens
