#include "demoworkstation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace tlens {

std::unique_ptr<DemoWorkstation> DemoWorkstation::extract(QString *error)
{
    std::unique_ptr<DemoWorkstation> demo(new DemoWorkstation);
    if (!demo->m_dir.isValid()) {
        *error = tr("Could not create a temporary folder for the sample workstation: %1")
                     .arg(demo->m_dir.errorString());
        return nullptr;
    }
    const QString source = QStringLiteral(":/demo/workstation");
    if (!QFileInfo(source).isDir()) {
        *error = tr("This build has no embedded sample workstation.");
        return nullptr;
    }
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = demo->root() + from.mid(source.size());
        QDir().mkpath(QFileInfo(to).path());
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = tr("Could not unpack %1: %2").arg(to, out.errorString());
            return nullptr;
        }
        out.write(in.readAll());
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                           | QFileDevice::ReadOther);
    }
    QDir().mkpath(demo->dataDir());
    return demo;
}

} // namespace tlens
