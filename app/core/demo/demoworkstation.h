#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tlens {

// The embedded sample workstation (:/demo/workstation) unpacked into a private, writable
// temporary folder, so that --demo can show everything, switches included, without touching the
// real machine. The folder is removed with the object.
class DemoWorkstation final {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkstation)
public:
    // Returns nullptr and sets *error when the files cannot be written.
    static std::unique_ptr<DemoWorkstation> extract(QString *error);

    QString root() const { return m_dir.path() + QStringLiteral("/workstation"); }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/app-data"); }

private:
    DemoWorkstation() = default;
    QTemporaryDir m_dir;
};

} // namespace tlens
