#pragma once

#include "fileoptoutwriters.h"

#include <QCoreApplication>

namespace tlens {

// The "ini-key" writer: sets `[section] option = value` in an INI file read by Python's configparser
// (the Azure CLI's ~/.azure/config), editing the one line in place so comments, order and every
// other byte stay. A missing file is created as configparser writes it (`[section]\noption = value\n\n`).
// It refuses a file configparser could not read, and never writes a result that does not read back.
class IniKeyWriter final {
    Q_DECLARE_TR_FUNCTIONS(IniKeyWriter)
public:
    static EditResult write(const std::optional<QByteArray> &current, const FileOptOutRequest &request);
};

} // namespace tlens
